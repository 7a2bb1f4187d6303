import type { investmentHelpZh } from './messages-help.zh';

/** English UI text of help requests to departments and of the investor's 我的项目 (My projects). */
export const investmentHelpEn: Record<keyof typeof investmentHelpZh, string> = {
  'projects.help.title': 'Help requests',
  'projects.help.summary': '{open} open of {total}',
  'projects.help.open': 'Open',
  'projects.help.answered': 'Answered',
  'projects.help.askedBy': 'Asked by {name} in the week of {date}',
  'projects.help.answeredBy': 'Answered by {name} at {at}:',
  'projects.help.answerButton': 'Answer',
  'projects.help.answerTitle': 'Answer the help request ({department})',
  'projects.help.answer': 'Answer',
  'projects.help.answerRequired': 'Please write the answer',
  'projects.help.answerLength': 'The answer has 2–2000 characters',
  'projects.help.submit': 'Send answer',
  'projects.help.saved': 'Answered; the project team is told',
  'projects.list.helpOpenMine': '{department} asked for help (open)',
  'projects.list.helpOpenAny': 'Open help requests',
  'projects.mine.title': 'My projects',
  'projects.mine.hint':
    'Projects your enterprise invests in, as the zone tracks them. Milestones and funds are recorded by the zone’s project commissioner; contact them about any difference.',
  'projects.mine.empty': 'The zone tracks no investment project of your enterprise yet.',
  'projects.mine.back': 'Back to my projects',
  'projects.mine.team': 'Zone service team',
  'projects.mine.figures': 'Contract {contract} · funds in place {funds} · signed {signedOn}',
};
