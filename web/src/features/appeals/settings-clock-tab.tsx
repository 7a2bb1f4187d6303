import { Alert, Button, Card, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../app/i18n/i18n';
import { ApiErrorView } from '../../app/pages/api-error-view';
import { listDepartments } from '../users/users-api';
import {
  getSettings,
  listCategories,
  saveSettings,
  type AppealSettings,
  type ClockRule,
} from './appeals-api';
import { ClockRulesTable, normalizeRules } from './clock-rules-table';
import { useSettingsSave } from './use-settings-save';

interface Draft {
  dispatchDepartmentId: string | null;
  clockRules: ClockRule[];
}

function draftOf(settings: AppealSettings): Draft {
  return {
    dispatchDepartmentId: settings.dispatchDepartment?.id ?? null,
    clockRules: normalizeRules(settings.clockRules),
  };
}

/**
 * 派单与时限: which department is the dispatch desk (派单台), and the clock rules — 一般 不过夜,
 * 重大 不过周 by default, with overrides per category. Saved together with the version read.
 */
export function SettingsClockTab() {
  const { t } = useI18n();
  const settings = useApiQuery((signal) => getSettings(signal), []);
  const categories = useApiQuery((signal) => listCategories(true, signal), []);
  const departments = useApiQuery((signal) => listDepartments(signal), []);
  const [draft, setDraft] = useState<Draft>();
  const saveState = useSettingsSave(
    { saved: t('appeals.settings.saved'), conflict: t('appeals.settings.conflict') },
    settings.reload,
  );

  useEffect(() => {
    if (settings.data) setDraft(draftOf(settings.data));
  }, [settings.data]);

  if (settings.error) return <ApiErrorView error={settings.error} onRetry={settings.reload} />;
  if (!settings.data || !draft) return <Skeleton active paragraph={{ rows: 6 }} />;
  const loaded = settings.data;
  const isDirty = JSON.stringify(draft) !== JSON.stringify(draftOf(loaded));

  const save = () => saveState.save(() => saveSettings({ ...draft, version: loaded.version }));

  return (
    <Space orientation="vertical" size={16} style={{ display: 'flex' }}>
      {saveState.error && <Alert type="error" showIcon title={saveState.error} />}
      <Card size="small" title={t('appeals.settings.dispatchDesk')}>
        <Space wrap align="center">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 260 }}
            placeholder={t('appeals.settings.noDesk')}
            value={draft.dispatchDepartmentId ?? undefined}
            loading={departments.loading}
            options={(departments.data ?? []).map((department) => ({
              value: department.id,
              label: department.name,
            }))}
            onChange={(value: string | undefined) =>
              setDraft({ ...draft, dispatchDepartmentId: value ?? null })
            }
            data-testid="settings-dispatch-department"
          />
          <Typography.Text type="secondary">{t('appeals.settings.dispatchDeskHint')}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" title={t('appeals.settings.clockRules')}>
        <Typography.Paragraph type="secondary">{t('appeals.settings.clockRulesHint')}</Typography.Paragraph>
        <ClockRulesTable
          rules={draft.clockRules}
          categories={categories.data ?? []}
          onChange={(clockRules) => setDraft({ ...draft, clockRules })}
        />
      </Card>
      <Space>
        <Button
          type="primary"
          loading={saveState.saving}
          disabled={!isDirty}
          onClick={() => void save()}
          data-testid="settings-save"
        >
          {t('common.save')}
        </Button>
        <Button disabled={!isDirty || saveState.saving} onClick={() => setDraft(draftOf(loaded))}>
          {t('appeals.settings.discard')}
        </Button>
      </Space>
    </Space>
  );
}
