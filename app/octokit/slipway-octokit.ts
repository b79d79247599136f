/**
 * The app's Octokit: Probot's, with rate limits handled as GitHub documents them and with bounds
 * (rate-limit-policy.ts). Probot's own throttle handlers retry every rate limit, however long
 * GitHub asks to wait (an hour for a spent primary limit), and its throttle plugin recognises a
 * secondary limit only by the words in its message; the retry plugin retries a 429 as an ordinary
 * error. Here the throttle plugin keeps spacing writes (one per second, comments three seconds
 * apart, as GitHub asks) but retries nothing; the retry plugin leaves 403 and 429 alone; and one
 * outer hook waits out a rate limit within the bounds or fails the request with RateLimitedError,
 * so the delivery fails cleanly with the reason. A POST is never retried by the retry plugin: a
 * POST that GitHub carried out but whose answer was lost (a 502) would be done twice — the callers
 * that create look for what they wrote before creating again (upsert-comment, upsert-check-run).
 * Reads, PATCHes and PUTs are idempotent and keep their retries. Octokit instances are per delivery (Probot
 * authenticates each event), so the total wait is a per-delivery budget.
 */
import type { Octokit } from "@octokit/core";
import { ProbotOctokit } from "probot";
import { DEFAULT_RATE_LIMIT_BOUNDS, type RateLimitBounds, rateLimitVerdict } from "./rate-limit-policy.js";

export class RateLimitedError extends Error {
  /** Probot answers the delivery with this status. */
  readonly status = 503;
  constructor(
    message: string,
    readonly limit: "primary" | "secondary",
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "RateLimitedError";
  }
}

export interface SlipwayOctokitOptions {
  rateLimits?: Partial<RateLimitBounds>;
  /** Space writes as GitHub asks (default true; tests and benchmarks of the app's own speed turn it off). */
  spaceWrites?: boolean;
  /** Octokit's retry of server errors: false, or its base pause in ms (default Octokit's 1000). */
  retry?: false | { retryAfterBaseValue: number };
  /** For tests: how a wait is done. */
  sleep?: (ms: number) => Promise<void>;
}

const NOT_RETRIED = [400, 401, 403, 404, 410, 422, 429, 451];

export function slipwayOctokit(settings: SlipwayOctokitOptions = {}): typeof ProbotOctokit {
  const bounds = { ...DEFAULT_RATE_LIMIT_BOUNDS, ...settings.rateLimits };
  const sleep = settings.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const boundedRateLimits = (octokit: Octokit) => {
    octokit.hook.before("request", (options) => {
      // The retry plugin reads `request.retries` per request before its own default.
      if (options.method === "POST") options.request = { ...options.request, retries: 0 };
    });
    let waitedMs = 0;
    octokit.hook.wrap("request", async (request, options) => {
      for (let retries = 0; ; retries++) {
        try {
          return await request(options);
        } catch (error) {
          const refused = error as {
            status?: number;
            message?: string;
            response?: { headers?: Record<string, string> };
          };
          if (typeof refused.status !== "number") throw error;
          const verdict = rateLimitVerdict(
            {
              status: refused.status,
              headers: refused.response?.headers ?? {},
              message: refused.message ?? "",
            },
            { retries, waitedMs, now: new Date() },
            bounds,
          );
          if (verdict.kind === "not-a-rate-limit") throw error;
          const what = `${options.method} ${options.url}`;
          if (verdict.kind === "give-up")
            throw new RateLimitedError(`${verdict.reason} (${what})`, verdict.limit, { cause: error });
          octokit.log.warn(`GitHub's ${verdict.limit} rate limit on ${what}: waiting ${verdict.ms} ms`);
          waitedMs += verdict.ms;
          await sleep(verdict.ms);
        }
      }
    });
  };
  return ProbotOctokit.plugin(boundedRateLimits).defaults((options: Record<string, unknown>) => ({
    ...options,
    retry:
      settings.retry === false
        ? { enabled: false }
        : { ...(options.retry as object), ...settings.retry, doNotRetry: NOT_RETRIED },
    throttle: {
      ...(options.throttle as object),
      enabled: settings.spaceWrites ?? true,
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false,
    },
  })) as typeof ProbotOctokit;
}
