import type { ErrorCode } from '@gaoxin/domain';

/** HTTP status for each error code: the one mapping the error handler uses. */
export const statusByCode: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  INVALID_JSON: 400,
  VALIDATION_FAILED: 400,
  WEAK_PASSWORD: 400,
  WRONG_CURRENT_PASSWORD: 400,
  SAME_PASSWORD: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 401,
  ACCOUNT_LOCKED: 423,
  PASSWORD_CHANGE_REQUIRED: 403,
  FORBIDDEN: 403,
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  USERNAME_TAKEN: 409,
  CODE_TAKEN: 409,
  DUPLICATE_CREDIT_CODE: 409,
  IMPORT_INVALID_FILE: 400,
  IMPORT_HAS_ERRORS: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  APPEAL_ILLEGAL_STEP: 409,
  LEAD_ILLEGAL_STATUS: 409,
  LEAD_HELD_BY_YOU: 409,
  HELP_ALREADY_ANSWERED: 409,
  ATTACHMENT_TYPE_REFUSED: 415,
  TOO_MANY_ATTACHMENTS: 400,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export interface FieldProblem {
  field: string;
  /** A key of fieldMessages, with its parameters. */
  key: string;
  params?: Record<string, string | number>;
  /** A message already written in both languages (e.g. from a domain validator), instead of a key. */
  text?: { zh: string; en: string };
}

/** The one error type services throw; the error handler turns it into the JSON error shape. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
    /** Extra data sent with the error (e.g. the fresh record on a 409). */
    readonly data?: unknown,
    /** A message written in both languages, used instead of the code's own. */
    readonly text?: { zh: string; en: string },
  ) {
    super(code);
    this.name = 'AppError';
  }

  get status(): number {
    return statusByCode[this.code];
  }
}
