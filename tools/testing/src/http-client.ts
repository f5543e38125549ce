/**
 * A tiny HTTP client for integration tests that behaves like a browser tab of the portal: it
 * keeps cookies and echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header on writes, as
 * Angular's HttpClient does.
 */
export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async get<T = any>(path: string, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    return this.request<T>('GET', path, undefined, { headers });
  }

  async post<T = any>(path: string, body?: unknown, opts: { csrf?: boolean; headers?: Record<string, string>; raw?: string } = {}): Promise<TestResponse<T>> {
    return this.request<T>('POST', path, body, opts);
  }

  async request<T>(method: string, path: string, body: unknown, opts: { csrf?: boolean; headers?: Record<string, string>; raw?: string } = {}): Promise<TestResponse<T>> {
    if (method !== 'GET' && opts.csrf !== false && !this.cookies.has('XSRF-TOKEN')) await this.get('/health');
    const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && opts.csrf !== false && this.cookies.has('XSRF-TOKEN')) {
      headers['x-xsrf-token'] = decodeURIComponent(this.cookies.get('XSRF-TOKEN')!);
    }
    let payload: string | undefined;
    if (opts.raw !== undefined) payload = opts.raw;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(this.baseUrl + path, { method, headers, body: payload, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }
}
