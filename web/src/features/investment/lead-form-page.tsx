import { Alert, App, Button, Card, Form, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useCurrentUser } from '../../app/session/session';
import { listParks } from '../enterprises/enterprises-api';
import { cleanAmount, plainAmount } from './investment-format';
import { LeadDuplicateWarning, useLeadHolders } from './lead-duplicate-warning';
import { LeadFormFields, leadServerFields, type LeadFormValues } from './lead-form-fields';
import { createLead, getLead, updateLead, type CreateLeadRequest, type LeadDetail } from './leads-api';

const text = (value: string | undefined) => value?.trim() || null;

function requestOf(values: LeadFormValues): CreateLeadRequest {
  return {
    companyName: values.companyName.trim(),
    creditCode: text(values.creditCode),
    enterpriseId: values.enterpriseId ?? null,
    contactName: text(values.contactName),
    contactPhone: text(values.contactPhone),
    industryCode: text(values.industryCode),
    intendedInvestment: cleanAmount(values.intendedInvestment) ?? null,
    source: values.source,
    anchorEnterpriseId: values.source === 'anchor' ? (values.anchorEnterpriseId ?? null) : null,
    parkId: values.parkId ?? null,
    summary: text(values.summary),
  };
}

function valuesOf(lead: LeadDetail): LeadFormValues {
  return {
    companyName: lead.companyName,
    creditCode: lead.creditCode ?? undefined,
    enterpriseId: lead.enterprise?.id ?? null,
    contactName: lead.contactName ?? undefined,
    contactPhone: lead.contactPhone ?? undefined,
    industryCode: lead.industryCode ?? undefined,
    intendedInvestment: plainAmount(lead.intendedInvestment),
    source: lead.source,
    anchorEnterpriseId: lead.anchorEnterprise?.id ?? null,
    parkId: lead.park?.id,
    summary: lead.summary ?? undefined,
  };
}

/**
 * 登记线索 (and 编辑线索 at `/investment/:leadId/edit`): while the company name is typed, the
 * 首报首谈 check says who holds it already. A later registration is still saved and flagged; one's
 * own company twice is refused with a link to the existing lead.
 */
export function LeadFormPage() {
  const { leadId } = useParams();
  const { t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeadFormValues>();
  const parks = useApiQuery((signal) => listParks(signal), []);
  const existing = useApiQuery(
    (signal) => (leadId ? getLead(leadId, signal) : Promise.resolve(undefined)),
    [leadId],
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [heldByMe, setHeldByMe] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const companyName = Form.useWatch('companyName', form);
  const creditCode = Form.useWatch('creditCode', form);
  const { holders } = useLeadHolders(companyName, creditCode);
  const holder = holders.find((each) => each.leadId !== leadId);

  useEffect(() => {
    if (existing.data) form.setFieldsValue(valuesOf(existing.data));
  }, [existing.data]);

  if (existing.error) return <ApiErrorView error={existing.error} onRetry={existing.reload} />;
  if (leadId && !existing.data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );

  const submit = async (values: LeadFormValues) => {
    setSaving(true);
    setError(undefined);
    setHeldByMe(undefined);
    try {
      const request = requestOf(values);
      const saved = existing.data
        ? await updateLead(existing.data.id, { ...request, version: existing.data.version })
        : await createLead(request);
      if (saved.duplicateOf) void message.warning(t('investment.form.savedAsDuplicate'));
      else void message.success(existing.data ? t('investment.form.updated') : t('investment.form.created'));
      void navigate(`/investment/${saved.id}`, { replace: Boolean(existing.data) });
    } catch (reason) {
      if (reason instanceof ApiError && reason.code === 'LEAD_HELD_BY_YOU') {
        const current = reason.current as { leadId?: string } | undefined;
        setHeldByMe(current?.leadId ?? '');
        setError(reason.message);
      } else if (reason instanceof ApiError && reason.code === 'CONFLICT') {
        setConflict(true);
        existing.reload();
      } else if (reason instanceof ApiError) {
        setError(showFieldErrors(form, reason, leadServerFields));
      } else {
        setError(t('error.unexpected'));
      }
    } finally {
      setSaving(false);
    }
  };

  const isOwnHolder = holder !== undefined && holder.ownerName === user.displayName;
  const notice = holder ? (
    <LeadDuplicateWarning
      holder={holder}
      isOwnLead={isOwnHolder}
      extra={isOwnHolder ? t('investment.duplicate.ownHint') : t('investment.duplicate.formHint')}
    />
  ) : undefined;

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {existing.data ? t('investment.edit.title') : t('investment.new.button')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('investment.form.hint')}</Typography.Text>
        </div>
      </div>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title={t('investment.form.conflict')}
          closable={{ onClose: () => setConflict(false) }}
          style={{ marginBottom: 16 }}
        />
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="lead-form-error"
          action={
            heldByMe ? (
              <Link to={`/investment/${heldByMe}`}>
                <Button size="small">{t('investment.form.openMine')}</Button>
              </Link>
            ) : undefined
          }
        />
      )}
      <Form<LeadFormValues>
        form={form}
        layout="vertical"
        style={{ maxWidth: 860 }}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <LeadFormFields
          parks={parks.data}
          initialEnterprise={existing.data?.enterprise}
          initialAnchor={existing.data?.anchorEnterprise}
          duplicateNotice={notice}
        />
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="lead-form-submit">
            {existing.data ? t('common.save') : t('investment.form.submit')}
          </Button>
          <Button disabled={saving} onClick={() => void navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
