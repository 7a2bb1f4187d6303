import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  errorMessages,
  fieldMessages,
  formatMessage,
  languageFromHeader,
  type ErrorCode,
  type FieldMessageKey,
  type Language,
} from '@gaoxin/domain';
import { AppError, statusByCode, type FieldProblem } from './app-error.js';

const typeNames: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值', en: 'a boolean' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
};

/** Turns one zod issue (as fastify-type-provider-zod reports it) into field problems. */
function problemsFromIssue(
  keyword: string,
  path: string,
  params: Record<string, unknown>,
  message: string,
): FieldProblem[] {
  const field = path.replace(/^\//, '').replaceAll('/', '.') || '(body)';
  switch (keyword) {
    case 'unrecognized_keys': {
      const keys = Array.isArray(params.keys) ? (params.keys as string[]) : [];
      return keys.map((key) => ({
        field: field === '(body)' ? key : `${field}.${key}`,
        key: 'unknownField',
      }));
    }
    case 'invalid_type':
      if (message.includes('received undefined')) return [{ field, key: 'required' }];
      return [{ field, key: 'invalidType', params: { expected: String(params.expected ?? '') } }];
    case 'too_big':
      return [
        {
          field,
          key: params.origin === 'string' ? 'tooLong' : 'tooBig',
          params: { maximum: String(params.maximum) },
        },
      ];
    case 'too_small':
      if (params.origin === 'string' && params.minimum === 1) return [{ field, key: 'required' }];
      return [
        {
          field,
          key: params.origin === 'string' ? 'tooShort' : 'tooSmall',
          params: { minimum: String(params.minimum) },
        },
      ];
    case 'invalid_value':
      return [
        {
          field,
          key: 'invalidValue',
          params: { options: Array.isArray(params.values) ? params.values.join(' / ') : '' },
        },
      ];
    case 'invalid_format':
      return [{ field, key: 'invalidFormat' }];
    case 'custom':
      // A refinement names its own field message (e.g. absurdAmount).
      return [{ field, key: message in fieldMessages ? message : 'invalid' }];
    default:
      return [{ field, key: 'invalid' }];
  }
}

function localizeField(problem: FieldProblem, language: Language): { field: string; message: string } {
  if (problem.text) return { field: problem.field, message: problem.text[language] };
  const entry = fieldMessages[problem.key as FieldMessageKey] ?? fieldMessages.invalid;
  const params = { ...problem.params };
  if (problem.key === 'invalidType' && typeof params.expected === 'string') {
    params.expected = typeNames[params.expected]?.[language] ?? params.expected;
  }
  return { field: problem.field, message: formatMessage(entry[language], params) };
}

interface ErrorOptions {
  params?: Record<string, string | number>;
  fields?: FieldProblem[];
  data?: unknown;
  text?: { zh: string; en: string };
}

/** The one JSON error shape for a code, localized for the caller, with its HTTP status. */
export function errorAnswer(request: FastifyRequest, code: ErrorCode, options: ErrorOptions = {}) {
  const language = languageFromHeader(request.headers['accept-language']);
  const details = options.fields?.map((problem) => localizeField(problem, language));
  const body: Record<string, unknown> = {
    code,
    message: options.text
      ? options.text[language]
      : formatMessage(errorMessages[code][language], options.params),
  };
  if (details && details.length > 0) body.details = details;
  if (options.data !== undefined) body.current = options.data;
  return { status: statusByCode[code], body: { error: body } };
}

/** Sends the one JSON error shape, localized for the caller. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  options: ErrorOptions = {},
) {
  const { status, body } = errorAnswer(request, code, options);
  return reply.status(status).send(body);
}

/** Maps any error to the answer the API gives; 5xx answers never show internals. */
export function describeError(request: FastifyRequest, error: FastifyError | Error) {
  if (error instanceof AppError) {
    return errorAnswer(request, error.code, {
      params: error.params,
      fields: error.fields,
      data: error.data,
      text: error.text,
    });
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const fields = fastifyError.validation.flatMap((issue) =>
      problemsFromIssue(
        issue.keyword,
        issue.instancePath,
        issue.params as Record<string, unknown>,
        issue.message ?? '',
      ),
    );
    return errorAnswer(request, 'VALIDATION_FAILED', { fields });
  }
  const code = fastifyError.code;
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return errorAnswer(request, 'INVALID_JSON');
  }
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return errorAnswer(request, 'PAYLOAD_TOO_LARGE');
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return errorAnswer(request, 'UNSUPPORTED_MEDIA_TYPE');
  const statusCode = fastifyError.statusCode;
  if (statusCode === 429) return errorAnswer(request, 'RATE_LIMITED');
  if (statusCode && statusCode >= 400 && statusCode < 500) {
    request.log.info({ err: error }, 'client error');
    return errorAnswer(request, statusCode === 404 ? 'ROUTE_NOT_FOUND' : 'BAD_REQUEST');
  }
  request.log.error({ err: error }, 'unhandled error');
  return errorAnswer(request, 'INTERNAL');
}

/** Maps every error to the one JSON shape. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = describeError(request, error);
    return reply.status(status).send(body);
  });
}
