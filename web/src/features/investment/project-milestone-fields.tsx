import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n/i18n';
import type { MessageKey } from '../../app/i18n/translate';
import type { ProjectFormValues } from './project-form-fields';

/** The usual milestones from signing to production, offered in one click. */
const usualMilestones: MessageKey[] = [
  'projects.milestone.usual.registered',
  'projects.milestone.usual.land',
  'projects.milestone.usual.started',
  'projects.milestone.usual.completed',
  'projects.milestone.usual.producing',
];

/** The first milestones of a new project: name and planned date, none before the signing date. */
export function ProjectMilestoneFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance<ProjectFormValues>();
  const signedOn = Form.useWatch('signedOn', form);

  return (
    <Form.List name="milestones">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('projects.form.noMilestones')}</Typography.Paragraph>
          )}
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap className="gx-investment-milestone-row">
              <Form.Item
                name={[field.name, 'name']}
                rules={[
                  { required: true, whitespace: true, message: t('projects.milestone.nameRequired') },
                  { min: 2, max: 60, message: t('projects.milestone.nameLength') },
                ]}
              >
                <Input maxLength={60} placeholder={t('projects.milestone.name')} style={{ width: 260 }} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'plannedOn']}
                dependencies={['signedOn']}
                rules={[
                  { required: true, message: t('projects.milestone.plannedRequired') },
                  {
                    validator: (_rule, value: Dayjs | undefined) =>
                      value && signedOn && value.isBefore(signedOn, 'day')
                        ? Promise.reject(new Error(t('projects.milestone.beforeSigned')))
                        : Promise.resolve(),
                  },
                ]}
              >
                <DatePicker placeholder={t('projects.milestone.plannedOn')} />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Space wrap>
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '' })}
              data-testid="project-form-add-milestone"
            >
              {t('projects.milestone.add')}
            </Button>
            {fields.length === 0 && (
              <Button onClick={() => usualMilestones.forEach((key) => add({ name: t(key) }))}>
                {t('projects.form.usualMilestones')}
              </Button>
            )}
          </Space>
        </>
      )}
    </Form.List>
  );
}
