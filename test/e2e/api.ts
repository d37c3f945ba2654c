// Test data through the public API with a bearer token (no cookie, so no CSRF header needed).
export interface ApiClient {
  post<T>(path: string, body: unknown): Promise<T>;
  get<T>(path: string): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

export async function apiClient(baseUrl: string, password: string, username = 'admin'): Promise<ApiClient> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    post: (path, body) => call('POST', path, body),
    get: (path) => call('GET', path),
    put: (path, body) => call('PUT', path, body),
  };
}

export interface Registered {
  id: string;
  foreignerIdNumber: string;
}

/** A minimal valid person; override what the test cares about. */
export function person(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    sex: 'male',
    dateOfBirthPrecision: 'day',
    nationality: 'AFG',
    provinceCode: '06',
    entryType: 'irregular',
    ...fields,
  };
}
