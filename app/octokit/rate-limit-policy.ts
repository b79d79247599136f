/**
 * GitHub's rules for a request refused by a rate limit, as its REST documentation gives them
 * ("Rate limits for the REST API" → exceeding the rate limit; best practices): a 403 or 429 is a
 * rate limit when `x-ratelimit-remaining` is 0 (primary), or when it carries `retry-after` or says
 * "rate limit" (secondary). Wait `retry-after` seconds when given; else, with none remaining, until
 * `x-ratelimit-reset`; else at least a minute, doubling on each further refusal — and give up after
 * a number of tries. Bounded here: a single wait longer than `maxWaitMs`, or waits adding up past
 * `maxTotalWaitMs`, give up at once with the time GitHub named. Pure: headers and a clock in.
 */
export interface RateLimitBounds {
  /** The longest single wait (default 2 minutes). */
  maxWaitMs: number;
  /** The most waited in all, per client (one delivery) (default 5 minutes, well inside its 10-minute lease). */
  maxTotalWaitMs: number;
  /** Retries after rate-limit refusals, per request (default 4). */
  maxRetries: number;
  /** A secondary limit without `retry-after`: the first wait, doubled each time (GitHub: at least a minute). */
  secondaryWaitMs: number;
}

export const DEFAULT_RATE_LIMIT_BOUNDS: RateLimitBounds = {
  maxWaitMs: 2 * 60_000,
  maxTotalWaitMs: 5 * 60_000,
  maxRetries: 4,
  secondaryWaitMs: 60_000,
};

export interface Refusal {
  status: number;
  headers: Record<string, string | number | undefined>;
  message: string;
}

export type RateLimitVerdict =
  | { kind: "not-a-rate-limit" }
  | { kind: "wait"; ms: number; limit: "primary" | "secondary" }
  | { kind: "give-up"; limit: "primary" | "secondary"; reason: string };

export function rateLimitVerdict(
  refusal: Refusal,
  state: { retries: number; waitedMs: number; now: Date },
  bounds: RateLimitBounds,
): RateLimitVerdict {
  if (refusal.status !== 403 && refusal.status !== 429) return { kind: "not-a-rate-limit" };
  const header = (name: string) => {
    const value = refusal.headers[name];
    return value === undefined ? undefined : String(value);
  };
  const retryAfter = header("retry-after");
  const exhausted = header("x-ratelimit-remaining") === "0";
  const says = /rate limit/i.test(refusal.message);
  if (!retryAfter && !exhausted && !says && refusal.status === 403) return { kind: "not-a-rate-limit" };
  const limit = exhausted ? "primary" : "secondary";

  let ms: number;
  let when: string;
  const seconds = retryAfter === undefined ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) {
    ms = seconds * 1000;
    when = `retry-after ${seconds} s`;
  } else if (exhausted) {
    const reset = Number(header("x-ratelimit-reset")) * 1000;
    ms = Number.isFinite(reset) ? Math.max(0, reset - state.now.getTime()) + 1000 : bounds.secondaryWaitMs;
    when = Number.isFinite(reset)
      ? `the limit resets at ${new Date(reset).toISOString()}`
      : "no reset time given";
  } else {
    ms = bounds.secondaryWaitMs * 2 ** state.retries;
    when = `no retry-after: waiting ${Math.round(ms / 1000)} s`;
  }

  const name = limit === "primary" ? "rate limit" : "secondary rate limit";
  if (state.retries >= bounds.maxRetries)
    return {
      kind: "give-up",
      limit,
      reason: `GitHub's ${name} refused ${state.retries + 1} tries (${when})`,
    };
  if (ms > bounds.maxWaitMs)
    return {
      kind: "give-up",
      limit,
      reason: `GitHub's ${name} asks for a wait of ${Math.ceil(ms / 1000)} s (${when}); the app waits at most ${bounds.maxWaitMs / 1000} s at a time`,
    };
  if (state.waitedMs + ms > bounds.maxTotalWaitMs)
    return {
      kind: "give-up",
      limit,
      reason: `GitHub's ${name} asks for another ${Math.ceil(ms / 1000)} s (${when}) after ${Math.round(state.waitedMs / 1000)} s of waiting; the app waits at most ${bounds.maxTotalWaitMs / 1000} s per delivery`,
    };
  return { kind: "wait", ms, limit };
}
