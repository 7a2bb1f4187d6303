import { PlusOutlined } from '@ant-design/icons';
import {
  calendarDayProblems,
  fieldMessages,
  mergeCalendarDays,
  parseCalendarLines,
  type CalendarDay,
  type CalendarDayKind,
} from '@gaoxin/domain';
import { Alert, Button, DatePicker, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';

/**
 * Adds days to a year's draft, one range at a time or from pasted lines of the 放假安排. Days that
 * would be refused (another year, a make-up workday on a weekday) are not added but listed, so the
 * draft stays valid and the officer sees why.
 */
export function CalendarDayAdder({
  year,
  days,
  onAdd,
}: {
  year: number;
  days: CalendarDay[];
  onAdd: (days: CalendarDay[]) => void;
}) {
  const { t, language } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [kind, setKind] = useState<CalendarDayKind>('holiday');
  const [name, setName] = useState('');
  const [pasted, setPasted] = useState('');
  const [notes, setNotes] = useState<{ type: 'success' | 'warning'; lines: string[] }>();

  /** Merges what is acceptable into the draft; answers the notes for what was not. */
  const add = (added: CalendarDay[]): string[] => {
    const candidate = mergeCalendarDays(days, added);
    const refused = new Map(
      calendarDayProblems(year, candidate).map((problem) => [candidate[problem.index]!.date, problem.key]),
    );
    onAdd(candidate.filter((day) => !refused.has(day.date)));
    return [...refused].map(([date, key]) => `${date}：${fieldMessages[key][language]}`);
  };

  const addRange = () => {
    if (!range) return;
    const [from, to] = range;
    const added: CalendarDay[] = [];
    for (let day = from; !day.isAfter(to, 'day'); day = day.add(1, 'day')) {
      added.push({ date: day.format('YYYY-MM-DD'), kind, name: name.trim() || null });
    }
    const refused = add(added);
    setNotes(refused.length > 0 ? { type: 'warning', lines: refused } : undefined);
    if (refused.length === 0) setRange(null);
  };

  const addPasted = () => {
    const parsed = parseCalendarLines(pasted);
    const refused = add(parsed.days);
    const unread = parsed.rejected.map((line) => t('appeals.calendar.unread', { ...line }));
    const accepted = parsed.days.length - refused.length;
    setNotes({
      type: refused.length + unread.length > 0 ? 'warning' : 'success',
      lines: [t('appeals.calendar.pasted', { count: accepted }), ...unread, ...refused],
    });
    if (refused.length + unread.length === 0) setPasted('');
  };

  return (
    <Space orientation="vertical" size={12} style={{ display: 'flex' }}>
      <div>
        <Typography.Text strong>{t('appeals.calendar.addTitle')}</Typography.Text>
        <Space wrap style={{ display: 'flex', marginTop: 8 }}>
          <DatePicker.RangePicker
            value={range}
            onChange={(values) => setRange(values?.[0] && values[1] ? [values[0], values[1]] : null)}
            defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]}
            disabledDate={(date) => date.year() !== year}
            aria-label={t('appeals.calendar.pickDates')}
            data-testid="calendar-range"
          />
          <Select
            value={kind}
            onChange={setKind}
            style={{ width: 120 }}
            options={[
              { value: 'holiday', label: t('appeals.calendar.kind.holiday') },
              { value: 'workday', label: t('appeals.calendar.kind.workday') },
            ]}
            aria-label={t('appeals.calendar.kind')}
          />
          <Input
            value={name}
            maxLength={20}
            onChange={(event) => setName(event.target.value)}
            placeholder={t('appeals.calendar.namePlaceholder')}
            style={{ width: 180 }}
            aria-label={t('appeals.calendar.name')}
          />
          <Button icon={<PlusOutlined />} disabled={!range} onClick={addRange}>
            {t('appeals.calendar.add')}
          </Button>
        </Space>
      </div>
      <div>
        <Typography.Text strong>{t('appeals.calendar.pasteTitle')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
          {t('appeals.calendar.pasteHint')}
        </Typography.Paragraph>
        <Input.TextArea
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          autoSize={{ minRows: 4, maxRows: 12 }}
          placeholder={t('appeals.calendar.pastePlaceholder', { year })}
          data-testid="calendar-paste"
        />
        <Button style={{ marginTop: 8 }} disabled={!pasted.trim()} onClick={addPasted}>
          {t('appeals.calendar.pasteButton')}
        </Button>
      </div>
      {notes && (
        <Alert
          type={notes.type}
          showIcon
          closable={{ onClose: () => setNotes(undefined) }}
          title={notes.lines[0]}
          description={
            notes.lines.length > 1 ? (
              <ul className="gx-calendar-notes">
                {notes.lines.slice(1).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </Space>
  );
}
