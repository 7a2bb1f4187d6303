import { todayInChina } from '@gaoxin/domain';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { ApiError } from '../../api/client';
import { useI18n } from '../../app/i18n/i18n';
import { projectStages, stageKeys } from './investment-labels';
import { changeProjectStage, isProjectDetail, type ProjectDetail, type ProjectStage } from './projects-api';
import { useFormSubmit } from './use-form-submit';

interface StageValues {
  to: ProjectStage;
  happenedOn: Dayjs;
  reason?: string;
}

/**
 * 推进阶段: the stage and the date it was reached (not after today, not before signing). Going back
 * needs a reason and clears the later stages' dates. Sends the version read; a 409 hands the fresh
 * project to `onConflict`.
 */
export function StageDialog({
  project,
  open,
  onClose,
  onDone,
  onConflict,
}: {
  project: ProjectDetail;
  open: boolean;
  onClose: () => void;
  onDone: (project: ProjectDetail) => void;
  onConflict: (current: ProjectDetail | undefined, error: ApiError) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<StageValues>();
  const submit = useFormSubmit(form, { to: 'to', happenedOn: 'happenedOn', reason: 'reason' }, (error) =>
    onConflict(isProjectDetail(error.current) ? error.current : undefined, error),
  );
  const to = Form.useWatch('to', form);
  const currentIndex = projectStages.indexOf(project.stage);
  const isBackwards = to !== undefined && projectStages.indexOf(to) < currentIndex;
  const next = projectStages[currentIndex + 1];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ to: next, happenedOn: dayjs(todayInChina()) });
    submit.setError(undefined);
  }, [open, project.id, project.version]);

  const save = async (values: StageValues) => {
    const saved = await submit.run(() =>
      changeProjectStage(project.id, {
        to: values.to,
        happenedOn: values.happenedOn.format('YYYY-MM-DD'),
        reason: values.reason?.trim() || undefined,
        version: project.version,
      }),
    );
    if (!saved) return;
    void message.success(t('projects.stageForm.done', { stage: t(stageKeys[values.to]) }));
    onDone(saved);
  };

  return (
    <Modal
      open={open}
      title={t('projects.stageForm.title')}
      onCancel={onClose}
      forceRender
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={submit.saving}
            onClick={() => form.submit()}
            data-testid="stage-form-ok"
          >
            {t('projects.stageForm.submit')}
          </Button>
        </Space>
      }
    >
      {submit.error && <Alert type="error" showIcon title={submit.error} style={{ marginBottom: 16 }} />}
      <Form<StageValues> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item
          label={t('projects.stageForm.to')}
          name="to"
          rules={[{ required: true, message: t('projects.stageForm.toRequired') }]}
          extra={t('projects.stageForm.current', { stage: t(stageKeys[project.stage]) })}
        >
          <Select
            onChange={(stage: ProjectStage) => {
              // Going back keeps the date that stage was first reached (签约 keeps the signing date).
              const reached = projectStages.indexOf(stage) < currentIndex ? project.stageDates[stage] : null;
              form.setFieldsValue({ happenedOn: reached ? dayjs(reached) : dayjs(todayInChina()) });
            }}
            options={projectStages
              .filter((stage) => stage !== project.stage)
              .map((stage) => ({
                value: stage,
                label:
                  projectStages.indexOf(stage) < currentIndex
                    ? t('projects.stageForm.backTo', { stage: t(stageKeys[stage]) })
                    : t(stageKeys[stage]),
              }))}
            data-testid="stage-form-to"
          />
        </Form.Item>
        <Form.Item
          label={t('projects.stageForm.happenedOn')}
          name="happenedOn"
          rules={[{ required: true, message: t('projects.stageForm.dateRequired') }]}
        >
          <DatePicker
            allowClear={false}
            disabledDate={(date) =>
              date.isAfter(dayjs(todayInChina()), 'day') || date.isBefore(dayjs(project.signedOn), 'day')
            }
            data-testid="stage-form-date"
          />
        </Form.Item>
        {isBackwards && (
          <Alert
            type="warning"
            showIcon
            title={t('projects.stageForm.backwardsHint')}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form.Item
          label={isBackwards ? t('projects.stageForm.reason') : t('projects.stageForm.remark')}
          name="reason"
          rules={[
            { required: isBackwards, whitespace: true, message: t('projects.stageForm.reasonRequired') },
            { max: 500 },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="stage-form-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
