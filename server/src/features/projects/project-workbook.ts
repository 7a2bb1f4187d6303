import ExcelJS from 'exceljs';
import { projectStageLabels, type ProjectSummary } from '@gaoxin/domain';
import { writeWorkbook } from '../../platform/xlsx-export.js';

/** The latest weekly report of a project, as the 推进表 shows it. */
export interface LatestReport {
  done: string;
  blockers: string | null;
  helpNeeded: string | null;
}

const colourFills = { red: 'FFFFC7CE', yellow: 'FFFFEB9C', green: 'FFC6EFCE' } as const;
const colourNames = { red: '红', yellow: '黄', green: '绿' } as const;

const columns: { header: string; key: string; width: number }[] = [
  { header: '序号', key: 'index', width: 6 },
  { header: '项目名称', key: 'name', width: 28 },
  { header: '投资方', key: 'investor', width: 24 },
  { header: '总投资（万元）', key: 'total', width: 14 },
  { header: '合同额（万元）', key: 'contract', width: 14 },
  { header: '到位资金（万元）', key: 'funds', width: 14 },
  { header: '所在园区', key: 'park', width: 12 },
  { header: '地块', key: 'plot', width: 14 },
  { header: '当前阶段', key: 'stage', width: 10 },
  { header: '签约日期', key: 'signedOn', width: 12 },
  { header: '下一节点', key: 'milestone', width: 18 },
  { header: '计划完成', key: 'plannedOn', width: 12 },
  { header: '状态', key: 'colour', width: 6 },
  { header: '包联领导', key: 'leader', width: 12 },
  { header: '责任科长', key: 'sectionChief', width: 12 },
  { header: '联络员', key: 'liaison', width: 12 },
  { header: '项目专员', key: 'commissioner', width: 12 },
  { header: '最新进展', key: 'done', width: 36 },
  { header: '存在问题', key: 'blockers', width: 30 },
  { header: '需协调事项', key: 'help', width: 30 },
];

/** Amounts as numbers Excel can add up; stored text keeps four places, the sheet shows two. */
const number = (text: string) => Number(text);

/** The familiar "项目推进表": one row per project, coloured by status, ready to print. */
export async function buildProjectWorkbook(
  projects: ProjectSummary[],
  latest: Map<string, LatestReport>,
  title: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '高新区智慧管理服务平台';
  const sheet = workbook.addWorksheet('项目推进表', {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map(({ key, width }) => ({ key, width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  projects.forEach((project, index) => {
    const report = latest.get(project.id);
    const row = sheet.addRow({
      index: index + 1,
      name: project.name,
      investor: project.investorName,
      total: number(project.totalInvestment),
      contract: number(project.contractAmount),
      funds: number(project.fundsInPlace),
      park: project.park?.name ?? '',
      plot: project.plot ?? '',
      stage: projectStageLabels[project.stage],
      signedOn: project.signedOn,
      milestone: project.nextMilestone?.name ?? '',
      plannedOn: project.nextMilestone?.plannedOn ?? '',
      colour: colourNames[project.colour],
      leader: project.team.leader?.name ?? '',
      sectionChief: project.team.sectionChief?.name ?? '',
      liaison: project.team.liaison?.name ?? '',
      commissioner: project.team.commissioner?.name ?? '',
      done: report?.done ?? '',
      blockers: report?.blockers ?? '',
      help: report?.helpNeeded ?? '',
    });
    for (const key of ['total', 'contract', 'funds']) row.getCell(key).numFmt = '#,##0.00';
    row.getCell('colour').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: colourFills[project.colour] },
    };
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return writeWorkbook(workbook);
}
