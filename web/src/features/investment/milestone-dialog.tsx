import { todayInChina } from '@gaoxin/domain';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { addMilestone, changeMilestone, type ProjectDetail, type ProjectMilestone } from './projects-api';
import { useFormSubmit } from './use-form-submit';

interface MilestoneValues {
  name: string;
  plannedOn: Dayjs;
  actualOn?: Dayjs | null;
}

/** What the dialog does: add a milestone, edit one, or complete one (its actual date prefilled with today). */
export type MilestoneEdit = { mode: 'add' } | { mode: 'edit' | 'complete'; milestone: ProjectMilestone };

/** 新增节点 / 修改节点 / 完成节点: name, planned date (not before signing), actual date (not after today). */
export function MilestoneDialog({
  project,
  edit,
  onClose,
  onDone,
}: {
  project: ProjectDetail;
  edit: MilestoneEdit | undefined;
  onClose: () => void;
  onDone: (project: ProjectDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<MilestoneValues>();
  const submit = useFormSubmit(form, { name: 'name', plannedOn: 'plannedOn', actualOn: 'actualOn' });
  const today = dayjs(todayInChina());

  useEffect(() => {
    if (!edit) return;
    form.resetFields();
    submit.setError(undefined);
    if (edit.mode !== 'add')
      form.setFieldsValue({
        name: edit.milestone.name,
        plannedOn: dayjs(edit.milestone.plannedOn),
        actualOn:
          edit.mode === 'complete' ? today : edit.milestone.actualOn ? dayjs(edit.milestone.actualOn) : null,
      });
  }, [edit]);

  const save = async (values: MilestoneValues) => {
    if (!edit) return;
    const request = {
      name: values.name.trim(),
      plannedOn: values.plannedOn.format('YYYY-MM-DD'),
      actualOn: values.actualOn ? values.actualOn.format('YYYY-MM-DD') : null,
    };
    const saved = await submit.run(() =>
      edit.mode === 'add'
        ? addMilestone(project.id, request)
        : changeMilestone(project.id, edit.milestone.id, request),
    );
    if (!saved) return;
    void message.success(t('projects.milestone.saved'));
    onDone(saved);
  };

  const title =
    edit?.mode === 'complete'
      ? t('projects.milestone.complete')
      : edit?.mode === 'edit'
        ? t('projects.milestone.edit')
        : t('projects.milestone.add');
  return (
    <Modal
      open={edit !== undefined}
      title={title}
      onCancel={onClose}
      forceRender
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={submit.saving}
            onClick={() => form.submit()}
            data-testid="milestone-form-ok"
          >
            {edit?.mode === 'complete' ? t('projects.milestone.complete') : t('common.save')}
          </Button>
        </Space>
      }
    >
      {submit.error && <Alert type="error" showIcon title={submit.error} style={{ marginBottom: 16 }} />}
      <Form<MilestoneValues> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item
          label={t('projects.milestone.name')}
          name="name"
          rules={[
            { required: true, whitespace: true, message: t('projects.milestone.nameRequired') },
            { min: 2, max: 60, message: t('projects.milestone.nameLength') },
          ]}
        >
          <Input maxLength={60} data-testid="milestone-form-name" />
        </Form.Item>
        <Space wrap size={16}>
          <Form.Item
            label={t('projects.milestone.plannedOn')}
            name="plannedOn"
            rules={[{ required: true, message: t('projects.milestone.plannedRequired') }]}
          >
            <DatePicker
              disabledDate={(date) => date.isBefore(dayjs(project.signedOn), 'day')}
              data-testid="milestone-form-planned"
            />
          </Form.Item>
          <Form.Item
            label={t('projects.milestone.actualOn')}
            name="actualOn"
            extra={t('projects.milestone.actualHint')}
          >
            <DatePicker
              disabledDate={(date) => date.isAfter(today, 'day')}
              data-testid="milestone-form-actual"
            />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
