import { describe, expect, it } from "@jest/globals";
import {
  DEFAULT_RATE_LIMIT_BOUNDS,
  type Refusal,
  rateLimitVerdict,
} from "../../../app/octokit/rate-limit-policy.js";

const NOW = new Date("2026-03-02T10:00:00Z");
const epoch = (secondsFromNow: number) => String(NOW.getTime() / 1000 + secondsFromNow);
const refusal = (status: number, headers: Refusal["headers"] = {}, message = "Forbidden"): Refusal => ({
  status,
  headers,
  message,
});

describe("rateLimitVerdict (GitHub's documented rules, bounded)", () => {
  it.each<[string, Refusal, number, number, string]>([
    [
      "retry-after, secondary",
      refusal(403, { "retry-after": "30" }, "You have exceeded a secondary rate limit"),
      0,
      0,
      "wait 30000 secondary",
    ],
    [
      "429 with retry-after",
      refusal(429, { "retry-after": "5" }, "Too Many Requests"),
      0,
      0,
      "wait 5000 secondary",
    ],
    [
      "primary spent, reset in 40 s",
      refusal(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": epoch(40) }),
      0,
      0,
      "wait 41000 primary",
    ],
    [
      "retry-after wins over reset",
      refusal(403, { "retry-after": "2", "x-ratelimit-remaining": "0", "x-ratelimit-reset": epoch(40) }),
      0,
      0,
      "wait 2000 primary",
    ],
    [
      "secondary without retry-after: a minute",
      refusal(403, {}, "secondary rate limit"),
      0,
      0,
      "wait 60000 secondary",
    ],
    ["then doubling", refusal(429, {}, "Too Many Requests"), 1, 60_000, "wait 120000 secondary"],
    [
      "primary reset an hour away",
      refusal(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": epoch(3600) }),
      0,
      0,
      "give-up primary",
    ],
    [
      "a wait past the total budget",
      refusal(403, { "retry-after": "90" }, "secondary rate limit"),
      1,
      250_000,
      "give-up secondary",
    ],
    [
      "too many tries",
      refusal(403, { "retry-after": "1" }, "secondary rate limit"),
      4,
      4000,
      "give-up secondary",
    ],
    [
      "a 403 that is not a rate limit",
      refusal(403, {}, "Resource not accessible by integration"),
      0,
      0,
      "not-a-rate-limit",
    ],
    ["a 500", refusal(500, { "retry-after": "1" }), 0, 0, "not-a-rate-limit"],
  ])("%s", (_name, given, retries, waitedMs, expected) => {
    const verdict = rateLimitVerdict(given, { retries, waitedMs, now: NOW }, DEFAULT_RATE_LIMIT_BOUNDS);
    const summary =
      verdict.kind === "wait"
        ? `wait ${verdict.ms} ${verdict.limit}`
        : verdict.kind === "give-up"
          ? `give-up ${verdict.limit}`
          : verdict.kind;
    expect(summary).toBe(expected);
  });

  it("says why it gives up, with the time GitHub named", () => {
    const verdict = rateLimitVerdict(
      refusal(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": epoch(3600) }),
      { retries: 0, waitedMs: 0, now: NOW },
      DEFAULT_RATE_LIMIT_BOUNDS,
    );
    expect(verdict).toMatchObject({
      kind: "give-up",
      reason: expect.stringMatching(
        /rate limit asks for a wait of 3601 s \(the limit resets at 2026-03-02T11:00:00.000Z\); the app waits at most 120 s/,
      ),
    });
  });
});
