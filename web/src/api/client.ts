// The one way the app talks to the API: same-origin cookie session, the CSRF header on every
// write, RFC 9457 problems turned into ApiError, and a signal when the session has ended.
import type { MatchCandidate } from './types.ts';

export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  requestId?: string;
  errors?: FieldProblem[];
  candidates?: MatchCandidate[];
  /** RULE_VIOLATION: the stable name of the rule that refused the step (e.g. `LFIP-80`). */
  rule?: string;
  /** RULE_VIOLATION on carrying out a removal: every bar standing, each with its rule. */
  bars?: { bar: string; rule: string }[];
  /** UNIT_EXCLUDES_PERSON: the unit rules that refuse the placement, and whom each refuses. */
  rules?: string[];
  refusals?: { personId: string; rule: string }[];
  /** UNIT_FULL: the beds the unit had free when it refused, and the beds needed. */
  free?: number;
  needed?: number;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string {
    return this.problem.code;
  }
}

type Listener = () => void;
const sessionEndedListeners = new Set<Listener>();

/** Called whenever the server answers 401 (the session expired or was ended elsewhere). */
export function onSessionEnded(listener: Listener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-koruma-csrf'] = '1';
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ title: 'Network error', status: 0, code: 'NETWORK' });
  }
  const text = response.status === 204 ? '' : await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const requestId = response.headers.get('x-request-id') ?? undefined;
    const problem: Problem = isProblem(data)
      ? data
      : {
          title: response.statusText,
          status: response.status,
          code: 'INTERNAL',
          ...(requestId ? { requestId } : {}),
        };
    if (response.status === 401 && path !== '/api/v1/auth/login') sessionEndedListeners.forEach((l) => l());
    throw new ApiError(problem);
  }
  return data as T;
}

export const post = <T>(path: string, body?: unknown) => api<T>(path, { method: 'POST', body: body ?? {} });
export const patch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body });
export const del = (path: string) => api<void>(path, { method: 'DELETE' });
