import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { SeverityTag } from './appeal-labels';
import { AppealTable } from './appeal-table';
import { getAppeal, listAppeals, type AppealDetail } from './appeals-api';
import { StepDialog } from './step-dialog';
import { defaultPageSize } from './use-appeal-list-params';
import './appeals.css';

/** What the dispatcher reads before choosing a department: who, what, how serious, in their words. */
function AppealBrief({ appeal }: { appeal: AppealDetail }) {
  const { t, language } = useI18n();
  return (
    <div className="gx-appeal-brief">
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'number', label: t('appeals.field.number'), children: appeal.number },
          {
            key: 'severity',
            label: t('appeals.field.severity'),
            children: <SeverityTag severity={appeal.severity} />,
          },
          { key: 'enterprise', label: t('appeals.field.enterprise'), children: appeal.enterprise.name },
          { key: 'category', label: t('appeals.field.category'), children: appeal.category.name },
          {
            key: 'submitted',
            label: t('appeals.field.submittedAt'),
            children: formatDateTime(appeal.submittedAt, language),
          },
          { key: 'filedBy', label: t('appeals.field.filedBy'), children: appeal.filedByName },
        ]}
      />
      <Typography.Text strong>{appeal.title}</Typography.Text>
      <div className="gx-appeal-plain gx-appeal-brief-text">{appeal.description}</div>
    </div>
  );
}

/**
 * 派单台: the appeals waiting for the dispatch desk, oldest deadline first. 派单 opens the appeal's
 * description with the lead and assisting departments to choose; other steps are on the detail page.
 */
export function DispatchBoardPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(defaultPageSize);
  const [openId, setOpenId] = useState<string>();
  const appeals = useApiQuery(
    (signal) => listAppeals({ scope: 'dispatch', sort: 'deadline', page, pageSize }, signal),
    [page, pageSize],
  );
  const detail = useApiQuery(
    (signal) => (openId ? getAppeal(openId, signal) : Promise.resolve(undefined)),
    [openId],
  );
  const opened = detail.data?.id === openId ? detail.data : undefined;
  const close = () => setOpenId(undefined);

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('appeals.nav.dispatch')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('appeals.dispatch.hint')}</Typography.Text>
        </div>
      </div>
      {appeals.error ? (
        appeals.error.status === 403 ? (
          <Alert type="info" showIcon title={t('appeals.dispatch.notDesk')} />
        ) : (
          <ApiErrorView error={appeals.error} onRetry={appeals.reload} />
        )
      ) : (
        <AppealTable
          items={appeals.data?.items}
          loading={appeals.loading}
          hide={['department']}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appeals.dispatch.empty')} />}
          paging={{
            page,
            pageSize,
            total: appeals.data?.total ?? 0,
            onChange: (nextPage, nextSize) => {
              setPage(nextSize === pageSize ? nextPage : 1);
              setPageSize(nextSize);
            },
          }}
          action={{
            title: t('common.actions'),
            width: 100,
            render: (appeal) => (
              <Button
                size="small"
                type="primary"
                icon={<SendOutlined />}
                onClick={() => setOpenId(appeal.id)}
                data-testid="appeal-step-dispatch"
              >
                {t('appeals.step.dispatch')}
              </Button>
            ),
          }}
        />
      )}
      {detail.error && openId && (
        <Alert
          type="error"
          showIcon
          title={detail.error.message}
          closable={{ onClose: close }}
          style={{ marginTop: 12 }}
        />
      )}
      <StepDialog
        appeal={opened}
        step={openId && !detail.error ? 'dispatch' : undefined}
        preface={
          opened && (
            <>
              {!opened.allowedSteps.includes('dispatch') && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('appeals.dispatch.notWaiting')}
                  style={{ marginBottom: 12 }}
                />
              )}
              <AppealBrief appeal={opened} />
            </>
          )
        }
        onClose={close}
        onDone={() => {
          close();
          appeals.reload();
        }}
        onConflict={(_current, reason) => {
          close();
          void message.warning(reason.code === 'CONFLICT' ? t('appeals.detail.conflict') : reason.message);
          appeals.reload();
        }}
      />
    </Card>
  );
}
