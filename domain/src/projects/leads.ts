/**
 * 招商线索 (investment leads) as pure rules: statuses and their changes, sources, the first-contact
 * deadline, and the 首报首谈 duplicate test (same credit code, or a near-identical company name).
 */
export const leadStatuses = ['lead', 'negotiating', 'signed', 'shelved', 'abandoned'] as const;
export type LeadStatus = (typeof leadStatuses)[number];

export const leadStatusLabels: Record<LeadStatus, { zh: string; en: string }> = {
  lead: { zh: '线索', en: 'Lead' },
  negotiating: { zh: '洽谈', en: 'Negotiating' },
  signed: { zh: '签约', en: 'Signed' },
  shelved: { zh: '搁置', en: 'Shelved' },
  abandoned: { zh: '放弃', en: 'Abandoned' },
};

export const leadSources = ['anchor', 'fund', 'alliance', 'online', 'expo', 'other'] as const;
export type LeadSource = (typeof leadSources)[number];

export const leadSourceLabels: Record<LeadSource, { zh: string; en: string }> = {
  anchor: { zh: '以商招商', en: 'Through an anchor enterprise' },
  fund: { zh: '基金招商', en: 'Through a fund' },
  alliance: { zh: '联盟推荐', en: 'Alliance referral' },
  online: { zh: '网上推介', en: 'Online promotion' },
  expo: { zh: '会展', en: 'Fair or expo' },
  other: { zh: '其他', en: 'Other' },
};

const changes: Record<LeadStatus, readonly LeadStatus[]> = {
  lead: ['negotiating', 'shelved', 'abandoned'],
  negotiating: ['signed', 'shelved', 'abandoned'],
  // A shelved lead can be taken up again where it stood.
  shelved: ['lead', 'negotiating', 'abandoned'],
  signed: [],
  abandoned: [],
};

/** Which statuses may follow; shelving and abandoning need a reason. */
export function checkLeadStatusChange(
  from: LeadStatus,
  to: LeadStatus,
  reason: string | undefined,
): 'ok' | 'illegal' | 'reasonRequired' {
  if (!changes[from].includes(to)) return 'illegal';
  if ((to === 'shelved' || to === 'abandoned') && !reason?.trim()) return 'reasonRequired';
  return 'ok';
}

export function nextLeadStatuses(from: LeadStatus): readonly LeadStatus[] {
  return changes[from];
}

/** Legal-form and filler words that do not tell two companies apart. */
const chineseFormWords = ['股份有限公司', '有限责任公司', '有限公司', '集团', '股份', '控股', '公司', '中国'];
const englishFormWords = /\b(co|company|ltd|limited|inc|corp|corporation|llc|group)\b\.?/g;

/**
 * The part of a company name that identifies it: case and width folded, brackets, punctuation and
 * spaces removed, legal-form words dropped ("华睿电子（深圳）有限公司" → "华睿电子深圳").
 */
export function companyKey(name: string): string {
  let key = name.normalize('NFKC').toLowerCase().replace(englishFormWords, '');
  key = key.replace(/[^\p{L}\p{N}]+/gu, '');
  for (const word of chineseFormWords) key = key.split(word).join('');
  return key;
}

function bigrams(text: string): string[] {
  const characters = [...text];
  if (characters.length < 2) return characters;
  return characters.slice(1).map((character, index) => characters[index] + character);
}

/** Dice similarity of two keys' character bigrams, 0–1. */
export function nameSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = [...right];
  let shared = 0;
  for (const gram of left) {
    const at = pool.indexOf(gram);
    if (at >= 0) {
      shared += 1;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Near-identical: equal keys, one key inside the other (≥ 4 characters), or bigram similarity ≥ 0.8. */
export function isNearIdenticalName(a: string, b: string): boolean {
  const left = companyKey(a);
  const right = companyKey(b);
  if (!left || !right) return false;
  if (left === right) return true;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  if ([...shorter].length >= 4 && longer.includes(shorter)) return true;
  return nameSimilarity(left, right) >= 0.8;
}

/** 首报首谈: the same company if the credit codes match, or, without two codes, the names nearly do. */
export function isSameCompany(
  a: { companyName: string; creditCode: string | null },
  b: { companyName: string; creditCode: string | null },
): boolean {
  if (a.creditCode && b.creditCode) return a.creditCode === b.creditCode;
  return isNearIdenticalName(a.companyName, b.companyName);
}

/** A lead not contacted within the configured days of registration is overdue. */
export function firstContactOverdue(
  registeredAt: Date,
  firstContactedAt: Date | null,
  now: Date,
  days: number,
): boolean {
  if (firstContactedAt) return false;
  return now.getTime() > registeredAt.getTime() + days * 24 * 3_600_000;
}
