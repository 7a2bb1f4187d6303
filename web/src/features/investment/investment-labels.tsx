import { leadSourceLabels, leadStatusLabels, type Language } from '@gaoxin/domain';
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import type { LeadFollowUpKind, LeadSource, LeadStatus } from './leads-api';
import type { FunnelStep, ProjectColour, ProjectStage, ProjectSummary } from './projects-api';

// The domain's zod-free constants.
export { leadFollowUpKinds, leadSources, leadStatuses, projectColours, projectStages } from '@gaoxin/domain';

export const leadStatusText = (status: LeadStatus, language: Language) => leadStatusLabels[status][language];
export const leadSourceText = (source: LeadSource, language: Language) => leadSourceLabels[source][language];

const leadStatusColours: Record<LeadStatus, string> = {
  lead: 'blue',
  negotiating: 'gold',
  signed: 'green',
  shelved: 'default',
  abandoned: 'default',
};

export const stageKeys: Record<ProjectStage, MessageKey> = {
  signed: 'projects.stage.signed',
  registered: 'projects.stage.registered',
  landGranted: 'projects.stage.landGranted',
  started: 'projects.stage.started',
  completed: 'projects.stage.completed',
  producing: 'projects.stage.producing',
  fullProduction: 'projects.stage.fullProduction',
};

export const funnelStepKeys: Record<FunnelStep, MessageKey> = {
  lead: 'investment.status.lead',
  negotiating: 'investment.status.negotiating',
  ...stageKeys,
};

export const followUpKindKeys: Record<LeadFollowUpKind, MessageKey> = {
  contact: 'investment.followUp.kind.contact',
  visit: 'investment.followUp.kind.visit',
  negotiation: 'investment.followUp.kind.negotiation',
  other: 'investment.followUp.kind.other',
};

const colourKeys: Record<ProjectColour, MessageKey> = {
  green: 'projects.colour.green',
  yellow: 'projects.colour.yellow',
  red: 'projects.colour.red',
};

const colourTags: Record<ProjectColour, string> = { green: 'success', yellow: 'warning', red: 'error' };

/** 红 / 黄 / 绿 in words, for filters and legends. */
export const colourLongKeys: Record<ProjectColour, MessageKey> = {
  green: 'projects.colour.greenLong',
  yellow: 'projects.colour.yellowLong',
  red: 'projects.colour.redLong',
};

/** The colours of 红 / 黄 / 绿 on charts and legends. */
export const statusColours: Record<ProjectColour, string> = {
  green: '#52c41a',
  yellow: '#faad14',
  red: '#cf1322',
};

/** The lead's status as a coloured tag (搁置 and 放弃 grey). */
export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { language } = useI18n();
  return (
    <Tag color={leadStatusColours[status]} data-testid="lead-status" data-status={status}>
      {leadStatusText(status, language)}
    </Tag>
  );
}

/** Why a project has its colour, in words: the open milestone that decides it. */
export function colourReason(
  project: Pick<ProjectSummary, 'colour' | 'nextMilestone'>,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): string {
  const next = project.nextMilestone;
  if (!next) return t('projects.colour.noOpenMilestone');
  const params = { name: next.name, date: next.plannedOn, days: Math.abs(next.lateDays ?? 0) };
  if ((next.lateDays ?? 0) > 0) return t('projects.colour.late', params);
  if (next.lateDays === 0) return t('projects.colour.dueToday', params);
  return t(project.colour === 'green' ? 'projects.colour.onPlan' : 'projects.colour.dueSoon', params);
}

/** 红 / 黄 / 绿 with the reason on hover. */
export function ColourTag({ project }: { project: Pick<ProjectSummary, 'colour' | 'nextMilestone'> }) {
  const { t } = useI18n();
  return (
    <Tooltip title={colourReason(project, t)}>
      <Tag
        color={colourTags[project.colour]}
        variant="solid"
        className="gx-project-colour"
        data-testid="project-colour"
        data-colour={project.colour}
      >
        {t(colourKeys[project.colour])}
      </Tag>
    </Tooltip>
  );
}

/** The project's stage as a tag. */
export function StageTag({ stage }: { stage: ProjectStage }) {
  const { t } = useI18n();
  return (
    <Tag color="processing" data-testid="project-stage" data-stage={stage}>
      {t(stageKeys[stage])}
    </Tag>
  );
}
