import { displayPercent, type Language } from '@gaoxin/domain';
import { escapeHtml } from './dashboard-echarts';
import { figureText, growthText, labelled, pointsText, withNote, type FigureUnit } from './dashboard-format';
import type { BreakdownSlice } from './indicators-api';

/** Words the slice tooltips need, already translated. */
export interface SliceLabels {
  cumulative: string;
  share: string;
  official: string;
  computed: string;
  pull: string;
  contribution: string;
  enterprises: (count: number) => string;
  missingBase: (count: number) => string;
  clickHint: string;
  /** For a slice without a filter value (未划入园区, 其他产业): it cannot be listed on its own. */
  noDrill: string;
}

/** The growth a slice shows: the statistics bureau's when stored, else the computed one. */
export function shownGrowth(slice: BreakdownSlice): number | null {
  return slice.officialGrowth ?? slice.cumulativeGrowth;
}

/** Whether a click on the slice can list its enterprises (the API filters by a non-empty key). */
export function canDrill(slice: BreakdownSlice): boolean {
  return slice.key !== '';
}

/** The tooltip of a bar or pie slice: value, share, growth (official marked), 拉动, 贡献率. */
export function sliceTooltip(
  slice: BreakdownSlice,
  unit: FigureUnit,
  cumulativeNote: string,
  language: Language,
  labels: SliceLabels,
): string {
  const growth =
    slice.officialGrowth === null
      ? growthText(slice.cumulativeGrowth, language)
      : `${withNote(growthText(slice.officialGrowth, language), labels.official, language)}${language === 'zh' ? '；' : '; '}${labelled(
          labels.computed,
          growthText(slice.cumulativeGrowth, language),
          language,
        )}`;
  const lines = [
    labelled(
      withNote(labels.cumulative, cumulativeNote, language),
      figureText(slice.cumulative, unit),
      language,
    ),
    labelled(labels.share, displayPercent(slice.sharePercent), language),
    growth,
    labelled(labels.pull, pointsText(slice.pullPoints, language), language),
    labelled(labels.contribution, displayPercent(slice.contributionPercent), language),
    labels.enterprises(slice.enterprises),
  ].map(escapeHtml);
  if (slice.missingBase > 0) lines.push(escapeHtml(labels.missingBase(slice.missingBase)));
  const hint = escapeHtml(canDrill(slice) ? labels.clickHint : labels.noDrill);
  return [`<b>${escapeHtml(slice.label)}</b>`, ...lines, `<span style="color:#8c8c8c">${hint}</span>`].join(
    '<br/>',
  );
}
