import { FireOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { AppealStatistics } from './appeals-api';

type Keyword = AppealStatistics['topKeywords'][number];

/** Keywords as tags, the more frequent the larger, each with its count. */
function KeywordCloud({ keywords, testId }: { keywords: Keyword[]; testId?: string }) {
  const largest = Math.max(1, ...keywords.map((keyword) => keyword.count));
  const smallest = Math.min(largest, ...keywords.map((keyword) => keyword.count));
  const size = (count: number) =>
    largest === smallest ? 14 : Math.round(12 + ((count - smallest) / (largest - smallest)) * 8);
  return (
    <div className="gx-appeal-cloud" data-testid={testId}>
      {keywords.map((keyword) => (
        <Tag
          key={keyword.keyword}
          color={keyword.count === largest ? 'volcano' : 'blue'}
          style={{ fontSize: size(keyword.count), lineHeight: 1.6 }}
        >
          {keyword.keyword}
          <span className="gx-appeal-cloud-count">×{keyword.count}</span>
        </Tag>
      ))}
    </div>
  );
}

/**
 * 高频问题: per category, the words its appeals use most (jieba), so a leader sees which problems
 * recur across enterprises — the systemic ones worth a policy rather than case-by-case fixes.
 */
export function StatisticsHotspots({
  hotspots,
  topKeywords,
}: {
  hotspots: AppealStatistics['hotspots'];
  topKeywords: Keyword[];
}) {
  const { t } = useI18n();
  const withKeywords = hotspots.filter((hotspot) => hotspot.keywords.length > 0);
  return (
    <Card
      size="small"
      title={
        <span>
          <FireOutlined style={{ color: '#fa541c' }} /> {t('appeals.stats.hotspots')}
        </span>
      }
      data-testid="statistics-hotspots"
    >
      <Typography.Paragraph type="secondary">{t('appeals.stats.hotspotsHint')}</Typography.Paragraph>
      {topKeywords.length === 0 && withKeywords.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appeals.stats.noHotspots')} />
      ) : (
        <>
          {topKeywords.length > 0 && (
            <div className="gx-appeal-hotspot-top">
              <Typography.Text strong>{t('appeals.stats.topKeywords')}</Typography.Text>
              <KeywordCloud keywords={topKeywords} testId="statistics-top-keywords" />
            </div>
          )}
          <Row gutter={[12, 12]}>
            {[...withKeywords]
              .sort((left, right) => right.count - left.count)
              .map((hotspot) => (
                <Col key={hotspot.category.id} xs={24} md={12} xl={8}>
                  <div className="gx-appeal-hotspot">
                    <div className="gx-appeal-hotspot-head">
                      <Typography.Text strong>{hotspot.category.name}</Typography.Text>
                      <Typography.Text type="secondary">
                        {t('appeals.stats.hotspotCount', { count: hotspot.count })}
                      </Typography.Text>
                    </div>
                    <KeywordCloud keywords={hotspot.keywords} />
                  </div>
                </Col>
              ))}
          </Row>
        </>
      )}
    </Card>
  );
}
