/**
 * A small GitHub REST client over fetch for the gate's read-only look-ups. Not Octokit: domain code
 * stays free of it (a lint rule says so) and a dozen GET routes do not need it. Every refusal and
 * network failure comes back as an answer with a reason — never a throw — so the gate can say
 * plainly which fact is missing and stay closed.
 */

export type Answer<T> = { ok: true; value: T } | { ok: false; status: number | null; reason: string };

export interface RestClientOptions {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
  /** Largest number of pages read from one listing. */
  maxPages?: number;
}

export class RestClient {
  private readonly fetch: typeof fetch;
  constructor(private readonly options: RestClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  private headers(): Record<string, string> {
    return {
      accept: "application/vnd.github+json",
      authorization: `Bearer ${this.options.token}`,
      "x-github-api-version": "2022-11-28",
      "user-agent": "slipway-gate",
    };
  }

  url(path: string): string {
    return `${this.options.apiUrl.replace(/\/+$/, "")}${path}`;
  }

  async json<T>(path: string, doing: string): Promise<Answer<T>> {
    let response: Response;
    try {
      response = await this.fetch(this.url(path), { headers: this.headers() });
    } catch (error) {
      return {
        ok: false,
        status: null,
        reason: `GitHub could not be reached while ${doing} (${describe(error)})`,
      };
    }
    if (!response.ok) return { ok: false, status: response.status, reason: await refusal(response, doing) };
    try {
      return { ok: true, value: (await response.json()) as T };
    } catch (error) {
      return {
        ok: false,
        status: response.status,
        reason: `GitHub's answer to ${doing} was not JSON (${describe(error)})`,
      };
    }
  }

  /** Every page of a listing (`per_page=100`, following `Link: rel="next"`); `pick` takes the items out of a page. */
  async list<P, T>(path: string, doing: string, pick: (page: P) => T[]): Promise<Answer<T[]>> {
    const items: T[] = [];
    const separator = path.includes("?") ? "&" : "?";
    let next: string | null = this.url(`${path}${separator}per_page=100`);
    for (let page = 0; next && page < (this.options.maxPages ?? 10); page++) {
      let response: Response;
      try {
        response = await this.fetch(next, { headers: this.headers() });
      } catch (error) {
        return {
          ok: false,
          status: null,
          reason: `GitHub could not be reached while ${doing} (${describe(error)})`,
        };
      }
      if (!response.ok) return { ok: false, status: response.status, reason: await refusal(response, doing) };
      try {
        items.push(...pick((await response.json()) as P));
      } catch (error) {
        return {
          ok: false,
          status: response.status,
          reason: `GitHub's answer to ${doing} was not JSON (${describe(error)})`,
        };
      }
      next = nextLink(response.headers.get("link"));
    }
    if (next) {
      return {
        ok: false,
        status: null,
        reason: `${doing} has more than ${this.options.maxPages ?? 10} pages; not all were read`,
      };
    }
    return { ok: true, value: items };
  }

  /**
   * A download that GitHub answers with a redirect to storage: followed by hand so the token is not
   * sent to the storage host, and cut off past `maxBytes`.
   */
  async download(path: string, maxBytes: number, doing: string): Promise<Answer<Buffer>> {
    try {
      let response = await this.fetch(this.url(path), { headers: this.headers(), redirect: "manual" });
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get("location");
        if (!location)
          return {
            ok: false,
            status: response.status,
            reason: `GitHub redirected without a Location while ${doing}`,
          };
        response = await this.fetch(location, { headers: { "user-agent": "slipway-gate" } });
      }
      if (!response.ok) return { ok: false, status: response.status, reason: await refusal(response, doing) };
      if (Number(response.headers.get("content-length") ?? "0") > maxBytes) {
        return { ok: false, status: response.status, reason: `${doing}: over the ${maxBytes}-byte limit` };
      }
      const body = Buffer.from(await response.arrayBuffer());
      if (body.length > maxBytes) {
        return { ok: false, status: response.status, reason: `${doing}: over the ${maxBytes}-byte limit` };
      }
      return { ok: true, value: body };
    } catch (error) {
      return {
        ok: false,
        status: null,
        reason: `GitHub could not be reached while ${doing} (${describe(error)})`,
      };
    }
  }
}

function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(",")) {
    const match = /<([^>]+)>;\s*rel="next"/.exec(part.trim());
    if (match) return match[1]!;
  }
  return null;
}

async function refusal(response: Response, doing: string): Promise<string> {
  let message = "";
  try {
    message = ((await response.json()) as { message?: string }).message ?? "";
  } catch {
    // Not every error body is JSON.
  }
  return `GitHub answered ${response.status}${message ? ` (${message})` : ""} while ${doing}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
