import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { periodPattern } from '@gaoxin/domain';
import { App, Button, Card, DatePicker, Empty, Result, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { periodText } from './dashboard-format';
import { downloadBulletin, getBulletin, getOverview, type BulletinResponse } from './indicators-api';
import './indicators.css';

const sectionNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The bulletin laid out like the Word document: title, headline, numbered sections, table, notes. */
function BulletinDocument({ bulletin }: { bulletin: BulletinResponse }) {
  const { t } = useI18n();
  return (
    <article className="gx-bulletin" data-testid="bulletin-document">
      <h1 className="gx-bulletin-title">{bulletin.title}</h1>
      <p className="gx-bulletin-subtitle">（{bulletin.subtitle}）</p>
      <p className="gx-bulletin-paragraph gx-bulletin-headline">{bulletin.headline}</p>
      {bulletin.sections.map((section, index) => (
        <section key={section.heading}>
          <h2 className="gx-bulletin-heading">
            {sectionNumbers[index] ?? index + 1}、{section.heading}
          </h2>
          {section.paragraphs.map((paragraph, position) => (
            <p className="gx-bulletin-paragraph" key={position}>
              {paragraph}
            </p>
          ))}
        </section>
      ))}
      {bulletin.table.rows.length > 0 && (
        <>
          <h2 className="gx-bulletin-table-heading">
            {t('economy.bulletin.tableHeading', { subtitle: bulletin.subtitle })}
          </h2>
          <table className="gx-bulletin-table">
            <thead>
              <tr>
                {bulletin.table.columns.map((column) => (
                  <th key={column}>{column}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {bulletin.table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {bulletin.notes.length > 0 && (
        <div className="gx-bulletin-notes">
          <strong>{t('economy.bulletin.notesLead')}</strong>
          {bulletin.notes.map((note, index) => (
            <p key={index}>{bulletin.notes.length > 1 ? `${index + 1}. ${note}` : note}</p>
          ))}
        </div>
      )}
    </article>
  );
}

/** The period the page shows: the address's, else the latest one with figures (null when none has any). */
function usePeriod(): {
  period: string | null | undefined;
  choose: (period: string | undefined) => void;
  error?: ApiError;
  reload: () => void;
} {
  const [params, setParams] = useSearchParams();
  const chosen = params.get('period');
  const valid = chosen && periodPattern.test(chosen) ? chosen : undefined;
  const latest = useApiQuery(
    (signal) => (valid ? Promise.resolve(undefined) : getOverview({}, signal)),
    [valid],
  );
  const choose = (period: string | undefined) => {
    const next = new URLSearchParams(params);
    if (period) next.set('period', period);
    else next.delete('period');
    setParams(next);
  };
  if (valid) return { period: valid, choose, reload: latest.reload };
  return {
    period: latest.data ? latest.data.latestPeriod : undefined,
    choose,
    error: latest.error,
    reload: latest.reload,
  };
}

/** 经济运行简报: a period's bulletin on screen, and the same text as a Word document. */
export function BulletinPage() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const { period, choose, error: periodError, reload: reloadPeriod } = usePeriod();
  const [downloading, setDownloading] = useState(false);
  const bulletin = useApiQuery(
    (signal) => (period ? getBulletin(period, signal) : Promise.resolve(undefined)),
    [period],
  );

  const download = async () => {
    if (!period) return;
    setDownloading(true);
    try {
      await downloadBulletin(period);
    } catch (reason) {
      void message.error(reason instanceof ApiError ? reason.message : t('error.unexpected'));
    } finally {
      setDownloading(false);
    }
  };

  let body;
  if (periodError) body = <ApiErrorView error={periodError} onRetry={reloadPeriod} />;
  else if (period === null)
    body = <Empty description={t('economy.dashboard.empty')} data-testid="bulletin-no-figures" />;
  else if (bulletin.error?.status === 404)
    body = (
      <Result
        status="info"
        title={t('economy.bulletin.noDataTitle', { period: period ? periodText(period, language) : '' })}
        subTitle={bulletin.error.message}
        data-testid="bulletin-not-found"
      />
    );
  else if (bulletin.error) body = <ApiErrorView error={bulletin.error} onRetry={bulletin.reload} />;
  else if (!bulletin.data || bulletin.loading) body = <Skeleton active paragraph={{ rows: 12 }} />;
  else body = <BulletinDocument bulletin={bulletin.data} />;

  const ready = Boolean(bulletin.data) && !bulletin.error && !bulletin.loading;
  return (
    <Card>
      <div className="gx-page-header gx-bulletin-toolbar">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('economy.bulletin.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('economy.bulletin.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <DatePicker
            picker="month"
            allowClear={false}
            value={period ? dayjs(`${period}-01`) : null}
            onChange={(value) => choose(value ? value.format('YYYY-MM') : undefined)}
            aria-label={t('economy.bulletin.period')}
            data-testid="bulletin-period"
          />
          <Button icon={<PrinterOutlined />} disabled={!ready} onClick={() => window.print()}>
            {t('economy.bulletin.print')}
          </Button>
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            disabled={!ready}
            loading={downloading}
            onClick={() => void download()}
            data-testid="bulletin-download"
          >
            {t('economy.bulletin.download')}
          </Button>
        </Space>
      </div>
      {body}
    </Card>
  );
}
