/** The investment module's plain constants, without zod, so the web imports them without the schemas. */

/** Amounts in 万元; above 1,000亿元 (10,000,000万元) an amount is taken as a typing error. */
export const maximumInvestmentWan = 10_000_000;

export const projectColours = ['green', 'yellow', 'red'] as const;

export const leadFollowUpKinds = ['contact', 'visit', 'negotiation', 'other'] as const;

/** A weekly report's request for a department's help: open until that department answers. */
export const helpStatuses = ['open', 'answered'] as const;
