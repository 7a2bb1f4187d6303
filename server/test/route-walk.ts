import { randomBytes, randomUUID } from 'node:crypto';
import { addDays, todayInChina } from '@gaoxin/domain';
import { makeCreditCode } from './factories.js';
import type { TestApp } from './harness.js';
import { multipart, workbookOf } from './uploads.js';

/** What the route walk reads of the OpenAPI document. */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
}
export interface Operation {
  method: string;
  path: string;
  parameters: { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
}

/** Every operation of the app's OpenAPI document (what the walk walks; a new route is in it by itself). */
export async function operationsOf(t: TestApp): Promise<Operation[]> {
  await t.app.ready();
  const document = t.app.swagger() as unknown as {
    paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'> & { requestBody?: unknown }>>;
  };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      body: (operation.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
        ?.content?.['application/json']?.schema,
    })),
  );
}

/** Records of one kind (enterprise, appeal …) by the name the walk infers from a parameter. */
export type Records = Record<string, string>;

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A path segment's record kind: `/api/enterprises/{id}` → enterprise, `/contacts/{childId}` → contact. */
const segmentKinds: Record<string, string> = {
  enterprises: 'enterprise',
  enterprise: 'enterprise',
  qualifications: 'qualification',
  contacts: 'contact',
  visits: 'visit',
  users: 'user',
  indicators: 'indicator',
  appeals: 'appeal',
  categories: 'category',
  attachments: 'attachment',
  inbox: 'inbox',
  leads: 'lead',
  projects: 'project',
  milestones: 'milestone',
  reports: 'report',
  departments: 'department',
  parks: 'park',
  zones: 'zone',
  zone: 'zone',
  'import-jobs': 'importJob',
};
/** The last word of a parameter's name (`dispatchDepartmentId` → department, `liaisonId` → user). */
const wordKinds: Record<string, string> = {
  ...Object.fromEntries(Object.values(segmentKinds).map((kind) => [kind, kind])),
  commissioner: 'user',
  liaison: 'user',
  leader: 'leader',
  chief: 'user',
  owner: 'user',
  officer: 'user',
  head: 'user',
  assignee: 'user',
  investor: 'enterprise',
};

/** The kind of record a parameter names, or undefined when the walk cannot tell. */
export function kindOf(name: string, path: string): string | undefined {
  if (name === 'id' || name === 'childId') {
    const segments = path.split('/');
    const segment = segments[segments.indexOf(`{${name}}`) - 1] ?? '';
    return segmentKinds[segment];
  }
  if (!/Ids?$/.test(name)) return undefined;
  const words = name.replace(/Ids?$/, '').split(/(?=[A-Z])/);
  return wordKinds[words.at(-1)!.toLowerCase()];
}

/** One request the walk sends, and what it put in it. */
export interface WalkRequest {
  method: string;
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /** Where an id of the target was put: a record of someone else in the path, query or body. */
  foreignIn: Set<'path' | 'query' | 'body'>;
  /** The body and query fields that name another's record. */
  foreignFields: string[];
  /** Parameters the walk could not map to a record (a random UUID was sent). */
  unmapped: string[];
}

const today = todayInChina();
/** Values by parameter name where any text will not do (a code the zone has). */
const knownValues: Record<string, string> = { indicator: 'output', indicatorCode: 'output' };
const textCandidates = [
  '路由巡检示例文本，请忽略本条内容',
  '示例文本',
  '2026-06',
  today,
  '100',
  'C39',
  'output',
  'walker01',
  'A',
  '1',
];

/** How the walk fills a request's ids. */
export interface Fill {
  /** The records whose ids the request names (someone else's, in the isolation walks), unless said otherwise. */
  ids: Records;
  /** The caller's own records, for the ids `ownParent` and `onlyForeign` keep its own. */
  own?: Records;
  /** The first path parameter is the caller's own (own parent, someone else's child). */
  ownParent?: boolean;
  /** Only this body or query field names someone else's record; every other id is the caller's. */
  onlyForeign?: string;
  /** Values for parameters that are not ids, by name or by `path:name`. */
  values?: Record<string, string>;
}

