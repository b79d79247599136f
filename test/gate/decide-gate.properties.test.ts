/**
 * The engine's promises, over many generated policies and facts (fast-check): it never approves
 * when a required check failed, when approvals are short, during a freeze nobody lifted, on
 * self-approval alone or with a fact missing; adding an approval never makes a decision worse.
 * The oracles below are deliberately cruder than the engine (upper bounds, date windows), so they
 * do not share its mistakes.
 */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import type { EnvironmentPolicy } from "../../src/config/schema.js";
import { decideGate } from "../../src/gate/decide-gate.js";
import type { GateFacts } from "../../src/gate/gate-facts.js";
import { buildFacts, buildPolicy, NOW, SHA } from "./helpers/build-gate.js";

const USERS = ["alice", "bob", "carol", "dave", "erin", "frank"] as const;
const TEAM = "@acme/leads";
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR).toISOString();

const user = fc.constantFrom(...USERS);
const hoursAround = fc.integer({ min: -72, max: 2 });

const policyArb = fc
  .record({
    require: fc.subarray(["data", "model", "package"] as const),
    approvals: fc.integer({ min: 0, max: 3 }),
    approvers: fc.uniqueArray(fc.constantFrom(...USERS, TEAM), { minLength: 1, maxLength: 5 }),
    "prevent-self-approval": fc.boolean(),
    branches: fc.constantFrom<string[]>([], ["main"], ["release/*"]),
    freeze: fc.array(
      fc.oneof(
        fc.record({ from: hoursAround.map(at), to: fc.integer({ min: -4, max: 48 }).map(at) }),
        fc.record({
          cron: fc.constantFrom("0 17 * * 5", "0 9 * * *", "30 6 * * 1-5"),
          duration: fc.constantFrom("1h", "8h", "64h"),
          timezone: fc.constantFrom("UTC", "Europe/Paris", "America/New_York"),
        }),
      ),
      { maxLength: 2 },
    ),
    "override-approvers": fc.uniqueArray(user, { maxLength: 2 }),
    after: fc.option(
      fc.record({ environment: fc.constant("staging"), soak: fc.constantFrom("0s", "1h", "1d") }),
      {
        nil: undefined,
      },
    ),
  })
  // Date windows whose end is not after their start are policy errors; keep the generated ones valid.
  .map((raw) =>
    buildPolicy({
      ...raw,
      freeze: raw.freeze.filter((w) => !("from" in w) || Date.parse(w.to) > Date.parse(w.from)),
      approvals: Math.min(raw.approvals, raw.approvers.includes(TEAM) ? 3 : raw.approvers.length),
    }),
  );

const factsArb = fc
  .record({
    ref: fc.constantFrom("refs/heads/main", "refs/heads/release/1", "refs/tags/v1"),
    deployer: fc.option(user, { nil: null }),
    authors: fc.option(fc.uniqueArray(user, { maxLength: 2 }), { nil: null }),
    reports: fc.array(
      fc.record({ part: fc.constantFrom("data", "model", "package" as const), passed: fc.boolean() }),
      { maxLength: 4 },
    ),
    reviews: fc.array(
      fc.record({
        pull_request: fc.constantFrom(1, 2),
        user,
        state: fc.constantFrom("APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED", "PENDING" as const),
        submitted_at: hoursAround.map(at),
      }),
      { maxLength: 6 },
    ),
    commands: fc.array(
      fc.record({
        pull_request: fc.constantFrom(1, 2),
        user,
        environment: fc.constantFrom("production", "PRODUCTION", "staging"),
        at: hoursAround.map(at),
      }),
      { maxLength: 4 },
    ),
    team: fc.option(fc.uniqueArray(user, { maxLength: 3 }), { nil: null }),
    deployments: fc.option(
      fc.array(
        fc.record({
          environment: fc.constantFrom("staging", "production"),
          sha: fc.constantFrom(SHA, "f".repeat(40)),
          state: fc.constantFrom("success", "failure"),
          at: hoursAround.map(at),
        }),
        { maxLength: 3 },
      ),
      { nil: null },
    ),
    gaps: fc.array(fc.constant("listing reviews: GitHub answered 502"), { maxLength: 1 }),
  })
  .map((raw) =>
    buildFacts({
      ref: raw.ref,
      deployer: raw.deployer,
      pull_requests:
        raw.authors === null ? null : raw.authors.map((author, i) => ({ number: i + 1, author })),
      reports: raw.reports,
      reviews: raw.reviews,
      commands: raw.commands,
      teams: { [TEAM]: raw.team },
      deployments: raw.deployments,
      gaps: raw.gaps,
    }),
  );

const RUNS = { numRuns: 400 };
const lower = (s: string) => s.toLowerCase();

function isSelf(policy: EnvironmentPolicy, facts: GateFacts, who: string): boolean {
  if (!policy["prevent-self-approval"]) return false;
  if (facts.deployer === null || facts.pull_requests === null) return true;
  return who === lower(facts.deployer) || facts.pull_requests.some((p) => lower(p.author) === who);
}

