import { cumulativeLabel, formatAmount, parseAmount, parsePeriod, type Amount } from '@gaoxin/domain';
import type { MessageKey } from '../../app/i18n/translate';
import {
  decimalPattern,
  normalizeDecimal,
  plainDecimal,
  type ReturnResponse,
  type ReturnValue,
} from './returns-api';
import { currentKind } from './returns-labels';

/** What is typed in one row of the form: 本期 and 上年同期, as text. */
export interface Draft {
  current: string;
  previous: string;
}
export type Drafts = Record<string, Draft>;

/** A problem (blocks saving) or a warning (the server is the judge) next to one input. */
export interface FieldNote {
  level: 'error' | 'warning';
  key: MessageKey;
  params?: Record<string, string | number>;
  /** A message written by the server, shown as it is. */
  text?: string;
}
export type FieldNotes = Record<string, FieldNote>;
export const noteKey = (code: string, field: 'current' | 'previous') => `${code}.${field}`;

export function draftsFrom(data: ReturnResponse): Drafts {
  return Object.fromEntries(
    data.values.map((value) => [
      value.indicator.code,
      { current: plainDecimal(value.current), previous: plainDecimal(value.previous) },
    ]),
  );
}

export function isDirty(data: ReturnResponse, drafts: Drafts): boolean {
  const saved = draftsFrom(data);
  return Object.entries(drafts).some(
    ([code, draft]) =>
      normalizeDecimal(draft.current) !== (saved[code]?.current ?? '') ||
      normalizeDecimal(draft.previous) !== (saved[code]?.previous ?? ''),
  );
}

function amountOf(text: string): Amount | undefined {
  const cleaned = normalizeDecimal(text);
  return decimalPattern.test(cleaned) ? parseAmount(cleaned) : undefined;
}

/** 1,234,567.89 — an exact amount with the indicator's decimals and thousands separators. */
export function groupedAmount(value: Amount | string, decimals: number): string {
  const text = formatAmount(typeof value === 'string' ? parseAmount(value) : value, decimals);
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function checkAmount(text: string, value: ReturnValue): FieldNote | undefined {
  const cleaned = normalizeDecimal(text);
  if (!decimalPattern.test(cleaned)) return { level: 'error', key: 'economy.returns.notDecimal' };
  if (!value.indicator.allowNegative && cleaned.startsWith('-'))
    return { level: 'error', key: 'economy.returns.negative' };
  return undefined;
}

/** Checks one row as typed; the server checks again and has the last word. */
export function checkRow(value: ReturnValue, draft: Draft): FieldNotes {
  const notes: FieldNotes = {};
  const { code } = value.indicator;
  const current = draft.current.trim();
  const previous = draft.previous.trim();
  if (current === '') {
    if (value.current !== null)
      notes[noteKey(code, 'current')] = { level: 'error', key: 'economy.returns.cleared' };
    else if (previous !== '')
      notes[noteKey(code, 'current')] = { level: 'error', key: 'economy.returns.previousWithoutCurrent' };
  } else {
    const problem = checkAmount(current, value);
    if (problem) notes[noteKey(code, 'current')] = problem;
  }
  if (previous !== '') {
    const problem = checkAmount(previous, value);
    if (problem) notes[noteKey(code, 'previous')] = problem;
  }
  // A cumulative sum cannot fall during the year (profit may: losses).
  const amount = amountOf(current);
  const last = value.lastMonthCumulative === null ? undefined : parseAmount(value.lastMonthCumulative);
  if (
    !notes[noteKey(code, 'current')] &&
    amount !== undefined &&
    last !== undefined &&
    currentKind(value.indicator) === 'cumulative' &&
    !value.indicator.allowNegative &&
    amount < last
  ) {
    notes[noteKey(code, 'current')] = {
      level: 'warning',
      key: 'economy.returns.belowLastMonth',
      params: { last: groupedAmount(last, value.indicator.decimals), unit: value.indicator.unit },
    };
  }
  return notes;
}

/** The figure the row implies besides the one typed: 当月 from a cumulative, 累计 from a month. */
export function impliedFigure(
  period: string,
  value: ReturnValue,
  draft: Draft,
): { key: MessageKey; params: Record<string, string> } | undefined {
  const amount = amountOf(draft.current);
  if (amount === undefined) return undefined;
  const { month } = parsePeriod(period);
  const last = value.lastMonthCumulative === null ? undefined : parseAmount(value.lastMonthCumulative);
  const { decimals, unit } = value.indicator;
  const kind = currentKind(value.indicator);
  if (kind === 'endOfPeriod') return undefined;
  if (kind === 'month') {
    const cumulative = month === 1 ? amount : last === undefined ? undefined : last + amount;
    if (cumulative === undefined) return undefined;
    return {
      key: 'economy.returns.impliedCumulative',
      params: {
        label: cumulativeLabel(parsePeriod(period)),
        value: groupedAmount(cumulative, decimals),
        unit,
      },
    };
  }
  if (month === 1)
    return { key: 'economy.returns.impliedMonth', params: { value: groupedAmount(amount, decimals), unit } };
  if (last === undefined) {
    return month === 2
      ? { key: 'economy.returns.impliedJanFeb', params: { value: groupedAmount(amount, decimals), unit } }
      : undefined;
  }
  return {
    key: 'economy.returns.impliedMonth',
    params: { value: groupedAmount(amount - last, decimals), unit },
  };
}

/** The rows with 本期 filled, as the API takes them, and which indicator each index stands for. */
export function payloadOf(data: ReturnResponse, drafts: Drafts) {
  const values = data.values.flatMap((value) => {
    const draft = drafts[value.indicator.code];
    if (!draft || draft.current.trim() === '') return [];
    const previous = normalizeDecimal(draft.previous);
    return [
      {
        indicatorCode: value.indicator.code,
        current: normalizeDecimal(draft.current),
        previous: previous === '' ? null : previous,
      },
    ];
  });
  return { values, codes: values.map((value) => value.indicatorCode) };
}
