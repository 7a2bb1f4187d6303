import type {
  ProjectDetail,
  ProjectFunnel,
  ProjectKpi,
  ProjectMap,
  ProjectStage,
  ProjectSummary,
  createProjectRequest,
  funnelGroupings,
  funnelSteps,
  helpAnswerRequest,
  milestoneRequest,
  progressReportRequest,
  projectColours,
  projectFundRequest,
  updateProjectRequest,
} from '@gaoxin/domain';
import { api, apiDownload, apiRequest } from '../../api/client';

/** Types of the projects side of the contract (the zod schemas live in @gaoxin/domain). */
type Input<Schema extends { _zod: { input: unknown } }> = Schema['_zod']['input'];

export type { ProjectDetail, ProjectFunnel, ProjectKpi, ProjectMap, ProjectStage, ProjectSummary };
export type ProjectColour = (typeof projectColours)[number];
export type ProjectMilestone = ProjectDetail['milestones'][number];
export type ProjectFund = ProjectDetail['funds'][number];
export type ProjectReport = ProjectDetail['reports'][number];
export type FunnelGrouping = (typeof funnelGroupings)[number];
export type FunnelStep = (typeof funnelSteps)[number];
export type FunnelRow = ProjectFunnel['steps'][number];
export type CreateProjectRequest = Input<typeof createProjectRequest>;
export type UpdateProjectRequest = Input<typeof updateProjectRequest>;
export type MilestoneRequest = Input<typeof milestoneRequest>;
export type FundRequest = Input<typeof projectFundRequest>;
export type ReportRequest = Input<typeof progressReportRequest>;
export type HelpAnswerRequest = Input<typeof helpAnswerRequest>;

/** A project list's filters and page as the API takes them; `colour=red` is the 督办 list. */
export interface ProjectFilter {
  stage?: ProjectStage;
  colour?: ProjectColour;
  parkId?: string;
  q?: string;
  mine?: 'true';
  /** Projects asking the reader's department for help (a leader: any department); `open`: unanswered. */
  help?: 'open' | 'any';
  page: number;
  pageSize: number;
}

const projectPath = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

/** Whether a 409's `current` is a project (the fresh record a write's conflict carries). */
export function isProjectDetail(value: unknown): value is ProjectDetail {
  return typeof value === 'object' && value !== null && 'stageDates' in value && 'version' in value;
}

/** One page of the projects the reader may see, the latest-slipping first. */
export function listProjects(
  filter: ProjectFilter,
  signal?: AbortSignal,
): Promise<{ items: ProjectSummary[]; total: number }> {
  return api.get('/api/projects', { query: { ...filter }, signal });
}

/** Downloads the 项目推进表 of the list's filters (one row per project) and hands it to the browser. */
export async function downloadProjects(filter: Omit<ProjectFilter, 'page' | 'pageSize'>): Promise<void> {
  const file = await apiDownload('/api/projects/export.xlsx', { query: { ...filter } });
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename ?? 'projects.xlsx';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Registers a project, from a signed lead (`leadId`) or directly, with its first milestones. */
export function createProject(request: CreateProjectRequest): Promise<ProjectDetail> {
  return api.post<ProjectDetail>('/api/projects', request);
}

/** One project with its stages, milestones, funds, reports and warnings. */
export function getProject(id: string, signal?: AbortSignal): Promise<ProjectDetail> {
  return api.get<ProjectDetail>(projectPath(id), { signal });
}

/** Changes the project's facts or its 五个一 team; a stale `version` answers 409. */
export function updateProject(id: string, request: UpdateProjectRequest): Promise<ProjectDetail> {
  return api.patch<ProjectDetail>(projectPath(id), request);
}

/** Moves the project to a stage on a date (backwards only with a reason). */
export function changeProjectStage(
  id: string,
  request: { to: ProjectStage; happenedOn: string; reason?: string; version: number },
): Promise<ProjectDetail> {
  return api.post<ProjectDetail>(`${projectPath(id)}/stage`, request);
}

/** Records one dated 到位资金 entry. */
export function addProjectFund(id: string, request: FundRequest): Promise<ProjectDetail> {
  return api.post<ProjectDetail>(`${projectPath(id)}/funds`, request);
}

export function addMilestone(id: string, request: MilestoneRequest): Promise<ProjectDetail> {
  return api.post<ProjectDetail>(`${projectPath(id)}/milestones`, request);
}

/** Re-plans a milestone, or completes it by filling `actualOn`. */
export function changeMilestone(
  id: string,
  milestoneId: string,
  request: MilestoneRequest,
): Promise<ProjectDetail> {
  return apiRequest<ProjectDetail>(
    'PUT',
    `${projectPath(id)}/milestones/${encodeURIComponent(milestoneId)}`,
    {
      body: request,
    },
  );
}

/** A weekly progress report; asking a department for help lets it see the project. */
export function addProgressReport(id: string, request: ReportRequest): Promise<ProjectDetail> {
  return api.post<ProjectDetail>(`${projectPath(id)}/reports`, request);
}

/** The asked department answers a report's help request (once; a second answer gets 409). */
export function answerHelpRequest(
  id: string,
  reportId: string,
  request: HelpAnswerRequest,
): Promise<ProjectDetail> {
  return api.post<ProjectDetail>(
    `${projectPath(id)}/reports/${encodeURIComponent(reportId)}/help-answer`,
    request,
  );
}

/** 新签约、合同额、亿元以上、到位资金同比、新开工、新投产 for a period of dates (both inclusive). */
export function getProjectKpi(
  range: { from: string; to: string },
  signal?: AbortSignal,
): Promise<ProjectKpi> {
  return api.get<ProjectKpi>('/api/projects/kpi', { query: range, signal });
}

/** Counts and amounts per step from lead to 达产, for the zone or by sub-park or officer. */
export function getProjectFunnel(groupBy: FunnelGrouping, signal?: AbortSignal): Promise<ProjectFunnel> {
  return api.get<ProjectFunnel>('/api/projects/funnel', { query: { groupBy }, signal });
}

/** Park outlines and the placed projects for 挂图作战. */
export function getProjectMap(signal?: AbortSignal): Promise<ProjectMap> {
  return api.get<ProjectMap>('/api/projects/map', { signal });
}
