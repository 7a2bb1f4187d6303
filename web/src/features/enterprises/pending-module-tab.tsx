import { Empty, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';

/** A profile tab whose data another module will provide; says which one and what it will show. */
export function PendingModuleTab({ module, content }: { module: MessageKey; content: MessageKey }) {
  const { t } = useI18n();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {t('profile.pendingTitle', { module: t(module) })}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t(content)}</Typography.Text>
        </>
      }
    />
  );
}
