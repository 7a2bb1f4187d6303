/**
 * Chinese UI text of help requests to departments and of the investor's 我的项目, kept beside
 * messages.zh.ts (which spreads it in) so neither file grows past a screenful of keys.
 */
export const investmentHelpZh = {
  'projects.help.title': '协助请求',
  'projects.help.summary': '待答复 {open} 项 / 共 {total} 项',
  'projects.help.open': '待答复',
  'projects.help.answered': '已答复',
  'projects.help.askedBy': '{name} · {date} 当周提出',
  'projects.help.answeredBy': '{name} 于 {at} 答复：',
  'projects.help.answerButton': '答复',
  'projects.help.answerTitle': '答复协助请求（{department}）',
  'projects.help.answer': '答复内容',
  'projects.help.answerRequired': '请填写答复内容',
  'projects.help.answerLength': '答复内容为 2–2000 个字',
  'projects.help.submit': '提交答复',
  'projects.help.saved': '已答复，项目团队将收到消息',
  'projects.list.helpOpenMine': '请{department}协助（待答复）',
  'projects.list.helpOpenAny': '有待答复的协助请求',
  'projects.mine.title': '我的项目',
  'projects.mine.hint':
    '贵企业作为投资方、由园区跟踪推进的项目。节点与到位资金由园区项目专员登记，如有出入请联系项目专员。',
  'projects.mine.empty': '贵企业暂无由园区跟踪推进的投资项目。',
  'projects.mine.back': '返回我的项目',
  'projects.mine.team': '园区服务团队',
  'projects.mine.figures': '合同额 {contract} · 到位资金 {funds} · {signedOn} 签约',
};
