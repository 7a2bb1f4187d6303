import { Alert, App, Button, Card, Form, Input, List, Modal, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/client';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { answerHelpRequest, isProjectDetail, type ProjectDetail, type ProjectReport } from './projects-api';
import { useFormSubmit } from './use-form-submit';

/** 待答复 in orange, 已答复 in green. */
export function HelpStatusTag({ report }: { report: ProjectReport }) {
  const { t } = useI18n();
  if (!report.helpStatus) return null;
  return report.helpStatus === 'open' ? (
    <Tag color="orange" data-testid="help-status-open">
      {t('projects.help.open')}
    </Tag>
  ) : (
    <Tag color="green" data-testid="help-status-answered">
      {t('projects.help.answered')}
    </Tag>
  );
}

/** The department's answer: a short text, once (a second answer gets 409 with the fresh project). */
function AnswerDialog({
  project,
  report,
  onClose,
  onDone,
  onConflict,
}: {
  project: ProjectDetail;
  report: ProjectReport | undefined;
  onClose: () => void;
  onDone: (project: ProjectDetail) => void;
  onConflict: (current: ProjectDetail | undefined, error: ApiError) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer: string }>();
  const submit = useFormSubmit(form, { answer: 'answer' }, (error) =>
    onConflict(isProjectDetail(error.current) ? error.current : undefined, error),
  );
  useEffect(() => {
    if (!report) return;
    form.resetFields();
    submit.setError(undefined);
  }, [report?.id]);

  const save = async ({ answer }: { answer: string }) => {
    if (!report) return;
    const saved = await submit.run(() => answerHelpRequest(project.id, report.id, { answer: answer.trim() }));
    if (!saved) return;
    void message.success(t('projects.help.saved'));
    onDone(saved);
  };
  return (
    <Modal
      open={report !== undefined}
      width={560}
      title={t('projects.help.answerTitle', { department: report?.helpDepartment?.name ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('projects.help.submit')}
      confirmLoading={submit.saving}
      okButtonProps={{ 'data-testid': 'help-answer-ok' }}
      forceRender
    >
      {submit.error && <Alert type="error" showIcon title={submit.error} style={{ marginBottom: 16 }} />}
      {report?.helpNeeded && (
        <Typography.Paragraph type="secondary" className="gx-investment-plain">
          {report.helpNeeded}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item
          label={t('projects.help.answer')}
          name="answer"
          rules={[
            { required: true, whitespace: true, message: t('projects.help.answerRequired') },
            { min: 2, max: 2000, message: t('projects.help.answerLength') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="help-answer-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HelpItem({ report, onAnswer }: { report: ProjectReport; onAnswer: () => void }) {
  const { t, language } = useI18n();
  return (
    <List.Item
      data-testid="project-help-request"
      actions={
        report.canAnswerHelp
          ? [
              <Button key="answer" type="primary" size="small" onClick={onAnswer} data-testid="help-answer">
                {t('projects.help.answerButton')}
              </Button>,
            ]
          : undefined
      }
    >
      <div style={{ width: '100%' }}>
        <div className="gx-investment-report-head">
          <Typography.Text strong>{report.helpDepartment?.name}</Typography.Text>
          <HelpStatusTag report={report} />
          <Typography.Text type="secondary">
            {t('projects.help.askedBy', { name: report.byName, date: report.weekOf })}
          </Typography.Text>
        </div>
        <div className="gx-investment-plain">{report.helpNeeded}</div>
        {report.helpAnswer && (
          <div className="gx-investment-help-answer">
            <Typography.Text type="secondary">
              {t('projects.help.answeredBy', {
                name: report.helpAnswer.byName,
                at: formatDateTime(report.helpAnswer.at, language),
              })}
            </Typography.Text>
            <div className="gx-investment-plain">{report.helpAnswer.text}</div>
          </div>
        )}
      </div>
    </List.Item>
  );
}

/**
 * 协助请求: what the weekly reports asked of departments, open ones first; the asked department
 * (or a leader) answers here, and the project's team is told.
 */
export function ProjectHelpRequests({
  project,
  onChanged,
  onConflict,
}: {
  project: ProjectDetail;
  onChanged: (project: ProjectDetail) => void;
  onConflict: (current: ProjectDetail | undefined, error: ApiError) => void;
}) {
  const { t } = useI18n();
  const [answering, setAnswering] = useState<ProjectReport>();
  const requests = project.reports
    .filter((report) => report.helpStatus !== null)
    .sort(
      (left, right) =>
        Number(left.helpStatus === 'answered') - Number(right.helpStatus === 'answered') ||
        right.weekOf.localeCompare(left.weekOf),
    );
  if (requests.length === 0) return null;
  const open = requests.filter((report) => report.helpStatus === 'open').length;
  return (
    <Card
      size="small"
      title={t('projects.help.title')}
      extra={
        <Typography.Text type={open > 0 ? 'warning' : 'secondary'}>
          {t('projects.help.summary', { open, total: requests.length })}
        </Typography.Text>
      }
      data-testid="project-help-requests"
    >
      <List
        size="small"
        dataSource={requests}
        renderItem={(report) => (
          <HelpItem key={report.id} report={report} onAnswer={() => setAnswering(report)} />
        )}
      />
      <AnswerDialog
        project={project}
        report={answering}
        onClose={() => setAnswering(undefined)}
        onDone={(next) => {
          setAnswering(undefined);
          onChanged(next);
        }}
        onConflict={(current, error) => {
          setAnswering(undefined);
          onConflict(current, error);
        }}
      />
    </Card>
  );
}
