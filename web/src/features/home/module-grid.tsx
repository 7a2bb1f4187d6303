import { Card, Col, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n/i18n';
import type { ModuleDefinition } from '../../app/modules';

/** Cards for the modules a user will work with, each saying what it does and whether it is open yet. */
export function ModuleGrid({ modules }: { modules: ModuleDefinition[] }) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, 16]}>
      {modules.map((module) => {
        const Icon = module.icon;
        return (
          <Col xs={24} sm={12} xl={8} key={module.key}>
            <Link to={module.path}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Card.Meta
                  avatar={
                    <span style={{ fontSize: 22, color: '#1554ad' }}>
                      <Icon />
                    </span>
                  }
                  title={
                    <span>
                      {t(module.title)}{' '}
                      {module.isBuilt ? (
                        <Tag color="green">{t('home.moduleOpen')}</Tag>
                      ) : (
                        <Tag>{t('nav.building')}</Tag>
                      )}
                    </span>
                  }
                  description={
                    <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                      {t(module.description)}
                    </Typography.Paragraph>
                  }
                />
              </Card>
            </Link>
          </Col>
        );
      })}
    </Row>
  );
}
