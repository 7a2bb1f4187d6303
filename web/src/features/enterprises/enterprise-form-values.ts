import { validateCreditCode, type CreditCodeValidation, type EnterpriseScale } from '@gaoxin/domain';
import dayjs, { type Dayjs } from 'dayjs';
import type { CreateEnterpriseRequest, EnterpriseDetail, UpdateEnterpriseRequest } from '../../api/contract';
import { formatAmount } from './enterprise-labels';

/** What the enterprise form holds; dates as dayjs, empty texts as undefined. */
export interface EnterpriseFormValues {
  name: string;
  shortName?: string;
  creditCode: string;
  /** Whether the officer chose to save a code with errors, giving a reason. */
  useOverride?: boolean;
  creditCodeOverride?: string;
  parkId?: string;
  industryCode?: string;
  scale?: EnterpriseScale;
  isAboveScale: boolean;
  leadingIndustry?: string;
  legalRepresentative?: string;
  registeredCapital?: string;
  address?: string;
  establishedOn?: Dayjs | null;
  tags: string[];
  notes?: string;
}

/** The request fields with every optional value present (null when empty), so two of them can be compared. */
type Payload = Required<{ [K in keyof CreateEnterpriseRequest]: CreateEnterpriseRequest[K] | null }>;

/** Server field names → form field names, for placing the server's field problems. */
export const serverFields: Record<string, string> = {
  name: 'name',
  shortName: 'shortName',
  creditCode: 'creditCode',
  creditCodeOverride: 'creditCodeOverride',
  parkId: 'parkId',
  industryCode: 'industryCode',
  scale: 'scale',
  isAboveScale: 'isAboveScale',
  leadingIndustry: 'leadingIndustry',
  legalRepresentative: 'legalRepresentative',
  registeredCapital: 'registeredCapital',
  address: 'address',
  establishedOn: 'establishedOn',
  tags: 'tags',
  notes: 'notes',
};

export const emptyFormValues: Partial<EnterpriseFormValues> = { isAboveScale: false, tags: [] };

/**
 * Whether the code has errors an exception reason can excuse: the server refuses an empty code or one
 * of the wrong length whatever the reason.
 */
export function isOverridable(validation: CreditCodeValidation): boolean {
  return (
    validation.errors.length > 0 &&
    !validation.errors.some((problem) => problem.kind === 'empty' || problem.kind === 'length')
  );
}

const text = (value: string | undefined) => value?.trim() || null;

/** The form's values as request fields (credit code normalized, dates as YYYY-MM-DD). */
function toPayload(values: EnterpriseFormValues): Payload {
  const credit = validateCreditCode(values.creditCode);
  return {
    name: values.name.trim(),
    shortName: text(values.shortName),
    creditCode: credit.normalized,
    // A reason is sent only while the code still needs one.
    creditCodeOverride: values.useOverride && isOverridable(credit) ? text(values.creditCodeOverride) : null,
    parkId: values.parkId ?? null,
    industryCode: text(values.industryCode)?.toUpperCase() ?? null,
    scale: values.scale ?? null,
    isAboveScale: values.isAboveScale,
    leadingIndustry: text(values.leadingIndustry),
    legalRepresentative: text(values.legalRepresentative),
    registeredCapital: text(values.registeredCapital),
    address: text(values.address),
    establishedOn: values.establishedOn ? values.establishedOn.format('YYYY-MM-DD') : null,
    tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
    notes: text(values.notes),
  };
}

/** The create request: empty fields left out. */
export function toCreateRequest(values: EnterpriseFormValues): CreateEnterpriseRequest {
  const payload = toPayload(values);
  return Object.fromEntries(
    Object.entries(payload).filter(([, value]) => value !== null),
  ) as unknown as CreateEnterpriseRequest;
}

/** The form values of a saved record. */
export function fromDetail(detail: EnterpriseDetail): EnterpriseFormValues {
  return {
    name: detail.name,
    shortName: detail.shortName ?? undefined,
    creditCode: detail.creditCode,
    useOverride: Boolean(detail.creditCodeOverride),
    creditCodeOverride: detail.creditCodeOverride ?? undefined,
    parkId: detail.park?.id,
    industryCode: detail.industryCode ?? undefined,
    scale: detail.scale ?? undefined,
    isAboveScale: detail.isAboveScale,
    leadingIndustry: detail.leadingIndustry ?? undefined,
    legalRepresentative: detail.legalRepresentative ?? undefined,
    registeredCapital: formatAmount(detail.registeredCapital),
    address: detail.address ?? undefined,
    establishedOn: detail.establishedOn ? dayjs(detail.establishedOn) : null,
    tags: detail.tags,
    notes: detail.notes ?? undefined,
  };
}

/** Only the fields that differ from the record as read, plus its version; undefined when nothing changed. */
export function toUpdateRequest(
  detail: EnterpriseDetail,
  values: EnterpriseFormValues,
): UpdateEnterpriseRequest | undefined {
  const before = toPayload(fromDetail(detail));
  const after = toPayload(values);
  const changed = (Object.keys(after) as (keyof Payload)[]).filter(
    (key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]),
  );
  if (changed.length === 0) return undefined;
  const request: Record<string, unknown> = { version: detail.version };
  for (const key of changed) request[key] = after[key];
  // The server re-checks the credit code together with a new override reason.
  if (changed.includes('creditCodeOverride') && !changed.includes('creditCode')) {
    request.creditCode = after.creditCode;
  }
  return request as UpdateEnterpriseRequest;
}
