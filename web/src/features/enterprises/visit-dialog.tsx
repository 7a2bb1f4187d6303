import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';
import { useCurrentUser } from '../../app/session/session';
import { addVisit } from './enterprise-records-api';

interface VisitFormValues {
  visitedOn: Dayjs;
  visitors: string;
  summary: string;
  problems: string[];
  nextStep?: string;
}

const serverFields = {
  visitedOn: 'visitedOn',
  visitors: 'visitors',
  summary: 'summary',
  nextStep: 'nextStep',
};

/** "登记走访": date (not in the future), who went, what was discussed, the problems raised, the next step. */
export function VisitDialog({
  enterpriseId,
  open,
  onClose,
  onSaved,
}: {
  enterpriseId: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitFormValues>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    const visitors = [user.department?.name, user.displayName].filter(Boolean).join(' ');
    form.setFieldsValue({ visitedOn: dayjs(), visitors, problems: [''] });
    setError(undefined);
  }, [open]);

  const submit = async (values: VisitFormValues) => {
    setSaving(true);
    setError(undefined);
    try {
      await addVisit(enterpriseId, {
        visitedOn: values.visitedOn.format('YYYY-MM-DD'),
        visitors: values.visitors.trim(),
        summary: values.summary.trim(),
        problems: values.problems.map((problem) => problem.trim()).filter(Boolean),
        nextStep: values.nextStep?.trim() || null,
      });
      void message.success(t('visit.saved'));
      onSaved();
    } catch (reason) {
      if (!(reason instanceof ApiError)) setError(t('error.unexpected'));
      else {
        // Problems are a list: their messages go above the form rather than next to one input.
        const isProblem = (field: string) => field.startsWith('problems');
        const others = reason.details.filter((detail) => !isProblem(detail.field));
        const listed = reason.details
          .filter((detail) => isProblem(detail.field))
          .map((detail) => detail.message);
        const rest = showFieldErrors(
          form,
          new ApiError(reason.status, reason.code, reason.message, others),
          serverFields,
        );
        setError([rest, ...listed].filter(Boolean).join('；') || undefined);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      width={640}
      title={t('visit.addTitle')}
      onCancel={onClose}
      forceRender
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            onClick={() => form.submit()}
            data-testid="visit-form-submit"
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<VisitFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Space align="start" size={16} style={{ display: 'flex' }}>
          <Form.Item
            label={t('visit.visitedOn')}
            name="visitedOn"
            rules={[{ required: true, message: t('visit.visitedOnRequired') }]}
          >
            <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} allowClear={false} />
          </Form.Item>
          <Form.Item
            label={t('visit.visitors')}
            name="visitors"
            style={{ flex: 1, minWidth: 280 }}
            rules={[{ required: true, whitespace: true, message: t('visit.visitorsRequired') }, { max: 100 }]}
          >
            <Input maxLength={100} placeholder={t('visit.visitorsPlaceholder')} />
          </Form.Item>
        </Space>
        <Form.Item
          label={t('visit.summary')}
          name="summary"
          rules={[{ required: true, whitespace: true, message: t('visit.summaryRequired') }, { max: 2000 }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="visit-form-summary" />
        </Form.Item>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <Form.Item label={t('visit.problems')} extra={t('visit.problemsHint')}>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 8 }}>
                  <Form.Item name={field.name} noStyle rules={[{ max: 500 }]}>
                    <Input
                      maxLength={500}
                      style={{ width: 520 }}
                      placeholder={t('visit.problemPlaceholder', { index: index + 1 })}
                      data-testid="visit-form-problem"
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              {fields.length < 20 && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add('')}
                  data-testid="visit-add-problem"
                >
                  {t('visit.addProblem')}
                </Button>
              )}
            </Form.Item>
          )}
        </Form.List>
        <Form.Item label={t('visit.nextStep')} name="nextStep" rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('visit.nextStepPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
