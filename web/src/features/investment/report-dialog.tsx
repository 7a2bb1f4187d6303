import { todayInChina } from '@gaoxin/domain';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { listDepartments } from '../users/users-api';
import { addProgressReport, type ProjectDetail } from './projects-api';
import { useFormSubmit } from './use-form-submit';

interface ReportValues {
  weekOf: Dayjs;
  done: string;
  blockers?: string;
  helpNeeded?: string;
  helpDepartmentId?: string;
}

/**
 * 周进展: what was done, what blocks, what help is needed and from which department (that department
 * then sees the project). The week is given by its Monday.
 */
export function ReportDialog({
  project,
  open,
  onClose,
  onDone,
}: {
  project: ProjectDetail;
  open: boolean;
  onClose: () => void;
  onDone: (project: ProjectDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const submit = useFormSubmit(form, {
    weekOf: 'weekOf',
    done: 'done',
    blockers: 'blockers',
    helpNeeded: 'helpNeeded',
    helpDepartmentId: 'helpDepartmentId',
  });
  const departments = useApiQuery((signal) => (open ? listDepartments(signal) : Promise.resolve([])), [open]);
  const helpNeeded = Form.useWatch('helpNeeded', form);
  const today = dayjs(todayInChina());

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    submit.setError(undefined);
  }, [open]);

  const save = async (values: ReportValues) => {
    const saved = await submit.run(() =>
      addProgressReport(project.id, {
        weekOf: values.weekOf.format('YYYY-MM-DD'),
        done: values.done.trim(),
        blockers: values.blockers?.trim() || null,
        helpNeeded: values.helpNeeded?.trim() || null,
        helpDepartmentId: values.helpDepartmentId ?? null,
      }),
    );
    if (!saved) return;
    void message.success(t('projects.reports.saved'));
    onDone(saved);
  };

  // Monday of this week (China), never after today.
  const monday = today.subtract((today.day() + 6) % 7, 'day');
  return (
    <Modal
      open={open}
      width={640}
      title={t('projects.reports.add')}
      onCancel={onClose}
      forceRender
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={submit.saving}
            onClick={() => form.submit()}
            data-testid="report-form-ok"
          >
            {t('projects.reports.submit')}
          </Button>
        </Space>
      }
    >
      {submit.error && <Alert type="error" showIcon title={submit.error} style={{ marginBottom: 16 }} />}
      <Form<ReportValues>
        form={form}
        layout="vertical"
        initialValues={{ weekOf: monday }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          label={t('projects.reports.weekOf')}
          name="weekOf"
          rules={[{ required: true, message: t('projects.reports.weekRequired') }]}
          extra={t('projects.reports.weekHint')}
        >
          <DatePicker allowClear={false} disabledDate={(date) => date.isAfter(today, 'day')} />
        </Form.Item>
        <Form.Item
          label={t('projects.reports.done')}
          name="done"
          rules={[
            { required: true, whitespace: true, message: t('projects.reports.doneRequired') },
            { min: 2, max: 2000, message: t('projects.reports.doneLength') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="report-form-done" />
        </Form.Item>
        <Form.Item label={t('projects.reports.blockers')} name="blockers" rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="report-form-blockers" />
        </Form.Item>
        <Form.Item label={t('projects.reports.helpNeeded')} name="helpNeeded" rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="report-form-help" />
        </Form.Item>
        <Form.Item
          label={t('projects.reports.helpDepartment')}
          name="helpDepartmentId"
          extra={departments.error?.message ?? t('projects.reports.helpDepartmentHint')}
          rules={[
            {
              validator: (_rule, value: string | undefined) =>
                value && !helpNeeded?.trim()
                  ? Promise.reject(new Error(t('projects.reports.helpTextRequired')))
                  : Promise.resolve(),
            },
          ]}
          dependencies={['helpNeeded']}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={departments.loading}
            options={(departments.data ?? []).map((department) => ({
              value: department.id,
              label: department.name,
            }))}
            placeholder={t('projects.reports.pickDepartment')}
            data-testid="report-form-department"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
