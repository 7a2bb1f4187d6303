/** Placeholder while the page is written; replaced by the returns-side work. */
export function IndicatorSettingsPage() {
  return <div>指标、目标与预警设置</div>;
}
