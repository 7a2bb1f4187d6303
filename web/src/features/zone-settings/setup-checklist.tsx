import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { can } from '@gaoxin/domain';
import { Button, Card, List, Progress, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { useCurrentUser } from '../../app/session/session';
import { getSetupStatus, type SetupStatus } from './zone-settings-api';

type Step = SetupStatus['steps'][number]['step'];

/** Where each step is done. */
const targets: Record<Step, string | null> = {
  zoneNamed: '/admin/zone?tab=zone',
  departments: '/admin/zone?tab=departments',
  parks: '/admin/zone?tab=parks',
  officer: '/admin/users',
  enterprises: null,
};

/** The admin's first-run checklist; renders nothing once every step is done (or for other roles). */
export function SetupChecklist() {
  const user = useCurrentUser();
  const allowed = can(user.role, 'zone.manage');
  const { t } = useI18n();
  const status = useApiQuery(async (signal) => (allowed ? getSetupStatus(signal) : undefined), [allowed]);
  if (!status.data || status.data.complete) return null;
  const done = status.data.steps.filter((step) => step.done).length;
  const total = status.data.steps.length;
  return (
    <Card
      style={{ marginBottom: 16 }}
      data-testid="setup-checklist"
      title={
        <Space>
          {t('zoneSettings.checklist.title')}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('zoneSettings.checklist.progress', { done, total })}
          </Typography.Text>
        </Space>
      }
      extra={
        <Progress percent={Math.round((done / total) * 100)} steps={total} size="small" showInfo={false} />
      }
    >
      <Typography.Paragraph type="secondary">{t('zoneSettings.checklist.hint')}</Typography.Paragraph>
      <List
        dataSource={status.data.steps}
        renderItem={({ step, done: isDone }) => {
          const target = targets[step];
          return (
            <List.Item
              data-testid={`setup-step-${step}`}
              data-done={isDone}
              actions={
                isDone
                  ? [
                      <Typography.Text key="done" type="success">
                        {t('zoneSettings.checklist.done')}
                      </Typography.Text>,
                    ]
                  : target
                    ? [
                        <Link key="go" to={target}>
                          <Button size="small" type="primary">
                            {t('zoneSettings.checklist.go')}
                          </Button>
                        </Link>,
                      ]
                    : []
              }
            >
              <Space>
                {isDone ? (
                  <CheckCircleFilled style={{ color: '#389e0d' }} />
                ) : (
                  <ClockCircleOutlined style={{ color: '#8c8c8c' }} />
                )}
                <Typography.Text delete={isDone} type={isDone ? 'secondary' : undefined}>
                  {t(`zoneSettings.checklist.${step}` as MessageKey)}
                </Typography.Text>
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
