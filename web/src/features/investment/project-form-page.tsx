import { todayInChina } from '@gaoxin/domain';
import { Alert, App, Button, Card, Divider, Form, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { useCurrentUser } from '../../app/session/session';
import { listAssignablePeople, listParks } from '../enterprises/enterprises-api';
import { cleanAmount, plainAmount } from './investment-format';
import { getLead, type LeadDetail } from './leads-api';
import { ProjectFormFields, projectServerFields, type ProjectFormValues } from './project-form-fields';
import { ProjectMilestoneFields } from './project-milestone-fields';
import { createProject, getProject, updateProject, type ProjectDetail } from './projects-api';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = (value: string | undefined) => value?.trim() || null;

function factsOf(values: ProjectFormValues) {
  return {
    name: values.name.trim(),
    investorName: values.investorName.trim(),
    investorEnterpriseId: values.investorEnterpriseId ?? null,
    totalInvestment: cleanAmount(values.totalInvestment) ?? '',
    contractAmount: cleanAmount(values.contractAmount) ?? '',
    industryCode: text(values.industryCode),
    parkId: values.parkId ?? null,
    plot: text(values.plot),
    signedOn: values.signedOn.format('YYYY-MM-DD'),
    leaderId: values.leaderId ?? null,
    sectionChiefId: values.sectionChiefId ?? null,
    liaisonId: values.liaisonId ?? null,
    commissionerId: values.commissionerId ?? null,
    planDocument: text(values.planDocument),
  };
}

/** A signed lead's facts as a new project's starting point. */
function valuesFromLead(lead: LeadDetail, userId: string): Partial<ProjectFormValues> {
  return {
    name: lead.companyName,
    investorName: lead.companyName,
    investorEnterpriseId: lead.enterprise?.id ?? null,
    totalInvestment: plainAmount(lead.intendedInvestment),
    industryCode: lead.industryCode ?? undefined,
    parkId: lead.park?.id,
    commissionerId: userId,
  };
}

function valuesFromProject(project: ProjectDetail): Partial<ProjectFormValues> {
  return {
    name: project.name,
    investorName: project.investorName,
    investorEnterpriseId: project.investorEnterprise?.id ?? null,
    totalInvestment: plainAmount(project.totalInvestment),
    contractAmount: plainAmount(project.contractAmount),
    industryCode: project.industryCode ?? undefined,
    parkId: project.park?.id,
    plot: project.plot ?? undefined,
    signedOn: dayjs(project.signedOn),
    leaderId: project.team.leader?.id,
    sectionChiefId: project.team.sectionChief?.id,
    liaisonId: project.team.liaison?.id,
    commissionerId: project.team.commissioner?.id,
    planDocument: project.team.planDocument ?? undefined,
  };
}

/**
 * 登记项目 — from a signed lead (`?leadId=`, prefilled from it) or directly — with its first
 * milestones; and 编辑项目 at `/projects/:projectId/edit` for the facts and the 五个一 team.
 */
export function ProjectFormPage() {
  const { projectId } = useParams();
  const [params] = useSearchParams();
  const leadId = uuidPattern.test(params.get('leadId') ?? '')
    ? (params.get('leadId') ?? undefined)
    : undefined;
  const { t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectFormValues>();
  const parks = useApiQuery((signal) => listParks(signal), []);
  const people = useApiQuery((signal) => listAssignablePeople(signal), []);
  const lead = useApiQuery(
    (signal) => (leadId && !projectId ? getLead(leadId, signal) : Promise.resolve(undefined)),
    [leadId, projectId],
  );
  const existing = useApiQuery(
    (signal) => (projectId ? getProject(projectId, signal) : Promise.resolve(undefined)),
    [projectId],
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (lead.data) form.setFieldsValue(valuesFromLead(lead.data, user.id));
  }, [lead.data]);
  useEffect(() => {
    if (existing.data) form.setFieldsValue(valuesFromProject(existing.data));
  }, [existing.data]);

  const failed = existing.error ?? lead.error;
  if (failed) return <ApiErrorView error={failed} onRetry={existing.error ? existing.reload : lead.reload} />;
  if ((projectId && !existing.data) || (leadId && !projectId && !lead.data))
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  const leadProblem =
    lead.data && lead.data.projectId
      ? t('projects.form.leadHasProject')
      : lead.data && lead.data.status !== 'signed'
        ? t('projects.form.leadNotSigned')
        : undefined;

  const submit = async (values: ProjectFormValues) => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = existing.data
        ? await updateProject(existing.data.id, { ...factsOf(values), version: existing.data.version })
        : await createProject({
            ...factsOf(values),
            leadId,
            milestones: (values.milestones ?? []).map((milestone) => ({
              name: milestone.name.trim(),
              plannedOn: milestone.plannedOn?.format('YYYY-MM-DD') ?? '',
            })),
          });
      if (saved.warnings.length > 0)
        void message.warning(saved.warnings.map((each) => each.message).join('；'));
      else void message.success(existing.data ? t('projects.form.updated') : t('projects.form.created'));
      void navigate(`/projects/${saved.id}`, { replace: Boolean(existing.data) });
    } catch (reason) {
      if (reason instanceof ApiError && reason.code === 'CONFLICT') {
        setError(t('projects.form.conflict'));
        existing.reload();
      } else if (reason instanceof ApiError) {
        setError(showFieldErrors(form, reason, projectServerFields));
      } else {
        setError(t('error.unexpected'));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card>
      <div className="gx-page-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {existing.data ? t('projects.edit.title') : t('projects.new.button')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {lead.data
              ? t('projects.form.fromLead', { company: lead.data.companyName })
              : existing.data
                ? existing.data.name
                : t('projects.form.hint')}
          </Typography.Text>
        </div>
      </div>
      {leadProblem && <Alert type="error" showIcon title={leadProblem} style={{ marginBottom: 16 }} />}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="project-form-error"
        />
      )}
      <Form<ProjectFormValues>
        form={form}
        layout="vertical"
        style={{ maxWidth: 960 }}
        initialValues={{ signedOn: dayjs(todayInChina()), milestones: [] }}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <ProjectFormFields
          parks={parks.data}
          people={people.data}
          peopleError={people.error?.message}
          initialInvestor={existing.data?.investorEnterprise ?? lead.data?.enterprise}
        />
        {!existing.data && (
          <>
            <Divider titlePlacement="start">{t('projects.milestone.title')}</Divider>
            <ProjectMilestoneFields />
          </>
        )}
        <Divider />
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            loading={saving}
            disabled={Boolean(leadProblem)}
            data-testid="project-form-submit"
          >
            {existing.data ? t('common.save') : t('projects.form.submit')}
          </Button>
          <Button disabled={saving} onClick={() => void navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
