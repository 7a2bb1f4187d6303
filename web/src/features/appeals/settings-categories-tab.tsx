import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { createCategory, listCategories, updateCategory, type AppealCategory } from './appeals-api';

interface CategoryValues {
  name: string;
  sortOrder?: number;
}

/** Adds a category or renames and re-orders one. */
function CategoryDialog({
  editing,
  nextSortOrder,
  onClose,
  onSaved,
}: {
  editing: AppealCategory | 'new' | undefined;
  nextSortOrder: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CategoryValues>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!editing) return;
    setError(undefined);
    form.setFieldsValue(
      editing === 'new'
        ? { name: '', sortOrder: nextSortOrder }
        : { name: editing.name, sortOrder: editing.sortOrder },
    );
  }, [editing]);

  const submit = async (values: CategoryValues) => {
    setSaving(true);
    setError(undefined);
    try {
      const request = { name: values.name.trim(), sortOrder: values.sortOrder ?? undefined };
      if (editing === 'new') await createCategory(request);
      else if (editing) await updateCategory(editing.id, request);
      void message.success(t('appeals.settings.categorySaved', { name: request.name }));
      onSaved();
    } catch (reason) {
      setError(
        reason instanceof ApiError
          ? showFieldErrors(form, reason, { name: 'name', sortOrder: 'sortOrder' })
          : t('error.unexpected'),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={editing !== undefined}
      title={editing === 'new' ? t('appeals.settings.addCategory') : t('appeals.settings.editCategory')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: saving }}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<CategoryValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          label={t('appeals.settings.categoryName')}
          name="name"
          rules={[
            { required: true, whitespace: true, message: t('appeals.settings.categoryNameRequired') },
            { min: 2, max: 40, message: t('appeals.settings.categoryNameLength') },
          ]}
        >
          <Input maxLength={40} data-testid="category-name" />
        </Form.Item>
        <Form.Item label={t('appeals.settings.sortOrder')} name="sortOrder">
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 诉求类别: the zone's categories in order; rename, re-order, retire (kept on old appeals) and restore. */
export function SettingsCategoriesTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const categories = useApiQuery((signal) => listCategories(true, signal), []);
  const [editing, setEditing] = useState<AppealCategory | 'new'>();

  if (categories.error) return <ApiErrorView error={categories.error} onRetry={categories.reload} />;
  const items = categories.data ?? [];
  const toggle = async (category: AppealCategory) => {
    try {
      await updateCategory(category.id, { active: !category.active });
      void message.success(
        t(category.active ? 'appeals.settings.retiredDone' : 'appeals.settings.restoredDone', {
          name: category.name,
        }),
      );
      categories.reload();
    } catch (reason) {
      void message.error(reason instanceof ApiError ? reason.message : t('error.unexpected'));
    }
  };

  return (
    <div>
      <div className="gx-page-header" style={{ alignItems: 'center' }}>
        <Typography.Text type="secondary">{t('appeals.settings.categoriesHint')}</Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="category-add"
        >
          {t('appeals.settings.addCategory')}
        </Button>
      </div>
      <Table<AppealCategory>
        rowKey="id"
        size="middle"
        loading={categories.loading}
        dataSource={items}
        pagination={false}
        columns={[
          { title: t('appeals.settings.sortOrder'), dataIndex: 'sortOrder', width: 80, align: 'right' },
          {
            title: t('appeals.settings.categoryName'),
            key: 'name',
            render: (_v, category) => (
              <Space>
                <Typography.Text strong delete={!category.active}>
                  {category.name}
                </Typography.Text>
                <span className="gx-mono" style={{ color: 'var(--ant-color-text-tertiary)' }}>
                  {category.code}
                </span>
              </Space>
            ),
          },
          {
            title: t('appeals.settings.status'),
            key: 'active',
            width: 100,
            render: (_v, category) =>
              category.active ? (
                <Tag color="green">{t('appeals.settings.active')}</Tag>
              ) : (
                <Tag>{t('appeals.settings.retired')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            render: (_v, category) => (
              <Space size={0}>
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(category)}>
                  {t('appeals.settings.rename')}
                </Button>
                <Popconfirm
                  title={
                    category.active
                      ? t('appeals.settings.retireConfirm', { name: category.name })
                      : t('appeals.settings.restoreConfirm', { name: category.name })
                  }
                  onConfirm={() => toggle(category)}
                >
                  <Button size="small" type="link" danger={category.active}>
                    {category.active ? t('appeals.settings.retire') : t('appeals.settings.restore')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <CategoryDialog
        editing={editing}
        nextSortOrder={Math.max(0, ...items.map((item) => item.sortOrder)) + 10}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          categories.reload();
        }}
      />
    </div>
  );
}
