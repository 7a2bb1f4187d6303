import { reopenRatingAtMost } from '@gaoxin/domain';
import { Empty, Rate, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { stateKeys, stepKeys } from './appeal-labels';
import type { AppealEvent } from './appeals-api';

/** Events that are not user steps: the filing itself and the clock's escalations. */
const otherStepKeys: Record<string, MessageKey> = {
  submit: 'appeals.timeline.submit',
  create: 'appeals.timeline.submit',
  file: 'appeals.timeline.submit',
  escalate: 'appeals.timeline.escalate',
  escalation: 'appeals.timeline.escalate',
};

function stepLabel(event: AppealEvent, t: (key: MessageKey) => string): string {
  const known = (stepKeys as Record<string, MessageKey | undefined>)[event.step] ?? otherStepKeys[event.step];
  return known ? t(known) : t(stateKeys[event.toState]);
}

function colourOf(event: AppealEvent): string {
  if (event.escalation || event.toState === 'rejected') return 'red';
  if (event.rating !== null && event.rating <= reopenRatingAtMost) return 'red';
  if (event.toState === 'returned') return 'orange';
  if (event.toState === 'resolved' || event.toState === 'closed') return 'green';
  return 'blue';
}

/** 办理过程: every step in order — who, when, the state it led to, the department, the note, the rating. */
export function AppealTimeline({ events }: { events: AppealEvent[] }) {
  const { t, language } = useI18n();
  if (events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appeals.timeline.empty')} />;
  const sorted = [...events].sort((left, right) => left.at.localeCompare(right.at));
  return (
    <div data-testid="appeal-timeline">
      <Timeline
        items={sorted.map((event) => ({
          key: event.id,
          color: colourOf(event),
          content: (
            <div className="gx-appeal-event" data-testid="appeal-event" data-step={event.step}>
              <div className="gx-appeal-event-head">
                <Typography.Text strong>{stepLabel(event, t)}</Typography.Text>
                <Tag>{t(stateKeys[event.toState])}</Tag>
                {event.escalation ? (
                  <Tag color="red">
                    {event.escalation >= 2 ? t('appeals.clock.escalation2') : t('appeals.clock.escalation1')}
                  </Tag>
                ) : null}
              </div>
              <Typography.Text type="secondary" className="gx-appeal-event-meta">
                {event.actorName} · {formatDateTime(event.at, language)}
                {event.department &&
                  ` · ${t('appeals.timeline.department', { name: event.department.name })}`}
              </Typography.Text>
              {event.rating !== null && (
                <div>
                  <Rate disabled value={event.rating} className="gx-appeal-event-rate" />
                </div>
              )}
              {event.note && <div className="gx-appeal-plain">{event.note}</div>}
            </div>
          ),
        }))}
      />
    </div>
  );
}