function mayApprove(policy: EnvironmentPolicy, facts: GateFacts, who: string): boolean {
  const byName = policy.approvers.some((a) => lower(a) === who);
  const byTeam = policy.approvers.includes(TEAM) && (facts.teams[TEAM] ?? []).some((m) => lower(m) === who);
  return (byName || byTeam) && !isSelf(policy, facts, who);
}

/** More than the engine could ever count: anyone who approved at any time, in any way. */
function approvalsUpperBound(policy: EnvironmentPolicy, facts: GateFacts): number {
  const who = new Set<string>();
  for (const review of facts.reviews) if (review.state === "APPROVED") who.add(lower(review.user));
  for (const command of facts.commands)
    if (lower(command.environment) === "production") who.add(lower(command.user));
  return [...who].filter((w) => mayApprove(policy, facts, w)).length;
}

const RANK = { rejected: 0, pending: 1, approved: 2 } as const;

describe("decideGate's promises (fast-check)", () => {
  test("always an outcome with reasons; never throws", () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const decision = decideGate(policy, facts, NOW);
        expect(["approved", "rejected", "pending"]).toContain(decision.outcome);
        expect(decision.reasons.length).toBeGreaterThan(0);
        if (decision.outcome !== "pending") expect(decision.recheckAt).toBeNull();
      }),
      RUNS,
    );
  });

  test("never approves when a required check failed (it rejects)", () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const failed = facts.reports.some((r) => !r.passed && policy.require.includes(r.part));
        fc.pre(failed);
        expect(decideGate(policy, facts, NOW).outcome).toBe("rejected");
      }),
      RUNS,
    );
  });

  test("never approves when a required check has no report", () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        fc.pre(policy.require.some((part) => !facts.reports.some((r) => r.part === part)));
        expect(decideGate(policy, facts, NOW).outcome).not.toBe("approved");
      }),
      RUNS,
    );
  });

  test("never approves when approvals are short", () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        fc.pre(approvalsUpperBound(policy, facts) < policy.approvals);
        expect(decideGate(policy, facts, NOW).outcome).not.toBe("approved");
      }),
      RUNS,
    );
  });

  test("never approves on self-approval alone", () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        fc.pre(policy["prevent-self-approval"] && policy.approvals > 0);
        const selves = new Set(
          [facts.deployer, ...(facts.pull_requests ?? []).map((p) => p.author)].filter(Boolean).map(String),
        );
        const onlySelf = buildFacts({
          ...facts,
          reviews: facts.reviews.filter((r) => selves.has(r.user)),
          commands: facts.commands.filter((c) => selves.has(c.user)),
        });
        expect(decideGate(policy, onlySelf, NOW).outcome).not.toBe("approved");
      }),
      RUNS,
    );
  });

  test("never approves inside a freeze window nobody lifted", () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const now = NOW.getTime();
        const inDateWindow = policy.freeze.some(
          (w) => "from" in w && Date.parse(w.from) <= now && now < Date.parse(w.to),
        );
        fc.pre(inDateWindow);
        const noOverride = buildFacts({
          ...facts,
          commands: facts.commands.filter((c) => !policy["override-approvers"].includes(c.user)),
        });
        expect(decideGate(policy, noOverride, NOW).outcome).not.toBe("approved");
      }),
      RUNS,
    );
  });

  test("never approves with a fact missing", () => {
    fc.assert(
      fc.property(policyArb, factsArb, (policy, facts) => {
        fc.pre(facts.gaps.length > 0);
        expect(decideGate(policy, facts, NOW).outcome).not.toBe("approved");
      }),
      RUNS,
    );
  });

  test("adding an approval never makes the decision worse (approved stays approved, pending never becomes rejected)", () => {
    const approval = fc.oneof(
      fc.record({
        kind: fc.constant("review" as const),
        user,
        pull: fc.constantFrom(1, 2),
        hours: hoursAround,
      }),
      fc.record({
        kind: fc.constant("command" as const),
        user,
        pull: fc.constantFrom(1, 2),
        hours: hoursAround,
      }),
    );
    fc.assert(
      fc.property(policyArb, factsArb, approval, (policy, facts, added) => {
        const before = decideGate(policy, facts, NOW);
        const more = buildFacts({
          ...facts,
          reviews:
            added.kind === "review"
              ? [
                  ...facts.reviews,
                  // The newest review of that person: an approval that really stands.
                  { pull_request: added.pull, user: added.user, state: "APPROVED", submitted_at: at(0) },
                ]
              : facts.reviews,
          commands:
            added.kind === "command"
              ? [
                  ...facts.commands,
                  {
                    pull_request: added.pull,
                    user: added.user,
                    environment: "production",
                    at: at(added.hours),
                  },
                ]
              : facts.commands,
        });
        const after = decideGate(policy, more, NOW);
        expect(RANK[after.outcome]).toBeGreaterThanOrEqual(RANK[before.outcome]);
        expect(after.approvals.counted.length).toBeGreaterThanOrEqual(before.approvals.counted.length);
      }),
      RUNS,
    );
  });
});
