import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { Contact, EnterpriseDetail } from '../../api/contract';
import { RowActions } from './row-actions';
import { useI18n } from '../../app/i18n/i18n';
import { ContactDialog } from './contact-dialog';
import { removeContact, revealContact } from './enterprise-records-api';
import type { ProfileAccess } from './profile-access';

/** 联系人: mobiles masked until "显示" is clicked (each reveal is audited); officers and the enterprise edit. */
export function ContactsTab({
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
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [revealing, setRevealing] = useState<string>();
  const [dialog, setDialog] = useState<{ editing?: Contact } | undefined>();

  const fail = (reason: unknown) => {
    void message.error(reason instanceof ApiError ? reason.message : t('error.unexpected'));
  };

  const reveal = async (contact: Contact) => {
    setRevealing(contact.id);
    try {
      const full = await revealContact(detail.id, contact.id);
      if (full.mobile) setRevealed((current) => ({ ...current, [contact.id]: full.mobile ?? '' }));
    } catch (reason) {
      fail(reason);
    } finally {
      setRevealing(undefined);
    }
  };

  const remove = async (contact: Contact) => {
    try {
      await removeContact(detail.id, contact.id);
      void message.success(t('contact.removed', { name: contact.name }));
      onChanged();
    } catch (reason) {
      fail(reason);
    }
  };

  const columns: TableProps<Contact>['columns'] = [
    { title: t('contact.name'), dataIndex: 'name' },
    { title: t('contact.position'), key: 'position', render: (_value, item) => item.position ?? '—' },
    {
      title: t('contact.mobile'),
      key: 'mobile',
      render: (_value, item) => {
        if (!item.mobile) return '—';
        const full = revealed[item.id];
        return (
          <Space size={8}>
            <span className="gx-mono" style={{ fontSize: 13 }} data-testid="contact-mobile">
              {full ?? item.mobile}
            </span>
            {!full && (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                loading={revealing === item.id}
                onClick={() => void reveal(item)}
                title={t('contact.revealHint')}
                data-testid="contact-reveal"
              >
                {t('contact.reveal')}
              </Button>
            )}
          </Space>
        );
      },
    },
  ];
  if (access.mayManageContacts) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_value, item) => (
        <RowActions
          confirmTitle={t('contact.removeConfirm', { name: item.name })}
          onEdit={() => setDialog({ editing: item })}
          onRemove={() => remove(item)}
        />
      ),
    });
  }

  return (
    <>
      <div className="gx-section-header">
        <Typography.Text type="secondary">{t('contact.maskHint')}</Typography.Text>
        {access.mayManageContacts && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({})}
            data-testid="add-contact"
          >
            {t('contact.add')}
          </Button>
        )}
      </div>
      <Table<Contact>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={detail.contacts}
        pagination={false}
        locale={{
          emptyText: (
            <Empty description={access.mayManageContacts ? t('contact.emptyEditable') : t('contact.empty')} />
          ),
        }}
      />
      {access.mayManageContacts && (
        <ContactDialog
          enterpriseId={detail.id}
          open={dialog !== undefined}
          editing={dialog?.editing}
          knownMobile={dialog?.editing ? revealed[dialog.editing.id] : undefined}
          onClose={() => setDialog(undefined)}
          onSaved={() => {
            const edited = dialog?.editing?.id;
            if (edited) setRevealed(({ [edited]: _dropped, ...rest }) => rest);
            setDialog(undefined);
            onChanged();
          }}
        />
      )}
    </>
  );
}
