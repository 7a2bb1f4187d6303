import { PlusOutlined } from '@ant-design/icons';
import { can } from '@gaoxin/domain';
import { Alert, Button, Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Visit } from '../../api/contract';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { useCurrentUser } from '../../app/session/session';
import { listVisits } from './enterprise-records-api';
import { VisitDialog } from './visit-dialog';

/** Where "转为诉求" leads: the filing form, prefilled with the enterprise, the visit and the problem. */
function appealFromProblem(enterpriseId: string, visitId: string, problem: string): string {
  const query = new URLSearchParams({ enterpriseId, visitId, title: problem });
  return `/appeals/new?${query.toString()}`;
}

function VisitItem({ visit, enterpriseId }: { visit: Visit; enterpriseId: string }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const mayFile = can(user.role, 'appeal.file');
  return (
    <div className="gx-visit" data-testid="visit-item">
      <Typography.Text strong>{visit.visitedOn}</Typography.Text>
      <Typography.Text type="secondary"> · {visit.visitors}</Typography.Text>
      <div style={{ whiteSpace: 'pre-wrap' }}>{visit.summary}</div>
      {visit.problems.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('visit.problemsRaised')}</Typography.Text>
          <ol className="gx-visit-problems">
            {visit.problems.map((problem, index) => (
              <li key={index}>
                {problem}
                {mayFile && (
                  <Link
                    to={appealFromProblem(enterpriseId, visit.id, problem)}
                    style={{ marginLeft: 8, fontSize: 12, whiteSpace: 'nowrap' }}
                    data-testid="visit-problem-to-appeal"
                  >
                    {t('appeals.visit.toAppeal')}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {visit.nextStep && (
        <Typography.Text type="secondary">
          {t('visit.nextStep')}
          {t('common.colon')}
          {visit.nextStep}
        </Typography.Text>
      )}
    </div>
  );
}

/** 走访记录: the visit log, newest first, and "登记走访" for officers. */
export function VisitsPanel({ enterpriseId, mayWrite }: { enterpriseId: string; mayWrite: boolean }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const visits = useApiQuery((signal) => listVisits(enterpriseId, signal), [enterpriseId]);

  return (
    <Card
      size="small"
      title={visits.data ? t('visit.titleCount', { count: visits.data.length }) : t('visit.title')}
      extra={
        mayWrite && (
          <Button
            size="small"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="add-visit"
          >
            {t('visit.add')}
          </Button>
        )
      }
    >
      {visits.error && (
        <Alert
          type="error"
          showIcon
          title={visits.error.message}
          action={
            <Button size="small" onClick={visits.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {!visits.data && !visits.error && <Skeleton active />}
      {visits.data && visits.data.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={mayWrite ? t('visit.emptyOfficer') : t('visit.empty')}
        />
      )}
      {visits.data && visits.data.length > 0 && (
        <Timeline
          items={visits.data.map((visit) => ({
            key: visit.id,
            content: <VisitItem visit={visit} enterpriseId={enterpriseId} />,
          }))}
        />
      )}
      {mayWrite && (
        <VisitDialog
          enterpriseId={enterpriseId}
          open={adding}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            visits.reload();
          }}
        />
      )}
    </Card>
  );
}
