import { PlusOutlined } from '@ant-design/icons';
import { parseAmount, sumAmounts, formatAmount, todayInChina } from '@gaoxin/domain';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { amountRules, amountText, cleanAmount } from './investment-format';
import { addProjectFund, type ProjectDetail, type ProjectFund } from './projects-api';
import { useFormSubmit } from './use-form-submit';

interface FundValues {
  receivedOn: Dayjs;
  amount: string;
  note?: string;
}

function FundDialog({
  project,
  open,
  onClose,
  onDone,
}: {
  project: ProjectDetail;
  open: boolean;
  onClose: () => void;
  onDone: (project: ProjectDetail) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FundValues>();
  const submit = useFormSubmit(form, { receivedOn: 'receivedOn', amount: 'amount', note: 'note' });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    submit.setError(undefined);
  }, [open]);

  const save = async (values: FundValues) => {
    const saved = await submit.run(() =>
      addProjectFund(project.id, {
        receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        amount: cleanAmount(values.amount) ?? '',
        note: values.note?.trim() || null,
      }),
    );
    if (!saved) return;
    void message.success(t('projects.funds.saved'));
    onDone(saved);
  };

  return (
    <Modal
      open={open}
      title={t('projects.funds.add')}
      onCancel={onClose}
      forceRender
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={submit.saving}
            onClick={() => form.submit()}
            data-testid="fund-form-ok"
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {submit.error && <Alert type="error" showIcon title={submit.error} style={{ marginBottom: 16 }} />}
      <Form<FundValues>
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: dayjs(todayInChina()) }}
        onFinish={(values) => void save(values)}
      >
        <Space wrap size={16} align="start">
          <Form.Item
            label={t('projects.funds.receivedOn')}
            name="receivedOn"
            rules={[{ required: true, message: t('projects.funds.dateRequired') }]}
          >
            <DatePicker
              allowClear={false}
              disabledDate={(date) =>
                date.isAfter(dayjs(todayInChina()), 'day') || date.isBefore(dayjs(project.signedOn), 'day')
              }
            />
          </Form.Item>
          <Form.Item
            label={t('projects.funds.amountWan')}
            name="amount"
            rules={[
              ...amountRules({
                format: t('investment.form.amountFormat'),
                absurd: t('investment.form.amountAbsurd'),
                required: t('projects.form.amountRequired'),
              }),
              {
                validator: (_rule, value: string | undefined) =>
                  cleanAmount(value) && Number(cleanAmount(value)) <= 0
                    ? Promise.reject(new Error(t('projects.funds.positive')))
                    : Promise.resolve(),
              },
            ]}
          >
            <Input suffix={t('common.tenThousandYuan')} inputMode="decimal" data-testid="fund-form-amount" />
          </Form.Item>
        </Space>
        <Form.Item label={t('projects.funds.note')} name="note" rules={[{ max: 200 }]}>
          <Input maxLength={200} placeholder={t('projects.funds.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 到位资金: every dated entry (never one overwritten number), their sum, and 登记到位资金 for the team. */
export function ProjectFunds({
  project,
  onChanged,
}: {
  project: ProjectDetail;
  onChanged: (project: ProjectDetail) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const total = formatAmount(sumAmounts(project.funds.map((fund) => parseAmount(fund.amount))), 4);
  return (
    <Card
      size="small"
      title={t('projects.funds.title')}
      extra={
        project.canEdit && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="project-fund-add"
          >
            {t('projects.funds.add')}
          </Button>
        )
      }
    >
      {project.funds.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={project.canEdit ? t('projects.funds.emptyTeam') : t('projects.funds.empty')}
        />
      ) : (
        <>
          <Typography.Paragraph>
            {t('projects.funds.total', {
              total: amountText(total),
              contract: amountText(project.contractAmount),
            })}
          </Typography.Paragraph>
          <Table<ProjectFund>
            rowKey="id"
            size="small"
            pagination={project.funds.length > 8 ? { pageSize: 8, size: 'small' } : false}
            dataSource={[...project.funds].sort((left, right) =>
              right.receivedOn.localeCompare(left.receivedOn),
            )}
            columns={[
              {
                title: t('projects.funds.receivedOn'),
                dataIndex: 'receivedOn',
                key: 'receivedOn',
                width: 110,
              },
              {
                title: t('projects.funds.amount'),
                key: 'amount',
                align: 'right',
                width: 130,
                render: (_value, fund) => amountText(fund.amount),
              },
              {
                title: t('projects.funds.note'),
                key: 'note',
                ellipsis: true,
                render: (_v, fund) => fund.note ?? '—',
              },
              {
                title: t('projects.funds.by'),
                dataIndex: 'byName',
                key: 'byName',
                width: 120,
                ellipsis: true,
              },
            ]}
            data-testid="project-funds"
          />
        </>
      )}
      <FundDialog
        project={project}
        open={open}
        onClose={() => setOpen(false)}
        onDone={(next) => {
          setOpen(false);
          onChanged(next);
        }}
      />
    </Card>
  );
}
