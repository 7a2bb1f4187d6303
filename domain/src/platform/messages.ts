/** Languages the platform speaks; Chinese is the default. */
export type Language = 'zh' | 'en';

/**
 * Error codes with their messages. The API answers with the code, so clients can act on it,
 * and the message in the caller's language, so people can read it.
 */
export const errorMessages = {
  BAD_REQUEST: { zh: '请求格式不正确', en: 'The request is malformed' },
  INVALID_JSON: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  VALIDATION_FAILED: { zh: '提交的数据有误，请检查标出的字段', en: 'Some fields are invalid' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  INVALID_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    zh: '连续登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins; the account is locked, try again in {minutes} minutes',
  },
  ACCOUNT_DISABLED: {
    zh: '账号已停用，请联系管理员',
    en: 'This account is disabled; contact the administrator',
  },
  PASSWORD_CHANGE_REQUIRED: {
    zh: '首次登录须先修改密码',
    en: 'You must change your password before continuing',
  },
  WRONG_CURRENT_PASSWORD: { zh: '当前密码不正确', en: 'The current password is wrong' },
  WEAK_PASSWORD: { zh: '新密码不符合要求', en: 'The new password does not meet the rules' },
  SAME_PASSWORD: { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  FORBIDDEN: { zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  CROSS_SITE_REQUEST: {
    zh: '拒绝跨站请求：请求来源与本系统不一致',
    en: 'Cross-site request refused: the request does not come from this application',
  },
  NOT_FOUND: { zh: '记录不存在', en: 'Not found' },
  ROUTE_NOT_FOUND: { zh: '接口不存在', en: 'No such endpoint' },
  CONFLICT: {
    zh: '数据已被他人修改，请刷新后重试',
    en: 'The record was changed by someone else; reload and retry',
  },
  USERNAME_TAKEN: { zh: '用户名已被使用', en: 'The username is already taken' },
  CODE_TAKEN: {
    zh: '代码“{code}”已被“{name}”使用，请换一个',
    en: 'The code "{code}" is already used by "{name}"',
  },
  DUPLICATE_CREDIT_CODE: {
    zh: '该统一社会信用代码已登记为“{name}”',
    en: 'This credit code is already registered as "{name}"',
  },
  IMPORT_INVALID_FILE: { zh: '{reason}', en: '{reason}' },
  IMPORT_HAS_ERRORS: {
    zh: '文件中有 {count} 处问题，未导入任何数据，请修改后重新上传',
    en: 'The file has {count} problems; nothing was imported. Fix them and upload again',
  },
  APPEAL_ILLEGAL_STEP: {
    zh: '诉求当前为“{state}”，不能执行“{step}”',
    en: 'The appeal is "{state}"; "{step}" is not possible now',
  },
  LEAD_ILLEGAL_STATUS: {
    zh: '线索当前为“{from}”，不能改为“{to}”',
    en: 'The lead is "{from}"; it cannot become "{to}"',
  },
  LEAD_HELD_BY_YOU: {
    zh: '您已登记过这家企业的线索（{status}），请在原线索上跟进',
    en: 'You registered this company already ({status}); follow up on that lead',
  },
  HELP_ALREADY_ANSWERED: {
    zh: '该协助请求已由{name}答复，无需重复答复',
    en: 'This help request was answered already by {name}',
  },
  ATTACHMENT_TYPE_REFUSED: {
    zh: '附件只能是图片（JPG、PNG、GIF、WEBP）或 PDF；按文件内容识别为：{detected}',
    en: 'Attachments must be images (JPG, PNG, GIF, WEBP) or PDF; the content is: {detected}',
  },
  TOO_MANY_ATTACHMENTS: {
    zh: '每件诉求最多 {maximum} 个附件',
    en: 'At most {maximum} attachments per appeal',
  },
  RATE_LIMITED: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please wait and retry' },
  PAYLOAD_TOO_LARGE: { zh: '提交的内容过大', en: 'The request is too large' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持的内容类型', en: 'Unsupported content type' },
  INTERNAL: { zh: '服务器内部错误，请稍后再试', en: 'Internal server error; please try again later' },
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorCode = keyof typeof errorMessages;

/** Field-level problems, by kind, in both languages. */
export const fieldMessages = {
  required: { zh: '必填', en: 'Required' },
  invalidType: { zh: '类型不正确，应为{expected}', en: 'Wrong type; expected {expected}' },
  tooLong: { zh: '不能超过 {maximum} 个字符', en: 'At most {maximum} characters' },
  tooShort: { zh: '至少 {minimum} 个字符', en: 'At least {minimum} characters' },
  tooBig: { zh: '不能大于 {maximum}', en: 'Must be at most {maximum}' },
  tooSmall: { zh: '不能小于 {minimum}', en: 'Must be at least {minimum}' },
  unknownField: { zh: '不允许的字段', en: 'Unknown field' },
  invalidValue: { zh: '取值无效，可选值：{options}', en: 'Invalid value; allowed: {options}' },
  invalidFormat: { zh: '格式不正确', en: 'Invalid format' },
  invalid: { zh: '取值无效', en: 'Invalid value' },
  passwordTooShort: { zh: '密码至少 10 个字符', en: 'The password needs at least 10 characters' },
  passwordTooLong: { zh: '密码不能超过 128 个字符', en: 'The password may have at most 128 characters' },
  passwordTooFewClasses: {
    zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'The password needs three of: upper case, lower case, digits, symbols',
  },
  passwordContainsUsername: { zh: '密码不能包含用户名', en: 'The password must not contain the username' },
  unknownIndustry: {
    zh: '未知的行业代码（应为 GB/T 4754-2017 大类或小类代码）',
    en: 'Unknown industry code (GB/T 4754-2017)',
  },
  qualificationTypeTaken: { zh: '该资质类型已存在', en: 'This qualification type exists already' },
  unknownQualificationType: { zh: '未知的资质类型', en: 'Unknown qualification type' },
  dateInFuture: { zh: '日期不能晚于今天', en: 'The date cannot be after today' },
  datesOutOfOrder: { zh: '到期日不能早于发证日', en: 'The expiry date is before the issue date' },
  notAllowedForRole: { zh: '当前角色不能修改此字段', en: 'Your role cannot change this field' },
  notALiaison: {
    zh: '只能指定本区的部门工作人员为包保干部',
    en: 'The liaison must be an officer of the zone',
  },
  notALeader: {
    zh: '只能指定本区的领导为责任领导',
    en: 'The responsible leader must be a leader of the zone',
  },
  noteRequired: {
    zh: '请填写说明（原因或办理情况）',
    en: 'Please write a note (the reason or what was done)',
  },
  ratingOutOfRange: { zh: '评分须为 1–5 的整数', en: 'The rating must be a whole number from 1 to 5' },
  departmentRequired: { zh: '请选择承办部门', en: 'Choose the lead department' },
  unknownDepartment: { zh: '本区没有这个部门', en: 'No such department in this zone' },
  sameDepartment: { zh: '转办须转给另一个部门', en: 'A transfer must go to another department' },
  categoryTaken: { zh: '已有同名的诉求类别', en: 'A category with this name exists already' },
  unknownCategory: { zh: '未知或已停用的诉求类别', en: 'Unknown or retired category' },
  visitOfAnotherEnterprise: {
    zh: '走访记录不属于该企业',
    en: 'The visit does not belong to this enterprise',
  },
  absurdAmount: {
    zh: '金额超出合理范围（单位为万元）',
    en: 'The amount is out of any plausible range (in 10,000 yuan)',
  },
  anchorRequired: {
    zh: '以商招商须注明引荐的本区企业',
    en: 'Name the anchor enterprise that brought the lead',
  },
  reasonRequired: { zh: '请填写原因', en: 'Please give the reason' },
  beforeSigning: { zh: '日期不能早于签约日期', en: 'The date cannot be before the signing date' },
  periodReversed: { zh: '开始日期不能晚于结束日期', en: 'The start is after the end' },
  mustBePositive: { zh: '须大于 0', en: 'Must be greater than 0' },
  contractAboveInvestment: {
    zh: '合同额高于总投资，请核实',
    en: 'The contract amount is above the total investment; please check',
  },
  stageBackwardsNeedsReason: {
    zh: '阶段倒退须填写原因',
    en: 'Moving a project back a stage needs a reason',
  },
  leadNotSigned: { zh: '只有已签约的线索才能转为项目', en: 'Only a signed lead can become a project' },
  leadHasProject: { zh: '该线索已转为项目', en: 'This lead already became a project' },
  notAnOfficer: { zh: '须为本区的部门工作人员', en: 'Must be an officer of the zone' },
  notALeaderOfZone: { zh: '须为本区的领导', en: 'Must be a leader of the zone' },
  notApplicable: { zh: '此步骤不需要该字段', en: 'This step does not take this field' },
  notADate: { zh: '不是有效日期（格式为 YYYY-MM-DD）', en: 'Not a valid date (YYYY-MM-DD)' },
  dateOutsideYear: { zh: '日期不在所选年份内', en: 'The date is outside the chosen year' },
  dateGivenTwice: {
    zh: '同一日期只能出现一次（不能既放假又上班）',
    en: 'A date may appear once only (not both a holiday and a workday)',
  },
  workdayNotWeekend: {
    zh: '调休上班日须为周六或周日（工作日本来就上班）',
    en: 'A make-up workday must be a Saturday or Sunday (weekdays are worked anyway)',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type FieldMessageKey = keyof typeof fieldMessages;

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** Picks the language from an Accept-Language header: English when English is preferred, else Chinese. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return 'zh';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
