import { Space } from 'antd';
import { FunnelPanel } from './funnel-panel';
import { KpiPanel } from './kpi-panel';

/** 项目指标: the KPI of a chosen period (default this year) and the pipeline funnel. */
export function ProjectOverviewPage() {
  return (
    <Space orientation="vertical" size={16} style={{ display: 'flex' }}>
      <KpiPanel />
      <FunnelPanel />
    </Space>
  );
}

/** 招商漏斗 inside 招商引资: the same funnel, where the leads are worked. */
export function LeadFunnelPage() {
  return <FunnelPanel />;
}
