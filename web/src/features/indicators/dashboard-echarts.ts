import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

// Only the parts of ECharts the dashboard draws, registered once for all its charts. Imported
// only by the lazily loaded chart files, so ECharts stays out of every other page.
echarts.use([
  BarChart,
  GaugeChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts, ReactEChartsCore };

/** What a click on a bar or a pie slice hands to the handler. */
export interface ChartClick {
  dataIndex: number;
  seriesIndex?: number;
}

/** The brand palette of the dashboard's series. */
export const palette = [
  '#1554ad',
  '#4096ff',
  '#13a8a8',
  '#faad14',
  '#9254de',
  '#f759ab',
  '#73d13d',
  '#8c8c8c',
];

/** Escapes text from the server before it goes into an HTML tooltip. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character,
  );
}
