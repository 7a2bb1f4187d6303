import { EditOutlined, SaveOutlined } from '@ant-design/icons';
import { displayPercent, industrySections } from '@gaoxin/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  Row,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { listParks } from '../enterprises/enterprises-api';
import {
  defaultPeriod,
  getOfficialRates,
  listIndicators,
  periodText,
  saveOfficialRate,
  type OfficialRate,
} from './returns-api';
import { PeriodPicker } from './returns-period-picker';

type SliceKind = OfficialRate['sliceKind'];
const sliceKinds: SliceKind[] = ['zone', 'park', 'industry', 'leading'];
const sliceKindKeys: Record<SliceKind, MessageKey> = {
  zone: 'economy.settings.slice.zone',
  park: 'economy.settings.slice.park',
  industry: 'economy.settings.slice.industry',
  leading: 'economy.settings.slice.leading',
};

interface RateForm {
  indicatorCode: string;
  sliceKind: SliceKind;
  sliceKey?: string;
  growthPercent: string;
  note?: string;
}

/**
 * 公布增速: the growth rates the statistics bureau published for a period, by the whole zone, a sub-park,
 * an industry section or a leading industry. The dashboard and bulletin show them in place of the
 * computed rate (marked 公布), with the computed one beside it.
 */
export function SettingsOfficialRatesTab() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [period, setPeriod] = useState(defaultPeriod());
  const [form] = Form.useForm<RateForm>();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string>();
  const rates = useApiQuery((signal) => getOfficialRates(period, signal), [period]);
  const indicators = useApiQuery((signal) => listIndicators(signal), []);
  const parks = useApiQuery((signal) => listParks(signal), []);
  const sliceKind = Form.useWatch('sliceKind', form) ?? 'zone';

  const nameOf = (code: string) => indicators.data?.find((item) => item.code === code)?.name ?? code;
  const sliceLabel = (rate: OfficialRate) => {
    if (rate.sliceKind === 'zone') return t('economy.settings.zone');
    if (rate.sliceKind === 'park')
      return parks.data?.find((park) => park.id === rate.sliceKey)?.name ?? rate.sliceKey;
    if (rate.sliceKind === 'industry') {
      const section = industrySections.find((item) => item.code === rate.sliceKey);
      return section ? `${section.code} ${section.name}` : rate.sliceKey;
    }
    return rate.sliceKey;
  };

  const submit = async (values: RateForm) => {
    setSaving(true);
    setFormError(undefined);
    try {
      const answer = await saveOfficialRate({
        period,
        indicatorCode: values.indicatorCode,
        sliceKind: values.sliceKind,
        sliceKey: values.sliceKind === 'zone' ? '' : (values.sliceKey ?? '').trim(),
        growthPercent: Number(values.growthPercent),
        note: values.note?.trim() ? values.note.trim() : null,
      });
      void message.success(t('economy.settings.rateSaved'));
      if (answer.period === period) rates.reload();
      form.resetFields(['growthPercent', 'note']);
    } catch (reason) {
      if (reason instanceof ApiError) {
        setFormError(
          showFieldErrors(form, reason, {
            sliceKey: 'sliceKey',
            growthPercent: 'growthPercent',
            note: 'note',
          }),
        );
      } else setFormError(t('error.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  const edit = (rate: OfficialRate) => {
    form.setFieldsValue({
      indicatorCode: rate.indicatorCode,
      sliceKind: rate.sliceKind,
      sliceKey: rate.sliceKey || undefined,
      growthPercent: String(rate.growthPercent),
      note: rate.note ?? undefined,
    });
  };

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xl={14}>
        <Space style={{ marginBottom: 16 }} wrap>
          <Typography.Text>{t('economy.returns.period')}</Typography.Text>
          <PeriodPicker value={period} onChange={setPeriod} testId="rates-period" />
        </Space>
        {rates.error ? (
          <ApiErrorView error={rates.error} onRetry={rates.reload} />
        ) : (
          <Table<OfficialRate>
            size="small"
            rowKey={(rate) => `${rate.indicatorCode}|${rate.sliceKind}|${rate.sliceKey}`}
            loading={rates.loading}
            dataSource={rates.data?.period === period ? rates.data.items : []}
            pagination={false}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('economy.settings.noRates', { period: periodText(period, language) })}
                />
              ),
            }}
            columns={[
              {
                title: t('economy.returns.indicator'),
                key: 'indicator',
                render: (_v, rate) => nameOf(rate.indicatorCode),
              },
              {
                title: t('economy.settings.sliceKind'),
                key: 'kind',
                render: (_v, rate) => t(sliceKindKeys[rate.sliceKind]),
              },
              { title: t('economy.settings.scope'), key: 'slice', render: (_v, rate) => sliceLabel(rate) },
              {
                title: t('economy.settings.publishedGrowth'),
                key: 'growth',
                align: 'right',
                render: (_v, rate) => displayPercent(rate.growthPercent),
              },
              { title: t('economy.settings.note'), key: 'note', render: (_v, rate) => rate.note ?? '—' },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 80,
                render: (_v, rate) => (
                  <Button size="small" type="link" icon={<EditOutlined />} onClick={() => edit(rate)}>
                    {t('common.edit')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Col>
      <Col xs={24} xl={10}>
        <Card
          size="small"
          title={t('economy.settings.rateFormTitle', { period: periodText(period, language) })}
        >
          <Form<RateForm>
            form={form}
            layout="vertical"
            initialValues={{ sliceKind: 'zone' }}
            onFinish={(values) => void submit(values)}
            data-testid="rate-form"
          >
            <Form.Item
              name="indicatorCode"
              label={t('economy.returns.indicator')}
              rules={[{ required: true, message: t('economy.settings.pickIndicator') }]}
            >
              <Select
                loading={indicators.loading}
                options={(indicators.data ?? [])
                  .filter((item) => item.active)
                  .map((item) => ({ value: item.code, label: item.name }))}
              />
            </Form.Item>
            <Form.Item name="sliceKind" label={t('economy.settings.sliceKind')}>
              <Segmented<SliceKind>
                options={sliceKinds.map((kind) => ({ value: kind, label: t(sliceKindKeys[kind]) }))}
                onChange={() => form.setFieldValue('sliceKey', undefined)}
              />
            </Form.Item>
            {sliceKind !== 'zone' && (
              <Form.Item
                name="sliceKey"
                label={t('economy.settings.scope')}
                rules={[{ required: true, message: t('economy.settings.pickScope') }]}
              >
                {sliceKind === 'park' ? (
                  <Select
                    options={(parks.data ?? []).map((park) => ({ value: park.id, label: park.name }))}
                  />
                ) : sliceKind === 'industry' ? (
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={industrySections.map((section) => ({
                      value: section.code,
                      label: `${section.code} ${section.name}`,
                    }))}
                  />
                ) : (
                  <Input maxLength={40} placeholder={t('economy.settings.leadingPlaceholder')} />
                )}
              </Form.Item>
            )}
            <Form.Item
              name="growthPercent"
              label={t('economy.settings.publishedGrowth')}
              rules={[
                { required: true, message: t('economy.settings.growthRequired') },
                { pattern: /^-?\d{1,5}(\.\d{1,2})?$/, message: t('economy.settings.growthInvalid') },
              ]}
            >
              <Input inputMode="decimal" suffix="%" placeholder="8.50" style={{ maxWidth: 200 }} />
            </Form.Item>
            <Form.Item name="note" label={t('economy.settings.note')}>
              <Input maxLength={200} placeholder={t('economy.settings.notePlaceholder')} />
            </Form.Item>
            {formError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={formError} />}
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={saving}
              data-testid="rate-save"
            >
              {t('economy.settings.saveRate')}
            </Button>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}
