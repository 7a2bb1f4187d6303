import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { EnterpriseDetail } from '../../api/contract';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { AssignmentDialog } from './assignment-dialog';
import { listAssignments } from './enterprise-records-api';

/** 包保责任: the key flag, liaison cadre and responsible leader now, and every change before. */
export function ResponsibilityPanel({
  detail,
  mayWrite,
  onChanged,
}: {
  detail: EnterpriseDetail;
  mayWrite: boolean;
  onChanged: () => void;
}) {
  const { t, language } = useI18n();
  const [adjusting, setAdjusting] = useState(false);
  const history = useApiQuery((signal) => listAssignments(detail.id, signal), [detail.id, detail.version]);
  const unassigned = t('enterprise.unassigned');

  return (
    <Card
      size="small"
      title={t('assignment.current')}
      extra={
        mayWrite && (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setAdjusting(true)}
            data-testid="adjust-assignment"
          >
            {t('assignment.adjust')}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'key',
            label: t('enterprise.key'),
            children: detail.isKey ? t('common.yes') : t('common.no'),
          },
          { key: 'liaison', label: t('enterprise.liaison'), children: detail.liaison?.name ?? unassigned },
          {
            key: 'leader',
            label: t('enterprise.responsibleLeader'),
            children: detail.responsibleLeader?.name ?? unassigned,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t('assignment.history')}
      </Typography.Title>
      {history.error && <Alert type="error" showIcon title={history.error.message} />}
      {history.data && history.data.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assignment.noHistory')} />
      )}
      {history.data && history.data.length > 0 && (
        <Timeline
          items={history.data.map((entry) => ({
            key: entry.id,
            content: (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(entry.assignedAt, language)} · {entry.assignedBy ?? t('audit.system')}
                </Typography.Text>
                <div>
                  {t('assignment.entry', {
                    key: entry.isKey ? t('enterprise.keyShort') : t('assignment.notKey'),
                    liaison: entry.liaison?.name ?? unassigned,
                    leader: entry.responsibleLeader?.name ?? unassigned,
                  })}
                </div>
                {entry.reason && <Typography.Text type="secondary">{entry.reason}</Typography.Text>}
              </div>
            ),
          }))}
        />
      )}
      {mayWrite && (
        <AssignmentDialog
          detail={detail}
          open={adjusting}
          onClose={() => setAdjusting(false)}
          onSaved={() => {
            setAdjusting(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
