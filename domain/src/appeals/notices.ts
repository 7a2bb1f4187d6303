import type { Language } from '../platform/messages.js';
import { formatMessage } from '../platform/messages.js';
import type { inboxKinds } from './constants.js';

export type InboxKind = (typeof inboxKinds)[number];

/** What each inbox message says, filled with the appeal's number and title (a project's name) and a detail. */
export const inboxTexts: Record<InboxKind, Record<Language, string>> = {
  toDispatch: { zh: '新诉求 {number}「{title}」待派单', en: 'New appeal {number} "{title}" awaits dispatch' },
  dispatched: {
    zh: '诉求 {number}「{title}」已派给本部门承办，请及时报到',
    en: 'Appeal {number} "{title}" was dispatched to your department; please accept it',
  },
  assisting: {
    zh: '诉求 {number}「{title}」请本部门协办（牵头：{detail}）',
    en: 'Your department is asked to assist on appeal {number} "{title}" (lead: {detail})',
  },
  transferred: {
    zh: '诉求 {number}「{title}」已转至本部门承办：{detail}',
    en: 'Appeal {number} "{title}" was transferred to your department: {detail}',
  },
  returned: {
    zh: '诉求 {number}「{title}」需要补充材料：{detail}',
    en: 'Appeal {number} "{title}" needs more information: {detail}',
  },
  supplied: {
    zh: '诉求 {number}「{title}」企业已补充材料，计时恢复',
    en: 'The enterprise answered on appeal {number} "{title}"; the clock runs again',
  },
  resolved: {
    zh: '诉求 {number}「{title}」已办结，请确认并评价',
    en: 'Appeal {number} "{title}" is resolved; please confirm and rate it',
  },
  reopened: {
    zh: '诉求 {number}「{title}」评价为 {detail} 分，已重新办理，请回访',
    en: 'Appeal {number} "{title}" was rated {detail} and reopened; please follow up',
  },
  rated: {
    zh: '诉求 {number}「{title}」企业评价 {detail} 分，已关闭',
    en: 'Appeal {number} "{title}" was rated {detail} and closed',
  },
  rejected: {
    zh: '诉求 {number}「{title}」不予受理：{detail}',
    en: 'Appeal {number} "{title}" was not accepted: {detail}',
  },
  escalated: {
    zh: '诉求 {number}「{title}」已超时，升级督办（{detail}）',
    en: 'Appeal {number} "{title}" is overdue and escalated ({detail})',
  },
  // Project messages: {title} is the project's name, {number} is empty.
  projectHelpAsked: {
    zh: '项目「{title}」请本部门协助：{detail}',
    en: 'Project "{title}" asks your department for help: {detail}',
  },
  projectHelpAnswered: {
    zh: '项目「{title}」的协助请求已答复：{detail}',
    en: 'Your help request on project "{title}" was answered: {detail}',
  },
};

export function inboxText(
  kind: InboxKind,
  language: Language,
  params: { number: string; title: string; detail: string | null },
): string {
  return formatMessage(inboxTexts[kind][language], { ...params, detail: params.detail ?? '' });
}