/** Fills one operation: ids of the target's records by parameter name, plausible values elsewhere. */
export function buildRequest(operation: Operation, fill: Fill): WalkRequest {
  const values = fill.values ?? {};
  const foreignIn = new Set<'path' | 'query' | 'body'>();
  const foreignFields: string[] = [];
  const unmapped: string[] = [];
  let pathIndex = 0;
  const idValue = (name: string, where: 'path' | 'query' | 'body') => {
    const kind = kindOf(name, operation.path);
    const first = where === 'path' && pathIndex++ === 0;
    const keepOwn =
      (first && fill.ownParent) || (fill.onlyForeign !== undefined && name !== fill.onlyForeign);
    const own = keepOwn && kind ? fill.own?.[kind] : undefined;
    if (own) return own;
    const id = kind ? fill.ids[kind] : undefined;
    if (id) {
      foreignIn.add(where);
      if (where !== 'path') foreignFields.push(name);
      return id;
    }
    unmapped.push(`${where}:${name}`);
    return randomUUID();
  };
  const sample = (schema: JsonSchema, name: string, where: 'query' | 'body'): unknown => {
    const variants = schema.anyOf ?? schema.oneOf;
    if (variants) {
      const first = variants.find((variant) => variant.type !== 'null') ?? variants[0]!;
      return sample(first, name, where);
    }
    if (name in values) return values[name];
    if (name in knownValues) return knownValues[name];
    if (schema.format === 'uuid') return idValue(name, where);
    if (schema.enum) return name === 'dryRun' ? 'true' : schema.enum.find((value) => value !== null);
    const type = Array.isArray(schema.type) ? schema.type.find((each) => each !== 'null') : schema.type;
    if (type === 'object' || schema.properties) {
      const result: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const carriesId = property.format === 'uuid' || property.items?.format === 'uuid';
        if (schema.required?.includes(key) || carriesId) result[key] = sample(property, key, where);
      }
      return result;
    }
    if (type === 'array') return schema.items ? [sample(schema.items, name, where)] : [];
    if (type === 'boolean') return where === 'query' ? 'false' : false;
    if (type === 'integer' || type === 'number') {
      const preferred = { year: 2026, month: 6, rating: 5, version: 0 }[name];
      const value = preferred ?? schema.minimum ?? 0;
      return Math.min(Math.max(value, schema.minimum ?? value), schema.maximum ?? value);
    }
    if (schema.format === 'date' || name === 'date' || /[a-z]On$/.test(name)) return addDays(today, -3);
    if (schema.format === 'date-time') return new Date().toISOString();
    if (/password/i.test(name)) return 'Walk-Passw0rd!9';
    if (name === 'username') return `walker${randomBytes(3).toString('hex')}`;
    if (name === 'creditCode') return makeCreditCode();
    const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
    const fits = (text: string) =>
      (!pattern || pattern.test(text)) &&
      text.length >= (schema.minLength ?? 0) &&
      text.length <= (schema.maxLength ?? Infinity);
    return textCandidates.find(fits) ?? 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  };

  let url = operation.path;
  const query = new URLSearchParams();
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') {
      const value =
        parameter.schema.format === 'uuid'
          ? idValue(parameter.name, 'path')
          : (values[`${operation.path}:${parameter.name}`] ??
            String(sample(parameter.schema, parameter.name, 'query')));
      url = url.replace(`{${parameter.name}}`, encodeURIComponent(value));
    } else if (parameter.in === 'query') {
      const isId = parameter.schema.format === 'uuid';
      if (!parameter.required && !isId && parameter.name !== 'dryRun') continue;
      query.set(parameter.name, String(sample(parameter.schema, parameter.name, 'query')));
    }
  }
  if (query.size > 0) url += `?${query}`;
  const request: WalkRequest = { method: operation.method, url, foreignIn, foreignFields, unmapped };
  if (operation.body) request.payload = sample(operation.body, 'body', 'body');
  return request;
}

/**
 * The request naming every id from `fill.ids`, and for a write one more per body or query field
 * that names one, with only that field someone else's: a service that checks the park but not the
 * investor is caught on the investor.
 */
export function requestsFor(operation: Operation, fill: Fill): WalkRequest[] {
  const full = buildRequest(operation, fill);
  const sameAsFull = full.foreignFields.length === 1 && !full.foreignIn.has('path');
  if (operation.method === 'GET' || !fill.own || full.foreignFields.length === 0 || sameAsFull) return [full];
  return [
    full,
    ...full.foreignFields.map((field) => buildRequest(operation, { ...fill, onlyForeign: field })),
  ];
}

/** A file upload for a write route without a JSON body (imports, attachments). */
export async function uploadFor(path: string) {
  return path.includes('attachments')
    ? multipart(png, 'walk.png', 'file', 'image/png')
    : multipart(await workbookOf([]), 'walk.xlsx');
}
