/**
 * The appeals module's plain constants, without zod, so the web can import them without the
 * schemas (the contract builds on them).
 */
export const severities = ['general', 'major'] as const;
export const severityLabels: Record<(typeof severities)[number], { zh: string; en: string }> = {
  general: { zh: '一般', en: 'General' },
  major: { zh: '重大', en: 'Major' },
};

/** How an appeal reached the platform. */
export const appealChannels = ['portal', 'officer', 'visit'] as const;

/** The categories every zone starts with (configurable afterwards). */
export const defaultAppealCategories = [
  { code: 'utilities', name: '要素保障(水电气)' },
  { code: 'finance', name: '融资' },
  { code: 'labour', name: '用工' },
  { code: 'logistics', name: '物流' },
  { code: 'permits', name: '审批证照' },
  { code: 'policy', name: '政策兑现' },
  { code: 'legalIp', name: '法律与知识产权' },
  { code: 'infrastructure', name: '基础设施' },
  { code: 'other', name: '其他' },
] as const;

/** Attachments: images and PDF, by content; at most this many bytes each and this many per appeal. */
export const attachmentMediaTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'];
export const maximumAttachmentBytes = 10 * 1024 * 1024;
export const maximumAttachmentsPerAppeal = 20;

export const inboxKinds = [
  'toDispatch',
  'dispatched',
  'assisting',
  'transferred',
  'returned',
  'supplied',
  'resolved',
  'reopened',
  'rated',
  'rejected',
  'escalated',
  // 项目促建: a weekly report asks a department for help; the department answers the project's team.
  'projectHelpAsked',
  'projectHelpAnswered',
] as const;
