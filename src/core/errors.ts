// The error catalogue. Every failure a client can see has a stable code; the HTTP status and
// title follow from the code. Details go in `fields`, never internals.

export const ERROR_CODES = {
  VALIDATION: { status: 422, title: 'The request has invalid fields' },
  MALFORMED_REQUEST: { status: 400, title: 'The request body could not be read' },
  MALFORMED_URL: { status: 400, title: 'The address could not be read' },
  REQUEST_TIMEOUT: { status: 408, title: 'The request took too long to arrive' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  URI_TOO_LONG: { status: 414, title: 'The address is too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The request body must be JSON' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  UNAUTHENTICATED: { status: 401, title: 'Sign in first' },
  INVALID_CREDENTIALS: { status: 401, title: 'Wrong username or password' },
  FORBIDDEN: { status: 403, title: 'You may not do this' },
  CSRF_REJECTED: { status: 403, title: 'Request refused: it did not come from the Koruma app' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  CONFLICT: { status: 409, title: 'This conflicts with the current state' },
  POSSIBLE_DUPLICATE: { status: 409, title: 'This person may already be registered' },
  STALE_VERSION: { status: 409, title: 'The record was changed by someone else; reload it' },
  RULE_VIOLATION: { status: 409, title: 'A rule forbids this in the current state' },
  UNIT_FULL: { status: 409, title: 'The unit has no free bed for everyone in the request' },
  UNIT_EXCLUDES_PERSON: { status: 409, title: "The unit's rules do not allow this placement" },
  RATE_LIMITED: { status: 429, title: 'Too many attempts; wait and try again' },
  INTERNAL: { status: 500, title: 'Something went wrong on our side' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly fields?: FieldProblem[],
    /** Problem-type extension members (RFC 9457 §3.2), e.g. the candidates of a possible duplicate. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.status = ERROR_CODES[code].status;
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const conflict = (detail: string, fields?: FieldProblem[]) => new AppError('CONFLICT', detail, fields);
export const invalid = (fields: FieldProblem[]) => new AppError('VALIDATION', undefined, fields);
/** A change that names no field to change: refused, never an UPDATE with nothing to set. */
export const nothingToChange = () =>
  new AppError('VALIDATION', 'The request changes nothing', [
    { field: 'body', message: 'names no field to change', code: 'nothing_to_change' },
  ]);

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  requestId: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export function problemBody(error: AppError, requestId: string, instance?: string): ProblemBody {
  return {
    type: `urn:koruma:problem:${error.code.toLowerCase()}`,
    title: ERROR_CODES[error.code].title,
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(instance ? { instance } : {}),
    requestId,
    ...(error.fields?.length ? { errors: error.fields } : {}),
    ...error.extensions,
  };
}
