import { todayInChina } from '@gaoxin/domain';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Select, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';
import { followUpKindKeys, leadFollowUpKinds } from './investment-labels';
import { addFollowUp, type LeadDetail, type LeadFollowUpKind } from './leads-api';

interface FollowUpValues {
  kind: LeadFollowUpKind;
  happenedOn: Dayjs;
  note: string;
}

/** The owner's form for one follow-up; the first one stops the first-contact clock. */
function FollowUpForm({ lead, onSaved }: { lead: LeadDetail; onSaved: (lead: LeadDetail) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FollowUpValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (values: FollowUpValues) => {
    setSaving(true);
    setError(undefined);
    try {
      const next = await addFollowUp(lead.id, {
        kind: values.kind,
        happenedOn: values.happenedOn.format('YYYY-MM-DD'),
        note: values.note.trim(),
      });
      void message.success(t('investment.followUp.saved'));
      form.resetFields();
      onSaved(next);
    } catch (reason) {
      if (reason instanceof ApiError)
        setError(showFieldErrors(form, reason, { kind: 'kind', happenedOn: 'happenedOn', note: 'note' }));
      else setError(t('error.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<FollowUpValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'contact', happenedOn: dayjs(todayInChina()) }}
      onFinish={(values) => void submit(values)}
      className="gx-investment-follow-up-form"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <div className="gx-investment-inline-fields">
        <Form.Item label={t('investment.followUp.kind')} name="kind" rules={[{ required: true }]}>
          <Select
            style={{ width: 140 }}
            options={leadFollowUpKinds.map((kind) => ({ value: kind, label: t(followUpKindKeys[kind]) }))}
            data-testid="follow-up-kind"
          />
        </Form.Item>
        <Form.Item
          label={t('investment.followUp.happenedOn')}
          name="happenedOn"
          rules={[{ required: true, message: t('investment.followUp.dateRequired') }]}
        >
          <DatePicker
            allowClear={false}
            disabledDate={(date) => date.isAfter(dayjs(todayInChina()), 'day')}
            data-testid="follow-up-date"
          />
        </Form.Item>
      </div>
      <Form.Item
        label={t('investment.followUp.note')}
        name="note"
        rules={[
          { required: true, whitespace: true, message: t('investment.followUp.noteRequired') },
          { min: 2, max: 2000, message: t('investment.followUp.noteLength') },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder={t('investment.followUp.notePlaceholder')}
          data-testid="follow-up-note"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="follow-up-submit">
        {t('investment.followUp.submit')}
      </Button>
    </Form>
  );
}

/** 跟进记录: newest first, and the form for the lead's owner. */
export function LeadFollowUps({ lead, onSaved }: { lead: LeadDetail; onSaved: (lead: LeadDetail) => void }) {
  const { t } = useI18n();
  const items = [...lead.followUps].sort(
    (left, right) =>
      right.happenedOn.localeCompare(left.happenedOn) || right.createdAt.localeCompare(left.createdAt),
  );
  return (
    <Card size="small" title={t('investment.followUp.title')} data-testid="lead-follow-ups">
      {items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            lead.canEdit && (lead.status === 'lead' || lead.status === 'negotiating')
              ? t('investment.followUp.emptyOwner')
              : t('investment.followUp.empty')
          }
        />
      ) : (
        <Timeline
          items={items.map((item) => ({
            key: item.id,
            content: (
              <div data-testid="follow-up">
                <Typography.Text strong>{t(followUpKindKeys[item.kind])}</Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  · {item.happenedOn} · {item.byName}
                </Typography.Text>
                <div className="gx-investment-plain">{item.note}</div>
              </div>
            ),
          }))}
        />
      )}
      {lead.canEdit && <FollowUpForm lead={lead} onSaved={onSaved} />}
    </Card>
  );
}
