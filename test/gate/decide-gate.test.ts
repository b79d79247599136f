import { describe, expect, test } from "@jest/globals";
import type { z } from "zod";
import type { environmentSchema } from "../../src/config/schema.js";
import { decideGate } from "../../src/gate/decide-gate.js";
import type { GateFactsInput } from "../../src/gate/gate-facts.js";
import {
  approveCommand,
  approvedReview,
  buildFacts,
  buildPolicy,
  hoursBefore,
  NOW,
  SHA,
} from "./helpers/build-gate.js";

type PolicyInput = z.input<typeof environmentSchema>;

const production: PolicyInput = {
  require: ["data", "model", "package"],
  approvals: 2,
  approvers: ["alice", "bob", "@acme/ml-leads"],
  branches: ["main"],
  tags: ["v*"],
};
const allPassed: GateFactsInput["reports"] = [
  { part: "data", passed: true },
  { part: "model", passed: true },
  { part: "package", passed: true },
];
const twoApprovals = [approvedReview("alice"), approvedReview("bob")];

// Each row: what the policy says, what is known, the outcome, and words the reasons must contain.
const table: [string, PolicyInput, Partial<GateFactsInput>, string, RegExp[]][] = [
  ["an empty policy approves any ref", {}, {}, "approved", [/any branch or tag may deploy here/]],
  [
    "everything in place",
    production,
    { reports: allPassed, reviews: twoApprovals },
    "approved",
    [/2 of 2 approvals: alice \(review on #12\), bob \(review on #12\)/, /the model checks passed/],
  ],
  [
    "a required part failed: rejected even with approvals",
    production,
    {
      reports: [...allPassed, { part: "model", passed: false, detail: "rules failed: f1", source: "run 7" }],
      reviews: twoApprovals,
    },
    "rejected",
    [/the model checks failed for commit 0123456 \(rules failed: f1, run 7\)/],
  ],
  [
    "a required part has no report yet: pending",
    production,
    { reports: allPassed.filter((r) => r.part !== "package"), reviews: twoApprovals },
    "pending",
    [/no report for commit 0123456 says whether the package checks passed yet/],
  ],
  [
    "one approval short",
    production,
    { reports: allPassed, reviews: [approvedReview("alice")] },
    "pending",
    [/1 of 2 approvals: alice \(review on #12\); 1 more needed from alice, bob, @acme\/ml-leads/],
  ],
  [
    "a branch that may not deploy",
    production,
    { reports: allPassed, reviews: twoApprovals, ref: "refs/heads/feature/x" },
    "rejected",
    [/branch feature\/x may not deploy here; only branches "main" and tags "v\*" may/],
  ],
  [
    "a matching tag may deploy",
    production,
    { reports: allPassed, reviews: twoApprovals, ref: "refs/tags/v1.4.0" },
    "approved",
    [/tag v1.4.0 may deploy here \(matches "v\*"\)/],
  ],
  [
    "a tag when only branches are listed",
    { branches: ["main"] },
    { ref: "refs/tags/v1.0.0" },
    "rejected",
    [/tag v1.0.0 may not deploy here; only branches "main" may/],
  ],
  [
    "a bare ref cannot be placed",
    { branches: ["main"] },
    { ref: "main" },
    "rejected",
    [/"main" is not a full ref/],
  ],
  [
    "the PR author's approval does not count",
    { approvals: 1, approvers: ["carol", "alice"] },
    { reviews: [approvedReview("carol")] },
    "pending",
    [/carol \(review on #12\): carol wrote #12, and self-approval does not count/],
  ],
  [
    "the deployer's command does not count",
    { approvals: 1, approvers: ["alice"] },
    { deployer: "alice", commands: [approveCommand("alice")] },
    "pending",
    [/alice is deploying this, and self-approval does not count/],
  ],
  [
    "self-approval allowed when the policy says so",
    { approvals: 1, approvers: ["carol"], "prevent-self-approval": false },
    { reviews: [approvedReview("carol")] },
    "approved",
    [/1 of 1 approval: carol/],
  ],
  [
    "an unknown deployer makes every approval doubtful",
    { approvals: 1, approvers: ["alice"] },
    { deployer: null, reviews: [approvedReview("alice")] },
    "pending",
    [/who is deploying is unknown/],
  ],
  [
    "a dismissed approval does not count",
    { approvals: 1, approvers: ["alice"] },
    { reviews: [{ ...approvedReview("alice"), state: "DISMISSED" }] },
    "pending",
    [/alice's review was dismissed/],
  ],
  [
    "changes requested after approving take the approval back",
    { approvals: 1, approvers: ["alice"] },
    {
      reviews: [approvedReview("alice", 5), { ...approvedReview("alice", 2), state: "CHANGES_REQUESTED" }],
    },
    "pending",
    [/alice's latest review requests changes/],
  ],
  [
    "a comment after approving keeps the approval",
    { approvals: 1, approvers: ["alice"] },
    { reviews: [approvedReview("alice", 5), { ...approvedReview("alice", 2), state: "COMMENTED" }] },
    "approved",
    [/1 of 1 approval: alice/],
  ],
  [
    "a non-approver's review is said not to count",
    { approvals: 1, approvers: ["alice"] },
    { reviews: [approvedReview("mallory")] },
    "pending",
    [/mallory is not an approver \(alice\)/],
  ],
  [
    "a team member counts; the team is matched case-insensitively",
    { approvals: 1, approvers: ["@Acme/ML-Leads"] },
    { reviews: [approvedReview("dave")], teams: { "acme/ml-leads": ["Dave"] } },
    "approved",
    [/dave \(review on #12\)/],
  ],
  [
    "unknown team membership counts nobody from it",
    { approvals: 1, approvers: ["@acme/ml-leads"] },
    { reviews: [approvedReview("dave")], teams: { "@acme/ml-leads": null } },
    "pending",
    [/the members of @acme\/ml-leads could not be read/],
  ],
  [
    "one person approving twice counts once",
    { approvals: 2, approvers: ["alice", "bob"] },
    { reviews: [approvedReview("alice")], commands: [approveCommand("ALICE")] },
    "pending",
    [/1 of 2 approvals/],
  ],
  [
    "an approve command for another environment is not one for this",
    { approvals: 1, approvers: ["alice"] },
    { commands: [approveCommand("alice", 1, "staging")] },
    "pending",
    [/0 of 1 approval; 1 more needed/],
  ],
  [
    "an approve command counts",
    { approvals: 1, approvers: ["alice"] },
    { commands: [approveCommand("alice", 1, "Production")] },
    "approved",
    [/alice \(\/slipway approve on #12\)/],
  ],
  [
    "a review on a pull request that did not bring the commit",
    { approvals: 1, approvers: ["alice"] },
    { reviews: [approvedReview("alice", 1, 99)] },
    "pending",
    [/#99 did not bring this commit/],
  ],
  [
    "no pull request brought the commit",
    { approvals: 1, approvers: ["alice"] },
    { pull_requests: [] },
    "pending",
    [/No pull request brought commit 0123456/],
  ],
  [
    "a gap in the facts is never approved",
    {},
    { gaps: ["listing reviews: GitHub answered 502"] },
    "pending",
    [/a fact could not be established.*502/],
  ],
  [
    "no policy for the environment",
    "none" as unknown as PolicyInput,
    {},
    "rejected",
    [/environment "production" has no policy/],
  ],
  [
    "a policy that cannot be applied",
    { freeze: [{ cron: "0 17 * *", duration: "1h" }] },
    {},
    "rejected",
    [/environments.production.freeze\[0\].cron: "0 17 \* \*" has 4 fields/],
  ],
  [
    "approvals nobody can give",
    { approvals: 3, approvers: ["alice", "bob"] },
    {},
    "rejected",
    [/3 approvals required but only 2 approver\(s\) listed/],
  ],
  [
    "staging first: never deployed there",
    { after: { environment: "staging", soak: "1h" } },
    { deployments: [] },
    "pending",
    [/commit 0123456 has not been deployed to staging successfully yet; production comes after staging/],
  ],
  [
    "staging first: soaked long enough",
    { after: { environment: "staging", soak: "1h" } },
    { deployments: [{ environment: "staging", sha: SHA, state: "success", at: hoursBefore(2) }] },
    "approved",
    [/was deployed to staging at 2025-01-08 08:00 UTC, more than 1h ago/],
  ],
  [
    "staging first: a failed deployment there does not count",
    { after: { environment: "staging", soak: "1h" } },
    { deployments: [{ environment: "staging", sha: SHA, state: "failure", at: hoursBefore(5) }] },
    "pending",
    [/has not been deployed to staging successfully yet/],
  ],
  [
    "staging first: another commit's deployment does not count",
    { after: { environment: "staging" } },
    { deployments: [{ environment: "staging", sha: "f".repeat(40), state: "success", at: hoursBefore(5) }] },
    "pending",
    [/has not been deployed to staging/],
  ],
  [
    "staging first: deployments unknown",
    { after: { environment: "staging" } },
    { deployments: null },
    "pending",
    [/earlier deployments of commit 0123456 are unknown/],
  ],
];

describe("decideGate (fixed clock: Wed 2025-01-08 10:00 UTC)", () => {
  test.each(
    table.map(([name, policy, facts, outcome, reasons]) => [name, outcome, policy, facts, reasons] as const),
  )("%s → %s", (_, outcome, policy, facts, reasons) => {
    const decision = decideGate(
      (policy as unknown) === "none" ? undefined : buildPolicy(policy),
      buildFacts(facts),
      NOW,
    );
    expect(decision.outcome).toBe(outcome);
    const text = decision.reasons.join("\n");
    for (const reason of reasons) expect(text).toMatch(reason);
    expect(decision.decidedAt).toBe(NOW.toISOString());
    // Reasons are the blocking rules when not approved, every rule when approved.
    const blocking = decision.rules.filter((rule) => rule.status !== "pass");
    expect(decision.reasons.length).toBe(outcome === "approved" ? decision.rules.length : blocking.length);
  });

  test("hard failures come before what is merely pending", () => {
    const decision = decideGate(
      buildPolicy(production),
      buildFacts({ reports: [{ part: "data", passed: false }], reviews: [] }),
      NOW,
    );
    expect(decision.outcome).toBe("rejected");
    expect(decision.reasons[0]).toMatch(/the data checks failed/);
    expect(decision.reasons.slice(1).join("\n")).toMatch(/0 of 2 approvals/);
  });

  test("soak time not over: pending, with when to look again", () => {
    const decision = decideGate(
      buildPolicy({ after: { environment: "staging", soak: "3h" } }),
      buildFacts({
        deployments: [{ environment: "staging", sha: SHA, state: "success", at: hoursBefore(1) }],
      }),
      NOW,
    );
    expect(decision.outcome).toBe("pending");
    expect(decision.recheckAt).toBe("2025-01-08T12:00:00.000Z");
    expect(decision.reasons[0]).toMatch(/must soak there for 3h: until 2025-01-08 12:00 UTC \(2h from now\)/);
  });

  test("the earliest successful deployment to the earlier environment starts the soak", () => {
    const decision = decideGate(
      buildPolicy({ after: { environment: "staging", soak: "3h" } }),
      buildFacts({
        deployments: [
          { environment: "staging", sha: SHA, state: "success", at: hoursBefore(1) },
          { environment: "staging", sha: SHA.slice(0, 12), state: "success", at: hoursBefore(4) },
        ],
      }),
      NOW,
    );
    expect(decision.outcome).toBe("approved");
  });

  test("pending only on approvals: no time to look again, events will tell", () => {
    const decision = decideGate(buildPolicy(production), buildFacts({ reports: allPassed }), NOW);
    expect(decision.outcome).toBe("pending");
    expect(decision.recheckAt).toBeNull();
    expect(decision.approvals).toEqual({ required: 2, counted: [], ignored: [] });
  });

  test("an invalid clock is not approved", () => {
    const decision = decideGate(buildPolicy({}), buildFacts({}), new Date(Number.NaN));
    expect(decision.outcome).toBe("rejected");
  });
});
