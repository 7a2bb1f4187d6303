import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import type { EnterpriseDetail } from '../../api/contract';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { AddressDialog } from './address-dialog';
import { EnterpriseFormDrawer } from './enterprise-form-drawer';
import { describeIndustry, formatAmount, scaleKeys } from './enterprise-labels';
import type { ProfileAccess } from './profile-access';

/** 基本信息: the record's fields, with the full edit drawer for officers and the address for the enterprise. */
export function BasicInfoTab({
  detail,
  access,
  onChanged,
}: {
  detail: EnterpriseDetail;
  access: ProfileAccess;
  onChanged: () => void;
}) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const empty = '—';
  const amount = formatAmount(detail.registeredCapital);

  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('enterprise.name'), children: detail.name, span: 2 },
    { key: 'shortName', label: t('enterprise.shortName'), children: detail.shortName ?? empty },
    {
      key: 'creditCode',
      label: t('enterprise.creditCode'),
      children: (
        <>
          <span className="gx-mono">{detail.creditCode}</span>
          {detail.creditCodeOverride && (
            <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
              {t('enterprise.overrideShown', { reason: detail.creditCodeOverride })}
            </Typography.Text>
          )}
        </>
      ),
    },
    { key: 'park', label: t('enterprise.park'), children: detail.park?.name ?? empty },
    {
      key: 'industry',
      label: t('enterprise.industryCode'),
      children: describeIndustry(detail.industryCode) ?? empty,
    },
    {
      key: 'scale',
      label: t('enterprise.scale'),
      children: detail.scale ? t(scaleKeys[detail.scale]) : empty,
    },
    {
      key: 'aboveScale',
      label: t('enterprise.aboveScale'),
      children: detail.isAboveScale ? t('common.yes') : t('common.no'),
    },
    {
      key: 'leadingIndustry',
      label: t('enterprise.leadingIndustry'),
      children: detail.leadingIndustry ?? empty,
    },
    {
      key: 'legal',
      label: t('enterprise.legalRepresentative'),
      children: detail.legalRepresentative ?? empty,
    },
    {
      key: 'capital',
      label: t('enterprise.registeredCapital'),
      children: amount ? `${amount} ${t('common.tenThousandYuan')}` : empty,
    },
    { key: 'established', label: t('enterprise.establishedOn'), children: detail.establishedOn ?? empty },
    { key: 'address', label: t('enterprise.address'), children: detail.address ?? empty, span: 2 },
    {
      key: 'tags',
      label: t('enterprise.customTags'),
      children: detail.tags.length > 0 ? detail.tags.join('、') : empty,
      span: 2,
    },
    {
      key: 'notes',
      label: t('enterprise.notes'),
      children: detail.notes ? <span style={{ whiteSpace: 'pre-wrap' }}>{detail.notes}</span> : empty,
      span: 2,
    },
    {
      key: 'updatedAt',
      label: t('enterprise.updatedAt'),
      children: formatDateTime(detail.updatedAt, language),
    },
  ];

  const editButton = access.mayWrite ? (
    <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="enterprise-edit">
      {t('common.edit')}
    </Button>
  ) : access.mayEditOwn ? (
    <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="enterprise-edit-address">
      {t('enterprise.editAddress')}
    </Button>
  ) : undefined;

  return (
    <>
      {access.mayEditOwn && (
        <Alert type="info" showIcon title={t('enterprise.ownEditHint')} style={{ marginBottom: 16 }} />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} extra={editButton} />
      {access.mayWrite && (
        <EnterpriseFormDrawer
          open={editing}
          detail={detail}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
          onReload={onChanged}
        />
      )}
      {access.mayEditOwn && (
        <AddressDialog
          open={editing}
          detail={detail}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
          onReload={onChanged}
        />
      )}
    </>
  );
}
