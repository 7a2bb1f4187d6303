import { ClockCircleOutlined, PauseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n, type I18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import type { AppealClock } from './appeals-api';

const minute = 60_000;
const hour = 60 * minute;

/** Less than this left and the clock turns orange. */
const warningMs = 4 * hour;

const stageKeys: Record<NonNullable<AppealClock['stage']>, MessageKey> = {
  dispatch: 'appeals.clock.stage.dispatch',
  accept: 'appeals.clock.stage.accept',
  resolve: 'appeals.clock.stage.resolve',
};

/** Re-renders every `intervalMs` so a countdown moves while the page stays open. */
function useTick(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "3天4小时", "5小时12分", "8分" from milliseconds (sign ignored). */
export function durationText(ms: number, t: I18n['t']): string {
  const total = Math.floor(Math.abs(ms) / minute);
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  const minutes = total % 60;
  if (days > 0) return t('appeals.clock.daysHours', { days, hours });
  if (hours > 0) return t('appeals.clock.hoursMinutes', { hours, minutes });
  return t('appeals.clock.minutes', { minutes });
}

export type ClockTone = 'none' | 'paused' | 'ok' | 'warning' | 'late';

/** How the clock should look: red when overdue or escalated to the leader, orange when close. */
export function clockTone(clock: AppealClock, remainingMs: number | null): ClockTone {
  if (!clock.stage) return 'none';
  if (clock.isPaused) return 'paused';
  if (clock.escalation >= 2 || clock.isOverdue || (remainingMs !== null && remainingMs < 0)) return 'late';
  if (remainingMs !== null && remainingMs < warningMs) return 'warning';
  return 'ok';
}

/**
 * 时限: 剩余 X小时Y分 (green, orange in the last hours), 已超时 X小时 (red; 已报区领导 at escalation 2),
 * 已暂停 while the appeal waits on the enterprise, — when no clock runs. Counts down while open,
 * from the server's reading (no trust in the browser's clock).
 */
export function AppealCountdown({ clock, compact = false }: { clock: AppealClock; compact?: boolean }) {
  const { t, language } = useI18n();
  const now = useTick(30_000);
  // When this reading arrived; the countdown moves on from the server's figure, not the local clock.
  const readAt = useMemo(() => Date.now(), [clock]);
  const remainingMs =
    clock.remainingMs === null
      ? null
      : clock.isPaused
        ? clock.remainingMs
        : clock.remainingMs - (now - readAt);
  const tone = clockTone(clock, remainingMs);

  if (tone === 'none' || !clock.stage) {
    return (
      <span className="gx-appeal-clock is-none" data-testid="appeal-countdown" data-tone="none">
        —
      </span>
    );
  }
  let text: string;
  if (tone === 'paused') {
    text =
      remainingMs === null || compact
        ? t('appeals.clock.paused')
        : t('appeals.clock.pausedLeft', { left: durationText(remainingMs, t) });
  } else if (remainingMs === null) {
    text = t('appeals.clock.running');
  } else if (remainingMs < 0) {
    text = t('appeals.clock.overdue', { late: durationText(remainingMs, t) });
  } else {
    text = t('appeals.clock.left', { left: durationText(remainingMs, t) });
  }
  const icon =
    tone === 'paused' ? (
      <PauseCircleOutlined />
    ) : tone === 'late' ? (
      <WarningOutlined />
    ) : (
      <ClockCircleOutlined />
    );
  const tooltip = [
    t(stageKeys[clock.stage]),
    clock.deadlineAt ? t('appeals.clock.deadline', { at: formatDateTime(clock.deadlineAt, language) }) : '',
    clock.escalation === 1 ? t('appeals.clock.escalation1') : '',
    clock.escalation >= 2 ? t('appeals.clock.escalation2') : '',
    tone === 'paused' && remainingMs !== null
      ? t('appeals.clock.pausedLeft', { left: durationText(remainingMs, t) })
      : '',
    tone === 'paused' ? t('appeals.clock.pausedHint') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip title={tooltip}>
      <span
        className={`gx-appeal-clock is-${tone}`}
        data-testid="appeal-countdown"
        data-tone={tone}
        data-escalation={clock.escalation}
      >
        {icon} {text}
        {!compact && clock.escalation >= 2 && (
          <span className="gx-appeal-clock-flag">{t('appeals.clock.leaderFlag')}</span>
        )}
      </span>
    </Tooltip>
  );
}
