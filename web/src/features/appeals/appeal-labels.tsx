import { Tag } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import type { AppealState, AppealStep, InboxMessage, Severity } from './appeals-api';

/** The colour of each state's tag: blue while it waits, orange while worked on, green when done. */
export const stateColours: Record<AppealState, string> = {
  submitted: 'blue',
  dispatched: 'geekblue',
  accepted: 'cyan',
  inProgress: 'orange',
  resolved: 'green',
  returned: 'gold',
  rejected: 'default',
  closed: 'success',
};

export const stateKeys: Record<AppealState, MessageKey> = {
  submitted: 'appeals.state.submitted',
  dispatched: 'appeals.state.dispatched',
  accepted: 'appeals.state.accepted',
  inProgress: 'appeals.state.inProgress',
  resolved: 'appeals.state.resolved',
  returned: 'appeals.state.returned',
  rejected: 'appeals.state.rejected',
  closed: 'appeals.state.closed',
};

export const stepKeys: Record<AppealStep, MessageKey> = {
  dispatch: 'appeals.step.dispatch',
  accept: 'appeals.step.accept',
  start: 'appeals.step.start',
  resolve: 'appeals.step.resolve',
  returnForInformation: 'appeals.step.returnForInformation',
  supplyInformation: 'appeals.step.supplyInformation',
  reject: 'appeals.step.reject',
  transfer: 'appeals.step.transfer',
  rate: 'appeals.step.rate',
};

/** 一般 and 重大, in order (the zod-free constants of the domain). */
export { severities } from '@gaoxin/domain';

export const severityKeys: Record<Severity, MessageKey> = {
  general: 'appeals.severity.general',
  major: 'appeals.severity.major',
};

export const channelKeys: Record<string, MessageKey> = {
  portal: 'appeals.channel.portal',
  officer: 'appeals.channel.officer',
  visit: 'appeals.channel.visit',
};

export const inboxKindKeys: Record<InboxMessage['kind'], MessageKey> = {
  toDispatch: 'appeals.inbox.kind.toDispatch',
  dispatched: 'appeals.inbox.kind.dispatched',
  assisting: 'appeals.inbox.kind.assisting',
  transferred: 'appeals.inbox.kind.transferred',
  returned: 'appeals.inbox.kind.returned',
  supplied: 'appeals.inbox.kind.supplied',
  resolved: 'appeals.inbox.kind.resolved',
  reopened: 'appeals.inbox.kind.reopened',
  rated: 'appeals.inbox.kind.rated',
  rejected: 'appeals.inbox.kind.rejected',
  escalated: 'appeals.inbox.kind.escalated',
  projectHelpAsked: 'appeals.inbox.kind.projectHelpAsked',
  projectHelpAnswered: 'appeals.inbox.kind.projectHelpAnswered',
};

/** The appeal's state as a coloured tag. */
export function StateTag({ state }: { state: AppealState }) {
  const { t } = useI18n();
  return (
    <Tag color={stateColours[state]} data-testid="appeal-state" data-state={state}>
      {t(stateKeys[state])}
    </Tag>
  );
}

/** 一般 / 重大; 重大 stands out in red. */
export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return (
    <Tag
      color={severity === 'major' ? 'red' : undefined}
      variant={severity === 'major' ? 'solid' : 'outlined'}
    >
      {t(severityKeys[severity])}
    </Tag>
  );
}
