import { reopenRatingAtMost } from '@gaoxin/domain';
import { Alert, App, Button, Form, Input, Modal, Rate, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { listDepartments } from '../users/users-api';
import { stepKeys } from './appeal-labels';
import { transitionAppeal, type AppealDetail, type AppealStep } from './appeals-api';

interface StepFields {
  /** Whether the step needs a note, and what the note is called. */
  note: { required: boolean; label: MessageKey; placeholder: MessageKey };
  /** dispatch: the lead department; transfer: a different one. */
  department?: 'dispatch' | 'transfer';
  rating?: boolean;
}

const stepFields: Record<AppealStep, StepFields> = {
  dispatch: {
    department: 'dispatch',
    note: {
      required: false,
      label: 'appeals.stepForm.dispatchNote',
      placeholder: 'appeals.stepForm.dispatchNoteHint',
    },
  },
  accept: {
    note: { required: false, label: 'appeals.stepForm.remark', placeholder: 'appeals.stepForm.acceptHint' },
  },
  start: {
    note: { required: false, label: 'appeals.stepForm.remark', placeholder: 'appeals.stepForm.startHint' },
  },
  resolve: {
    note: {
      required: true,
      label: 'appeals.stepForm.resolution',
      placeholder: 'appeals.stepForm.resolutionHint',
    },
  },
  returnForInformation: {
    note: { required: true, label: 'appeals.stepForm.needed', placeholder: 'appeals.stepForm.neededHint' },
  },
  supplyInformation: {
    note: {
      required: true,
      label: 'appeals.stepForm.supplied',
      placeholder: 'appeals.stepForm.suppliedHint',
    },
  },
  reject: {
    note: {
      required: true,
      label: 'appeals.stepForm.rejectReason',
      placeholder: 'appeals.stepForm.rejectHint',
    },
  },
  transfer: {
    department: 'transfer',
    note: {
      required: true,
      label: 'appeals.stepForm.transferReason',
      placeholder: 'appeals.stepForm.transferHint',
    },
  },
  rate: {
    rating: true,
    note: { required: false, label: 'appeals.stepForm.comment', placeholder: 'appeals.stepForm.commentHint' },
  },
};

interface StepValues {
  note?: string;
  rating?: number;
  departmentId?: string;
  assistingDepartmentIds?: string[];
}

const serverFields = {
  note: 'note',
  rating: 'rating',
  departmentId: 'departmentId',
  assistingDepartmentIds: 'assistingDepartmentIds',
};

function isAppealDetail(value: unknown): value is AppealDetail {
  return typeof value === 'object' && value !== null && 'allowedSteps' in value && 'version' in value;
}

/**
 * The dialog of one workflow step with exactly the fields it needs (note, department, assisting
 * departments, rating). Sends the version the reader saw; a 409 hands the fresh appeal to `onConflict`.
 */
export function StepDialog({
  appeal,
  step,
  preface,
  onClose,
  onDone,
  onConflict,
}: {
  /** Undefined while the appeal is still loading (the dispatch board opens the dialog first). */
  appeal: AppealDetail | undefined;
  step: AppealStep | undefined;
  preface?: ReactNode;
  onClose: () => void;
  onDone: (appeal: AppealDetail) => void;
  /** A 409: the fresh appeal when the server sent it, and the error (CONFLICT or APPEAL_ILLEGAL_STEP). */
  onConflict: (current: AppealDetail | undefined, error: ApiError) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const fields = step ? stepFields[step] : undefined;
  const needsDepartments = Boolean(fields?.department);
  const departments = useApiQuery(
    (signal) => (needsDepartments ? listDepartments(signal) : Promise.resolve([])),
    [needsDepartments],
  );
  const lead = Form.useWatch('departmentId', form);
  const rating = Form.useWatch('rating', form);

  useEffect(() => {
    if (!step) return;
    form.resetFields();
    setError(undefined);
  }, [step, appeal?.id]);

  const submit = async (values: StepValues) => {
    if (!appeal || !step) return;
    setSaving(true);
    setError(undefined);
    try {
      const next = await transitionAppeal(appeal.id, {
        to: step,
        version: appeal.version,
        note: values.note?.trim() || undefined,
        rating: fields?.rating ? values.rating : undefined,
        departmentId: fields?.department ? values.departmentId : undefined,
        assistingDepartmentIds:
          step === 'dispatch' && values.assistingDepartmentIds?.length
            ? values.assistingDepartmentIds
            : undefined,
      });
      void message.success(t('appeals.stepForm.done', { step: t(stepKeys[step]) }));
      onDone(next);
    } catch (reason) {
      if (reason instanceof ApiError && reason.status === 409) {
        onConflict(isAppealDetail(reason.current) ? reason.current : undefined, reason);
      } else if (reason instanceof ApiError) {
        setError(showFieldErrors(form, reason, serverFields));
      } else {
        setError(t('error.unexpected'));
      }
    } finally {
      setSaving(false);
    }
  };

  const excluded = new Set(
    fields?.department === 'transfer' && appeal?.leadDepartment ? [appeal.leadDepartment.id] : [],
  );
  const departmentOptions = (departments.data ?? [])
    .filter((department) => !excluded.has(department.id))
    .map((department) => ({ value: department.id, label: department.name }));

  return (
    <Modal
      open={step !== undefined}
      width={600}
      title={step ? t(stepKeys[step]) : ''}
      onCancel={onClose}
      forceRender
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            disabled={!appeal}
            danger={step === 'reject'}
            onClick={() => form.submit()}
            data-testid="step-modal-ok"
          >
            {step ? t(stepKeys[step]) : t('common.save')}
          </Button>
        </Space>
      }
    >
      {!appeal && <Skeleton active paragraph={{ rows: 4 }} />}
      {appeal && preface}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<StepValues>
        form={form}
        layout="vertical"
        style={appeal ? undefined : { display: 'none' }}
        onFinish={(values) => void submit(values)}
      >
        {fields?.department && (
          <Form.Item
            label={
              fields.department === 'transfer'
                ? t('appeals.stepForm.newDepartment')
                : t('appeals.stepForm.lead')
            }
            name="departmentId"
            rules={[{ required: true, message: t('appeals.stepForm.departmentRequired') }]}
            extra={departments.error?.message}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={departments.loading}
              options={departmentOptions}
              placeholder={t('appeals.stepForm.pickDepartment')}
              data-testid="step-department"
            />
          </Form.Item>
        )}
        {step === 'dispatch' && (
          <Form.Item
            label={t('appeals.stepForm.assisting')}
            name="assistingDepartmentIds"
            extra={t('appeals.stepForm.assistingHint')}
            rules={[{ type: 'array', max: 6, message: t('appeals.stepForm.assistingMax') }]}
          >
            <Select
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={departments.loading}
              options={departmentOptions.filter((option) => option.value !== lead)}
              data-testid="step-assisting"
            />
          </Form.Item>
        )}
        {fields?.rating && (
          <Form.Item
            label={t('appeals.stepForm.rating')}
            name="rating"
            rules={[{ required: true, message: t('appeals.stepForm.ratingRequired') }]}
            extra={
              <Typography.Text
                type={rating !== undefined && rating <= reopenRatingAtMost ? 'warning' : 'secondary'}
              >
                {t('appeals.stepForm.ratingHint', { at: reopenRatingAtMost })}
              </Typography.Text>
            }
          >
            <Rate allowClear={false} data-testid="step-rating" />
          </Form.Item>
        )}
        {fields && (
          <Form.Item
            label={t(fields.note.label)}
            name="note"
            rules={[
              {
                required: fields.note.required,
                whitespace: true,
                message: t('appeals.stepForm.noteRequired'),
              },
              { max: 2000 },
            ]}
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              showCount
              placeholder={t(fields.note.placeholder)}
              data-testid="step-note"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
