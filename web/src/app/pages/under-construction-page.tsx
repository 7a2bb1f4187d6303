import { ToolOutlined } from '@ant-design/icons';
import { Button, Card, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import type { ModuleDefinition } from '../modules';

/** The page of a module that is not built yet: says so, and what the module will do. */
export function UnderConstructionPage({ module }: { module: ModuleDefinition }) {
  const { t } = useI18n();
  return (
    <Card data-testid="under-construction">
      <Result
        icon={<ToolOutlined style={{ color: '#1554ad' }} />}
        title={
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t(module.title)}
          </Typography.Title>
        }
        subTitle={
          <>
            <Typography.Paragraph strong style={{ fontSize: 16 }}>
              {t('underConstruction.title')}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ maxWidth: 640, margin: '0 auto' }}>
              {t('underConstruction.willDo', { description: t(module.description) })}
            </Typography.Paragraph>
          </>
        }
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    </Card>
  );
}
