import { describe, expect, test } from "@jest/globals";
import { awaitDecision, type Decided } from "../../src/gate/await-decision.js";
import { decideGate } from "../../src/gate/decide-gate.js";
import { approvedReview, buildFacts, buildPolicy } from "./helpers/build-gate.js";

/** A fake clock that sleeping advances. */
function clock(start: string) {
  let now = Date.parse(start);
  const sleeps: number[] = [];
  return {
    now: () => new Date(now),
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

const policy = buildPolicy({ approvals: 1, approvers: ["alice"] });

describe("awaitDecision", () => {
  test("polls a pending gate until an approval arrives", async () => {
    const time = clock("2025-01-08T10:00:00Z");
    let round = 0;
    const pendings: Decided[] = [];
    const result = await awaitDecision({
      decideOnce: async (now) => {
        round++;
        const facts = buildFacts({ reviews: round >= 3 ? [approvedReview("alice", 0)] : [] });
        return { facts, decision: decideGate(policy, facts, now) };
      },
      now: time.now,
      sleep: time.sleep,
      timeoutMs: 30 * 60_000,
      intervalMs: 60_000,
      onPending: (decided) => pendings.push(decided),
    });
    expect(result).toMatchObject({ timedOut: false, rounds: 3, decision: { outcome: "approved" } });
    expect(time.sleeps).toEqual([60_000, 60_000]);
    expect(pendings).toHaveLength(2);
  });

  test("gives up at the time-out, still pending, having slept no longer than it had", async () => {
    const time = clock("2025-01-08T10:00:00Z");
    const result = await awaitDecision({
      decideOnce: async (now) => {
        const facts = buildFacts({});
        return { facts, decision: decideGate(policy, facts, now) };
      },
      now: time.now,
      sleep: time.sleep,
      timeoutMs: 150_000,
      intervalMs: 60_000,
    });
    expect(result).toMatchObject({ timedOut: true, rounds: 4, decision: { outcome: "pending" } });
    expect(time.sleeps).toEqual([60_000, 60_000, 30_000]);
  });

  test("a rejection ends it at once; a zero time-out decides once", async () => {
    const time = clock("2025-01-08T10:00:00Z");
    const rejected = await awaitDecision({
      decideOnce: async (now) => {
        const facts = buildFacts({ ref: "refs/heads/feature" });
        return { facts, decision: decideGate(buildPolicy({ branches: ["main"] }), facts, now) };
      },
      now: time.now,
      sleep: time.sleep,
      timeoutMs: 60_000,
      intervalMs: 10_000,
    });
    expect(rejected).toMatchObject({ timedOut: false, rounds: 1, decision: { outcome: "rejected" } });
    const once = await awaitDecision({
      decideOnce: async (now) => {
        const facts = buildFacts({});
        return { facts, decision: decideGate(policy, facts, now) };
      },
      now: time.now,
      sleep: time.sleep,
      timeoutMs: 0,
      intervalMs: 10_000,
    });
    expect(once).toMatchObject({ timedOut: true, rounds: 1 });
    expect(time.sleeps).toEqual([]);
  });

  test("wakes when a soak ends if that comes before the next poll", async () => {
    const time = clock("2025-01-08T10:00:00Z");
    const soakPolicy = buildPolicy({ after: { environment: "staging", soak: "1h" } });
    const result = await awaitDecision({
      decideOnce: async (now) => {
        const facts = buildFacts({
          deployments: [
            {
              environment: "staging",
              sha: buildFacts().commit,
              state: "success",
              at: "2025-01-08T09:00:30Z",
            },
          ],
        });
        return { facts, decision: decideGate(soakPolicy, facts, now) };
      },
      now: time.now,
      sleep: time.sleep,
      timeoutMs: 10 * 60_000,
      intervalMs: 5 * 60_000,
    });
    expect(result.decision.outcome).toBe("approved");
    expect(time.sleeps).toEqual([30_000]);
  });
});
