import { StarFilled } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { AppealCountdown } from './appeal-countdown';
import { channelKeys, SeverityTag, StateTag } from './appeal-labels';
import type { AppealDetail } from './appeals-api';

/**
 * The top of an appeal: number, title, state, severity, the countdown, then who and what — the
 * enterprise (linked to its profile), category, lead and assisting departments, filing facts.
 */
export function AppealDetailHeader({ appeal, actions }: { appeal: AppealDetail; actions: ReactNode }) {
  const { t, language } = useI18n();
  const fact = (label: string, value: ReactNode, testId?: string) => (
    <span data-testid={testId}>
      {label}
      {t('common.colon')}
      <strong>{value}</strong>
    </span>
  );
  const channel = channelKeys[appeal.channel];

  return (
    <div className="gx-appeal-header">
      <div className="gx-appeal-header-main">
        <div className="gx-appeal-title-row">
          <Typography.Text className="gx-mono gx-appeal-number" data-testid="appeal-number" copyable>
            {appeal.number}
          </Typography.Text>
          <StateTag state={appeal.state} />
          <SeverityTag severity={appeal.severity} />
          {appeal.reopenCount > 0 && (
            <Tag color="volcano">{t('appeals.detail.reopened', { count: appeal.reopenCount })}</Tag>
          )}
        </div>
        <Typography.Title level={3} style={{ margin: '4px 0 8px' }} data-testid="appeal-title">
          {appeal.title}
        </Typography.Title>
        {appeal.clock.stage && (
          <div className="gx-appeal-clock-row">
            <AppealCountdown clock={appeal.clock} />
          </div>
        )}
        <div className="gx-appeal-facts">
          {fact(
            t('appeals.field.enterprise'),
            <Link to={`/enterprises/${appeal.enterprise.id}`} data-testid="appeal-enterprise">
              {appeal.enterprise.name}
            </Link>,
          )}
          {fact(t('appeals.field.category'), appeal.category.name)}
          {fact(
            t('appeals.field.leadDepartment'),
            appeal.leadDepartment?.name ?? t('appeals.notDispatched'),
            'appeal-lead-department',
          )}
          {appeal.assistingDepartments.length > 0 &&
            fact(
              t('appeals.field.assisting'),
              appeal.assistingDepartments.map((department) => department.name).join('、'),
            )}
        </div>
        <div className="gx-appeal-facts">
          {fact(t('appeals.field.filedBy'), appeal.filedByName)}
          {channel && fact(t('appeals.field.channel'), t(channel))}
          {fact(t('appeals.field.submittedAt'), formatDateTime(appeal.submittedAt, language))}
          {appeal.resolvedAt &&
            fact(t('appeals.field.resolvedAt'), formatDateTime(appeal.resolvedAt, language))}
          {appeal.closedAt && fact(t('appeals.field.closedAt'), formatDateTime(appeal.closedAt, language))}
          {appeal.rating !== null &&
            fact(
              t('appeals.field.rating'),
              <span className="gx-appeal-rating">
                <StarFilled /> {appeal.rating}
              </span>,
            )}
          {appeal.visitId && fact(t('appeals.field.source'), t('appeals.detail.fromVisit'))}
        </div>
      </div>
      <div className="gx-appeal-actions">{actions}</div>
    </div>
  );
}
