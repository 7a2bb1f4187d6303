import { EditOutlined, ProjectOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, List, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { RecordBackButton, RecordConflictAlert, useRecordPage } from '../../app/pages/use-record-page';
import { LeadStatusTag, leadStatusText } from './investment-labels';
import { LeadDuplicateWarning } from './lead-duplicate-warning';
import { LeadFacts } from './lead-facts';
import { LeadFollowUps } from './lead-follow-ups';
import { LeadStatusDialog } from './lead-status-dialog';
import { getLead, type LeadDetail, type LeadStatus } from './leads-api';

/** Buttons for exactly the statuses the server allows this reader now; 放弃 in red. */
function StatusButtons({ lead, onPick }: { lead: LeadDetail; onPick: (status: LeadStatus) => void }) {
  const { language } = useI18n();
  if (lead.nextStatuses.length === 0) return null;
  return (
    <Space wrap>
      {lead.nextStatuses.map((status) => (
        <Button
          key={status}
          type={status === 'negotiating' || status === 'signed' || status === 'lead' ? 'primary' : 'default'}
          danger={status === 'abandoned'}
          onClick={() => onPick(status)}
          data-testid={`lead-status-${status}`}
        >
          {leadStatusText(status, language)}
        </Button>
      ))}
    </Space>
  );
}

/** 转为项目 for the owner of a signed lead not yet a project; 查看项目 once it is one. */
function ProjectLink({ lead }: { lead: LeadDetail }) {
  const { t } = useI18n();
  if (lead.projectId)
    return (
      <Link to={`/projects/${lead.projectId}`}>
        <Button icon={<ProjectOutlined />} data-testid="lead-open-project">
          {t('investment.detail.openProject')}
        </Button>
      </Link>
    );
  if (lead.status !== 'signed' || !lead.canEdit) return null;
  return (
    <Link to={`/projects/new?leadId=${encodeURIComponent(lead.id)}`}>
      <Button type="primary" icon={<ProjectOutlined />} data-testid="lead-to-project">
        {t('investment.detail.toProject')}
      </Button>
    </Link>
  );
}

/** 后来登记: others who registered the same company after this lead (shown to its holder). */
function LaterRegistrations({ lead }: { lead: LeadDetail }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('investment.detail.laterTitle')} data-testid="lead-later-registrations">
      <Typography.Paragraph type="secondary">{t('investment.detail.laterHint')}</Typography.Paragraph>
      <List
        size="small"
        dataSource={lead.laterRegistrations}
        renderItem={(later) => (
          <List.Item key={later.leadId}>
            {t('investment.detail.laterItem', {
              owner: later.ownerName,
              department: later.departmentName ?? t('investment.duplicate.noDepartment'),
              date: dayjs(later.registeredAt).format('YYYY-MM-DD'),
            })}
          </List.Item>
        )}
      />
    </Card>
  );
}

/**
 * 线索详情: the 首报首谈 flag first when someone holds the company, the facts, the status buttons the
 * server allows, 转为项目 once signed, the follow-up log, and later registrations for the holder.
 */
export function LeadDetailPage() {
  const { leadId = '' } = useParams();
  const { t } = useI18n();
  const page = useRecordPage(leadId, getLead, {
    fallbackPath: '/investment',
    conflictMessage: t('investment.detail.conflict'),
  });
  const [to, setTo] = useState<LeadStatus>();
  const lead = page.record;
  if (!lead) return page.placeholder;

  const saved = page.update;
  return (
    <Space orientation="vertical" size={16} style={{ display: 'flex' }} data-testid="lead-detail">
      <Card>
        <RecordBackButton onClick={page.back}>{t('investment.detail.back')}</RecordBackButton>
        <RecordConflictAlert page={page} title={t('investment.detail.conflict')} testId="lead-conflict" />
        {lead.duplicateOf && (
          <div style={{ margin: '8px 0' }}>
            <LeadDuplicateWarning holder={lead.duplicateOf} extra={t('investment.duplicate.detailHint')} />
          </div>
        )}
        <div className="gx-page-header" style={{ marginTop: 8 }}>
          <div>
            <Space align="center" wrap>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="lead-company">
                {lead.companyName}
              </Typography.Title>
              <LeadStatusTag status={lead.status} />
            </Space>
          </div>
          <Space wrap>
            <StatusButtons lead={lead} onPick={setTo} />
            <ProjectLink lead={lead} />
            {lead.canEdit && (
              <Link to={`/investment/${lead.id}/edit`}>
                <Button icon={<EditOutlined />} data-testid="lead-edit">
                  {t('common.edit')}
                </Button>
              </Link>
            )}
          </Space>
        </div>
        {lead.status === 'signed' && !lead.projectId && lead.canEdit && (
          <Alert
            type="success"
            showIcon
            title={t('investment.detail.signedHint')}
            style={{ marginBottom: 12 }}
          />
        )}
        <LeadFacts lead={lead} />
      </Card>
      {lead.laterRegistrations.length > 0 ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <LeadFollowUps lead={lead} onSaved={saved} />
          </Col>
          <Col xs={24} lg={10}>
            <LaterRegistrations lead={lead} />
          </Col>
        </Row>
      ) : (
        <LeadFollowUps lead={lead} onSaved={saved} />
      )}
      <LeadStatusDialog
        lead={lead}
        to={to}
        onClose={() => setTo(undefined)}
        onDone={(next) => {
          setTo(undefined);
          page.done(next);
        }}
        onConflict={(current, reason) => {
          setTo(undefined);
          page.conflicted(current, reason);
        }}
      />
    </Space>
  );
}
