import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { ColourTag, colourReason, StageTag } from './investment-labels';
import type { ProjectSummary } from './projects-api';

/** A project's name (a title or a link) with its colour and stage tags, and why it has that colour. */
export function ProjectHeading({ project, name }: { project: ProjectSummary; name?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div>
      <Space align="center" wrap>
        {name ?? (
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="project-name">
            {project.name}
          </Typography.Title>
        )}
        <ColourTag project={project} />
        <StageTag stage={project.stage} />
      </Space>
      <div>
        <Typography.Text type={project.colour === 'red' ? 'danger' : 'secondary'}>
          {colourReason(project, t)}
        </Typography.Text>
      </div>
    </div>
  );
}
