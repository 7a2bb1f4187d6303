import { Alert, Button, Card, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import { RecordBackButton, RecordConflictAlert, useRecordPage } from '../../app/pages/use-record-page';
import { useCurrentUser } from '../../app/session/session';
import { AppealAttachments } from './appeal-attachments';
import { AppealDetailHeader } from './appeal-detail-header';
import { stepKeys } from './appeal-labels';
import { AppealTimeline } from './appeal-timeline';
import { getAppeal, type AppealDetail, type AppealStep } from './appeals-api';
import { StepDialog } from './step-dialog';
import './appeals.css';

/** Steps that move the appeal forward get the primary look; a rejection the danger one. */
const forwardSteps: readonly AppealStep[] = [
  'dispatch',
  'accept',
  'start',
  'resolve',
  'supplyInformation',
  'rate',
];

/** Buttons for exactly the steps the server allows this reader now. */
function StepButtons({
  steps,
  onPick,
}: {
  steps: readonly AppealStep[];
  onPick: (step: AppealStep) => void;
}) {
  const { t } = useI18n();
  if (steps.length === 0) return null;
  return (
    <Space wrap>
      {steps.map((step) => (
        <Button
          key={step}
          type={forwardSteps.includes(step) ? 'primary' : 'default'}
          danger={step === 'reject'}
          onClick={() => onPick(step)}
          data-testid={`appeal-step-${step}`}
        >
          {t(stepKeys[step])}
        </Button>
      ))}
    </Space>
  );
}

/** What the reader is expected to do now, when it is theirs to do: rate the result, or supply information. */
function ActionPrompt({ appeal }: { appeal: AppealDetail }) {
  const { t } = useI18n();
  if (appeal.allowedSteps.includes('rate'))
    return <Alert type="info" showIcon title={t('appeals.detail.rateHint')} style={{ marginBottom: 12 }} />;
  if (!appeal.allowedSteps.includes('supplyInformation')) return null;
  const request = appeal.events
    .filter((event) => event.step === 'returnForInformation')
    .sort((left, right) => right.at.localeCompare(left.at))[0];
  return (
    <Alert
      type="warning"
      showIcon
      title={t('appeals.detail.supplyHint')}
      description={request?.note ? <span className="gx-appeal-plain">{request.note}</span> : undefined}
      style={{ marginBottom: 12 }}
      data-testid="appeal-supply-prompt"
    />
  );
}

/**
 * 诉求详情: header with the clock, the description as plain text, attachments, the timeline, and
 * buttons for the steps this reader may take. After a step, or a conflict, the fresh appeal shows.
 */
export function AppealDetailPage() {
  const { appealId = '' } = useParams();
  const { t } = useI18n();
  const user = useCurrentUser();
  // Back to the list it came from when opened inside the app; else to the reader's main list.
  const page = useRecordPage(appealId, getAppeal, {
    fallbackPath: user.role === 'enterprise' ? '/appeals' : '/appeals/all',
    conflictMessage: t('appeals.detail.conflict'),
  });
  const [step, setStep] = useState<AppealStep>();
  const appeal = page.record;
  if (!appeal) return page.placeholder;

  return (
    <Space orientation="vertical" size={16} style={{ display: 'flex' }} data-testid="appeal-detail">
      <Card>
        <div style={{ marginBottom: 8 }}>
          <RecordBackButton onClick={page.back}>{t('appeals.detail.back')}</RecordBackButton>
        </div>
        <RecordConflictAlert
          page={page}
          title={t('appeals.detail.conflict')}
          testId="appeal-conflict"
          style={{ marginBottom: 12 }}
        />
        <ActionPrompt appeal={appeal} />
        <AppealDetailHeader
          appeal={appeal}
          actions={<StepButtons steps={appeal.allowedSteps} onPick={setStep} />}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size={16} style={{ display: 'flex' }}>
            <Card size="small" title={t('appeals.detail.description')}>
              <div className="gx-appeal-plain" data-testid="appeal-description">
                {appeal.description}
              </div>
            </Card>
            {appeal.resolution && (
              <Card size="small" title={t('appeals.detail.resolution')}>
                <div className="gx-appeal-plain" data-testid="appeal-resolution">
                  {appeal.resolution}
                </div>
              </Card>
            )}
            <AppealAttachments appeal={appeal} onUploaded={page.reload} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('appeals.detail.timeline')}>
            <AppealTimeline events={appeal.events} />
          </Card>
        </Col>
      </Row>
      <StepDialog
        appeal={appeal}
        step={step}
        onClose={() => setStep(undefined)}
        onDone={(next) => {
          setStep(undefined);
          page.done(next);
        }}
        onConflict={(current, reason) => {
          setStep(undefined);
          // A plain version conflict needs no more words; an illegal step says what the state now is.
          page.conflicted(current, reason);
        }}
      />
    </Space>
  );
}
