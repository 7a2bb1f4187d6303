import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import { useI18n } from '../../app/i18n/i18n';

/** Edit and delete links for a row of a profile table; deleting asks first. */
export function RowActions({
  confirmTitle,
  onEdit,
  onRemove,
}: {
  confirmTitle: string;
  onEdit: () => void;
  onRemove: () => void | Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <Space size={4}>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Popconfirm
        title={confirmTitle}
        okText={t('common.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={onRemove}
      >
        <Button type="link" size="small" danger icon={<DeleteOutlined />}>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
