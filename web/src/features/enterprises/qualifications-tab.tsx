import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { EnterpriseDetail, Qualification } from '../../api/contract';
import { RowActions } from './row-actions';
import { useI18n } from '../../app/i18n/i18n';
import { levelKeys } from './enterprise-labels';
import { removeQualification } from './enterprise-records-api';
import type { ProfileAccess } from './profile-access';
import { QualificationDialog } from './qualification-dialog';
import { QualificationStatusTag } from './qualification-status';

/** 资质: each qualification with its dates and computed status; officers add, change and remove them. */
export function QualificationsTab({
  detail,
  access,
  onChanged,
}: {
  detail: EnterpriseDetail;
  access: ProfileAccess;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<{ editing?: Qualification } | undefined>();

  const remove = async (qualification: Qualification) => {
    try {
      await removeQualification(detail.id, qualification.id);
      void message.success(t('qualification.removed', { name: qualification.typeName }));
      onChanged();
    } catch (reason) {
      void message.error(reason instanceof ApiError ? reason.message : t('error.unexpected'));
    }
  };

  const columns: TableProps<Qualification>['columns'] = [
    { title: t('qualification.type'), dataIndex: 'typeName' },
    { title: t('qualification.level'), key: 'level', render: (_value, item) => t(levelKeys[item.level]) },
    {
      title: t('qualification.certificateNumber'),
      key: 'certificateNumber',
      render: (_value, item) =>
        item.certificateNumber ? <span className="gx-mono">{item.certificateNumber}</span> : '—',
    },
    { title: t('qualification.issuedOn'), key: 'issuedOn', render: (_value, item) => item.issuedOn ?? '—' },
    {
      title: t('qualification.expiresOn'),
      key: 'expiresOn',
      render: (_value, item) => item.expiresOn ?? t('qualification.noExpiry'),
    },
    {
      title: t('qualification.status'),
      key: 'status',
      render: (_value, item) => <QualificationStatusTag status={item.status} expiresOn={item.expiresOn} />,
    },
  ];
  if (access.mayWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_value, item) => (
        <RowActions
          confirmTitle={t('qualification.removeConfirm', { name: item.typeName })}
          onEdit={() => setDialog({ editing: item })}
          onRemove={() => remove(item)}
        />
      ),
    });
  }

  const counts = {
    expiring: detail.qualifications.filter((item) => item.status === 'expiring').length,
    expired: detail.qualifications.filter((item) => item.status === 'expired').length,
  };

  return (
    <>
      <div className="gx-section-header">
        <Typography.Text type="secondary">
          {detail.qualifications.length > 0
            ? t('qualification.summary', { total: detail.qualifications.length, ...counts })
            : ' '}
        </Typography.Text>
        {access.mayWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({})}
            data-testid="add-qualification"
          >
            {t('qualification.add')}
          </Button>
        )}
      </div>
      <Table<Qualification>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={detail.qualifications}
        pagination={false}
        locale={{
          emptyText: (
            <Empty
              description={access.mayWrite ? t('qualification.emptyOfficer') : t('qualification.empty')}
            />
          ),
        }}
      />
      {access.mayWrite && (
        <QualificationDialog
          enterpriseId={detail.id}
          open={dialog !== undefined}
          editing={dialog?.editing}
          onClose={() => setDialog(undefined)}
          onSaved={() => {
            setDialog(undefined);
            onChanged();
          }}
        />
      )}
    </>
  );
}
