/**
 * The one way Slipway talks to GitHub: Octokit's interface. The actions and the CLI build their
 * client here (`@octokit/rest` with the retry and throttling plugins); the app passes Probot's
 * Octokit, which has the same interface. Everything in src/github takes a `GitHubClient`.
 *
 * Retries: server errors are retried by Octokit's retry plugin — except POSTs: a create that GitHub
 * carried out but whose answer was lost (a 502) would be done twice, so callers that create look
 * for what they wrote first (upsert-comment.ts, upsert-check-run.ts). Rate limits: waited out when
 * GitHub asks for at most `maxRateLimitWaitSeconds` (default 60), twice at most; a longer wait
 * fails the request with GitHub's answer, so a step never hangs for an hour.
 */
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

/** What src/github uses of an Octokit: satisfied by `@octokit/rest`'s and by Probot's. */
export type GitHubClient = Pick<Octokit, "request" | "paginate" | "rest">;

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL (default https://api.github.com). */
  baseUrl?: string;
  /** Longest rate-limit wait accepted, in seconds (default 60). */
  maxRateLimitWaitSeconds?: number;
  /** Octokit's retry: its base pause in ms (default 1000), or false (tests of a single answer). */
  retry?: false | { retryAfterBaseValue: number };
  /** Where Octokit's warnings go (default nowhere: a step's log is for the user). */
  warn?: (message: string) => void;
}

const NOT_RETRIED = [400, 401, 403, 404, 410, 422, 429, 451];

const RetryingOctokit = Octokit.plugin(retry, throttling);

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const acceptWait = (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) =>
    retryAfter <= maxWait && retryCount < 2;
  const warn = options.warn ?? (() => {});
  const octokit = new RetryingOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? "https://api.github.com").replace(/\/+$/, ""),
    userAgent: "slipway",
    log: { debug: () => {}, info: () => {}, warn, error: warn },
    retry:
      options.retry === false ? { enabled: false } : { doNotRetry: NOT_RETRIED, ...(options.retry ?? {}) },
    throttle: { onRateLimit: acceptWait, onSecondaryRateLimit: acceptWait },
  });
  octokit.hook.before("request", (request) => {
    request.headers = { "x-github-api-version": "2022-11-28", ...request.headers };
    // The retry plugin reads `request.retries` per request before its own default.
    if (request.method === "POST") request.request = { ...request.request, retries: 0 };
  });
  return octokit;
}
