import { Alert, App, Button, Drawer, Form, Space } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import type { EnterpriseDetail } from '../../api/contract';
import { showFieldErrors } from '../../api/form-errors';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { EnterpriseFormFields } from './enterprise-form-fields';
import {
  emptyFormValues,
  fromDetail,
  serverFields,
  toCreateRequest,
  toUpdateRequest,
  type EnterpriseFormValues,
} from './enterprise-form-values';
import { createEnterprise, listParks, updateEnterprise, type SavedEnterprise } from './enterprises-api';
import { useShowWarnings } from './use-show-warnings';

interface EnterpriseFormDrawerProps {
  open: boolean;
  /** The record to edit; a new enterprise is registered when absent. */
  detail?: EnterpriseDetail;
  onClose: () => void;
  onSaved: (saved: SavedEnterprise) => void;
  /** Loads the record again after a conflict (someone else saved first). */
  onReload?: () => void;
}

/** Registers an enterprise or edits its record; every field is checked as typed with the server's rules. */
export function EnterpriseFormDrawer({
  open,
  detail,
  onClose,
  onSaved,
  onReload,
}: EnterpriseFormDrawerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showWarnings = useShowWarnings();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const parks = useApiQuery((signal) => (open ? listParks(signal) : Promise.resolve(undefined)), [open]);

  // Fill the form whenever it opens, and again when a reload after a conflict brings a newer version.
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(detail ? fromDetail(detail) : emptyFormValues);
    setConflict(false);
    setError(undefined);
  }, [open, detail?.version]);

  const submit = async (values: EnterpriseFormValues) => {
    setError(undefined);
    setConflict(false);
    let saved: SavedEnterprise;
    setSaving(true);
    try {
      if (detail) {
        const request = toUpdateRequest(detail, values);
        if (!request) {
          void message.info(t('enterprise.nothingChanged'));
          onClose();
          return;
        }
        saved = await updateEnterprise(detail.id, request);
      } else {
        saved = await createEnterprise(toCreateRequest(values));
      }
    } catch (reason) {
      if (!(reason instanceof ApiError)) setError(t('error.unexpected'));
      else if (reason.code === 'CONFLICT') setConflict(true);
      else if (reason.code === 'DUPLICATE_CREDIT_CODE')
        form.setFields([{ name: 'creditCode', errors: [reason.message] }]);
      else setError(showFieldErrors(form, reason, serverFields));
      return;
    } finally {
      setSaving(false);
    }
    void message.success(
      detail ? t('enterprise.saved', { name: saved.name }) : t('enterprise.created', { name: saved.name }),
    );
    showWarnings(saved.warnings);
    onSaved(saved);
  };

  return (
    <Drawer
      open={open}
      size={720}
      title={detail ? t('enterprise.editTitle', { name: detail.name }) : t('enterprise.createTitle')}
      onClose={onClose}
      destroyOnHidden={false}
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            onClick={() => {
              form.submit();
            }}
            data-testid="enterprise-form-submit"
          >
            {detail ? t('common.save') : t('enterprise.createSubmit')}
          </Button>
        </Space>
      }
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('enterprise.conflict')}
          action={
            onReload && (
              <Button size="small" onClick={onReload}>
                {t('enterprise.reload')}
              </Button>
            )
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<EnterpriseFormValues>
        form={form}
        name={detail ? 'edit-enterprise' : 'create-enterprise'}
        layout="vertical"
        initialValues={emptyFormValues}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <EnterpriseFormFields form={form} parks={parks.data} />
      </Form>
    </Drawer>
  );
}
