import { UploadOutlined } from '@ant-design/icons';
import {
  maxOutlineTextLength,
  outlineText,
  parseOutline,
  zoneFieldMessages,
  type Outline,
} from '@gaoxin/domain';
import { Alert, Button, Flex, Form, Input, InputNumber, Modal, Space, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { showFieldErrors } from '../../api/form-errors';
import { useI18n } from '../../app/i18n/i18n';
import { OutlinePreview } from './outline-preview';
import { createZonePark, updateZonePark, type ZonePark } from './zone-settings-api';
import { useRecordSave } from './use-record-save';

interface Values {
  code: string;
  name: string;
  sortOrder: number | null;
  outlineText: string;
}

/** Creates or edits a sub-park; the outline is uploaded or pasted, checked and drawn before saving. */
export function ParkDialog({
  park,
  onClose,
  onSaved,
}: {
  park: ZonePark | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const { busy, run } = useRecordSave(onSaved);
  const text = Form.useWatch('outlineText', form) ?? '';
  useEffect(() => {
    form.setFieldsValue({
      code: park?.code ?? '',
      name: park?.name ?? '',
      sortOrder: park?.sortOrder ?? 0,
      outlineText: park?.outline ? JSON.stringify(park.outline) : '',
    });
  }, [park, form]);

  const parsed = text.trim() ? parseOutline(text) : undefined;
  const preview: Outline | undefined = parsed && 'outline' in parsed ? parsed.outline : undefined;
  const outlineProblem = parsed && 'problem' in parsed ? outlineText(parsed.problem)[language] : undefined;

  const submit = async (values: Values) => {
    setProblem(undefined);
    const common = {
      code: values.code.trim(),
      name: values.name.trim(),
      sortOrder: values.sortOrder ?? 0,
      outline: values.outlineText.trim() ? values.outlineText : null,
    };
    const { saved, error } = await run(() =>
      park ? updateZonePark(park.id, { ...common, version: park.version }) : createZonePark(common),
    );
    if (error)
      setProblem(showFieldErrors(form, error, { code: 'code', name: 'name', outline: 'outlineText' }));
    if (saved) onClose();
  };

  const readFile = async (file: File) => {
    if (file.size > maxOutlineTextLength) {
      form.setFields([{ name: 'outlineText', errors: [t('zoneSettings.parks.fileTooLarge')] }]);
      return;
    }
    form.setFieldsValue({ outlineText: await file.text() });
    void form.validateFields(['outlineText']);
  };

  return (
    <Modal
      open
      width={720}
      title={park ? t('zoneSettings.parks.editTitle', { name: park.name }) : t('zoneSettings.parks.addTitle')}
      okText={t('zoneSettings.save')}
      cancelText={t('zoneSettings.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'park-save' } as Record<`data-${string}`, string>}
    >
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problem} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} data-testid="park-form">
        <Flex gap={16} wrap>
          <Form.Item
            name="name"
            label={t('zoneSettings.name')}
            style={{ flex: '1 1 240px' }}
            rules={[{ required: true, whitespace: true, message: t('zoneSettings.nameRequired') }]}
          >
            <Input maxLength={64} placeholder="一园" data-testid="park-name" />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('zoneSettings.code')}
            style={{ flex: '0 1 160px' }}
            rules={[
              { required: true, whitespace: true, message: t('zoneSettings.codeRequired') },
              { pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/, message: zoneFieldMessages.code[language] },
            ]}
          >
            <Input maxLength={16} placeholder="P1" data-testid="park-code" />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('zoneSettings.sortOrder')} style={{ flex: '0 0 100px' }}>
            <InputNumber min={0} max={9999} precision={0} />
          </Form.Item>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('zoneSettings.parks.outlineHint')}
        </Typography.Paragraph>
        <Space style={{ marginBottom: 8 }}>
          <Upload
            accept=".geojson,.json,application/geo+json,application/json"
            showUploadList={false}
            beforeUpload={(file) => {
              void readFile(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="park-upload">
              {t('zoneSettings.parks.upload')}
            </Button>
          </Upload>
          <Button onClick={() => form.setFieldsValue({ outlineText: '' })} disabled={!text.trim()}>
            {t('zoneSettings.parks.clearOutline')}
          </Button>
        </Space>
        <Flex gap={16} align="flex-start">
          <Form.Item
            name="outlineText"
            label={t('zoneSettings.parks.outline')}
            style={{ flex: 1, minWidth: 0 }}
            validateStatus={outlineProblem ? 'error' : undefined}
            help={outlineProblem}
          >
            <Input.TextArea
              rows={7}
              spellCheck={false}
              style={{ fontFamily: 'monospace', fontSize: 12 }}
              placeholder={t('zoneSettings.parks.outlinePlaceholder')}
              data-testid="park-outline"
            />
          </Form.Item>
          <div style={{ paddingTop: 30 }}>
            {preview ? (
              <OutlinePreview outline={preview} />
            ) : (
              <Flex
                align="center"
                justify="center"
                style={{ width: 160, height: 160, border: '1px dashed #d0d7e2', borderRadius: 4 }}
              >
                <Typography.Text type="secondary">{t('zoneSettings.parks.noOutline')}</Typography.Text>
              </Flex>
            )}
          </div>
        </Flex>
      </Form>
    </Modal>
  );
}
