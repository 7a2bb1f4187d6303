import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { cumulativeLabel, parsePeriod } from '@gaoxin/domain';
import { Alert, App, Button, Descriptions, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { formatDateTime } from '../../app/i18n/format';
import { useI18n } from '../../app/i18n/i18n';
import { periodText, saveReturn, type ReturnResponse } from './returns-api';
import { FilingStatusTag, sourceKeys } from './returns-labels';
import { ReturnFormConflict } from './return-form-conflict';
import { ReturnFormTable } from './return-form-table';
import {
  checkRow,
  draftsFrom,
  isDirty,
  noteKey,
  payloadOf,
  type Draft,
  type Drafts,
  type FieldNotes,
} from './return-form-values';

const fieldPattern = /^values\.(\d+)\.(current|previous)$/;

/**
 * One enterprise's return for one period: who, when it is due and where it stands, the figures, and
 * saving with the version as read (409: someone else saved first, 400: the server's checks).
 */
export function ReturnForm({
  initial,
  mayWrite,
  isStaff,
  onDirtyChange,
}: {
  initial: ReturnResponse;
  mayWrite: boolean;
  /** Zone staff get a link to the enterprise's profile. */
  isStaff: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [base, setBase] = useState(initial);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsFrom(initial));
  const [serverNotes, setServerNotes] = useState<FieldNotes>({});
  const [formError, setFormError] = useState<string>();
  const [conflict, setConflict] = useState<ReturnResponse>();
  const [saving, setSaving] = useState(false);

  const dirty = isDirty(base, drafts);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const clientNotes = useMemo(
    () =>
      Object.assign(
        {},
        ...base.values.map((value) =>
          checkRow(value, drafts[value.indicator.code] ?? { current: '', previous: '' }),
        ),
      ) as FieldNotes,
    [base, drafts],
  );
  const notes: FieldNotes = { ...clientNotes, ...serverNotes };

  const change = (code: string, patch: Partial<Draft>) => {
    setDrafts((current) => ({
      ...current,
      [code]: { ...(current[code] ?? { current: '', previous: '' }), ...patch },
    }));
    setServerNotes((current) => {
      const next = { ...current };
      delete next[noteKey(code, 'current')];
      delete next[noteKey(code, 'previous')];
      return next;
    });
    setFormError(undefined);
  };

  const load = (fresh: ReturnResponse) => {
    setBase(fresh);
    setDrafts(draftsFrom(fresh));
    setServerNotes({});
    setConflict(undefined);
    setFormError(undefined);
  };

  const save = async (over: ReturnResponse = base) => {
    if (Object.values(clientNotes).some((note) => note.level === 'error')) {
      setFormError(t('economy.returns.fixFirst'));
      return;
    }
    const { values, codes } = payloadOf(over, drafts);
    if (values.length === 0) {
      setFormError(t('economy.returns.nothingFilled'));
      return;
    }
    setSaving(true);
    setFormError(undefined);
    try {
      const saved = await saveReturn({
        enterpriseId: over.enterprise.id,
        period: over.period,
        version: over.version,
        values,
      });
      load(saved);
      void message.success(t('economy.returns.saved', { period: periodText(saved.period, language) }));
    } catch (reason) {
      if (!(reason instanceof ApiError)) {
        setFormError(t('error.unexpected'));
        return;
      }
      if (reason.code === 'CONFLICT' && reason.current) {
        setConflict(reason.current as ReturnResponse);
        return;
      }
      const byField: FieldNotes = {};
      const unmatched: string[] = [];
      for (const detail of reason.details) {
        const match = fieldPattern.exec(detail.field);
        const code = match ? codes[Number(match[1])] : undefined;
        if (match && code) {
          byField[noteKey(code, match[2] as 'current' | 'previous')] = {
            level: 'error',
            key: 'economy.returns.serverProblem',
            text: detail.message,
          };
        } else unmatched.push(detail.message);
      }
      setServerNotes(byField);
      setFormError(
        unmatched.length > 0
          ? unmatched.join('；')
          : Object.keys(byField).length > 0
            ? t('economy.returns.fixFirst')
            : reason.message,
      );
    } finally {
      setSaving(false);
    }
  };

  const period = parsePeriod(base.period);
  return (
    <div data-testid="return-form">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'enterprise',
            label: t('economy.filings.enterprise'),
            children: isStaff ? (
              <Link to={`/enterprises/${base.enterprise.id}?tab=indicators`}>{base.enterprise.name}</Link>
            ) : (
              base.enterprise.name
            ),
          },
          {
            key: 'period',
            label: t('economy.returns.period'),
            children: `${periodText(base.period, language)}（${t('economy.returns.covers', { label: cumulativeLabel(period) })}）`,
          },
          { key: 'deadline', label: t('economy.returns.deadlineLabel'), children: base.deadline },
          {
            key: 'status',
            label: t('economy.filings.status'),
            children: <FilingStatusTag status={base.status} />,
          },
          {
            key: 'filed',
            label: t('economy.returns.lastFiled'),
            children: base.filedAt
              ? t('economy.returns.filedBy', {
                  at: formatDateTime(base.filedAt, language),
                  who: base.filedBy ?? '—',
                  source: base.source ? t(sourceKeys[base.source]) : '—',
                })
              : t('economy.returns.neverFiled'),
          },
        ]}
      />
      {!mayWrite && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('economy.returns.readOnly')} />
      )}
      {conflict && (
        <ReturnFormConflict
          fresh={conflict}
          drafts={drafts}
          onReload={() => load(conflict)}
          onOverwrite={() => {
            setBase(conflict);
            setConflict(undefined);
            void save(conflict);
          }}
        />
      )}
      <ReturnFormTable data={base} drafts={drafts} notes={notes} readOnly={!mayWrite} onChange={change} />
      {mayWrite && (
        <div style={{ marginTop: 16 }}>
          {formError && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={formError}
              data-testid="return-error"
            />
          )}
          <Space wrap>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              disabled={conflict !== undefined}
              onClick={() => void save()}
              data-testid="return-save"
            >
              {t(base.version === null ? 'economy.returns.submit' : 'economy.returns.saveChanges')}
            </Button>
            <Button icon={<UndoOutlined />} disabled={!dirty || saving} onClick={() => load(base)}>
              {t('economy.returns.undo')}
            </Button>
            <Typography.Text type={dirty ? 'warning' : 'secondary'}>
              {dirty ? t('economy.returns.unsaved') : t('economy.returns.serverJudges')}
            </Typography.Text>
          </Space>
        </div>
      )}
    </div>
  );
}
