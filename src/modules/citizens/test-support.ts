import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/**
 * A browser for integration tests (used by *.int.test.ts only): keeps cookies across app.inject calls, reads the
 * CSRF token from the last form page, and posts forms as a browser does.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  csrf = "";

  constructor(
    private readonly app: FastifyInstance,
    readonly remoteAddress = "127.0.0.1",
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const gone = c.value === "" || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0;
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m?.[1]) this.csrf = m[1];
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: "GET",
      url,
      headers: { cookie: this.cookieHeader() },
      remoteAddress: this.remoteAddress,
    });
    this.remember(res);
    return res;
  }

  async post(
    url: string,
    fields: Record<string, string>,
    opts: { csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams(fields);
    if (opts.csrf !== false) body.set("_csrf", this.csrf);
    const res = await this.app.inject({
      method: "POST",
      url,
      headers: { cookie: this.cookieHeader(), "content-type": "application/x-www-form-urlencoded" },
      payload: body.toString(),
      remoteAddress: this.remoteAddress,
    });
    this.remember(res);
    return res;
  }
}
