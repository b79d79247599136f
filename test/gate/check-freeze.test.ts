import { describe, expect, test } from "@jest/globals";
import { decideGate } from "../../src/gate/decide-gate.js";
import { buildFacts, buildPolicy } from "./helpers/build-gate.js";

// Friday 2025-01-10 21:00 in Paris: an hour into the weekend freeze, which ends Monday 09:00 Paris.
const FRIDAY_NIGHT = new Date("2025-01-10T20:00:00Z");
const FREEZE_START = "2025-01-10T16:00:00Z";
const policy = buildPolicy({
  freeze: [{ cron: "0 17 * * 5", duration: "64h", timezone: "Europe/Paris" }],
  "override-approvers": ["erin", "@acme/sre"],
});
const command = (user: string, at: string, environment = "production") => ({
  pull_request: 12,
  user,
  environment,
  at,
});

describe("the freeze rule (fixed clock: Fri 2025-01-10 21:00 Europe/Paris)", () => {
  test("inside a window: pending until it ends, said in the window's time zone", () => {
    const decision = decideGate(policy, buildFacts({}), FRIDAY_NIGHT);
    expect(decision.outcome).toBe("pending");
    expect(decision.recheckAt).toBe("2025-01-13T08:00:00.000Z");
    expect(decision.reasons).toEqual([
      'production is frozen until 2025-01-13 09:00 Europe/Paris (08:00 UTC) (2d 12h from now) by "0 17 * * 5" for 64h (Europe/Paris); the deploy waits until it ends; an override approver (erin, @acme/sre) can lift it by commenting `/slipway approve production` during the freeze.',
    ]);
  });

  test("outside a window: no freeze", () => {
    const decision = decideGate(policy, buildFacts({}), new Date("2025-01-13T08:00:00Z"));
    expect(decision.outcome).toBe("approved");
    expect(decision.reasons).toContain("no freeze window is open.");
  });

  test.each([
    [
      "an override approver, during the freeze",
      command("erin", "2025-01-10T19:00:00Z"),
      {},
      "approved",
      /erin \(override approver\) lifted the freeze/,
    ],
    [
      "a member of an override team",
      command("sam", "2025-01-10T19:00:00Z"),
      { teams: { "@acme/sre": ["sam"] } },
      "approved",
      /sam \(override approver\) lifted/,
    ],
    [
      "an override approver, before the freeze began",
      command("erin", "2025-01-10T15:59:00Z"),
      {},
      "pending",
      /frozen until/,
    ],
    [
      "an override approver, for another environment",
      command("erin", "2025-01-10T19:00:00Z", "staging"),
      {},
      "pending",
      /frozen until/,
    ],
    [
      "an override approver, after the decision",
      command("erin", "2025-01-10T20:30:00Z"),
      {},
      "pending",
      /frozen until/,
    ],
    [
      "someone who is no override approver",
      command("alice", "2025-01-10T19:00:00Z"),
      { teams: { "@acme/sre": ["sam"] } },
      "pending",
      /Not lifted by: alice is not an override approver \(erin, @acme\/sre\)/,
    ],
    [
      "the override approver deploying it",
      command("erin", "2025-01-10T19:00:00Z"),
      { deployer: "erin" },
      "pending",
      /Not lifted by: erin: erin is deploying this/,
    ],
    [
      "an override team that cannot be read",
      command("sam", "2025-01-10T19:00:00Z"),
      { teams: { "@acme/sre": null } },
      "pending",
      /members of @acme\/sre could not be read/,
    ],
  ])("/slipway approve by %s", (_, approve, facts, outcome, reason) => {
    const decision = decideGate(policy, buildFacts({ ...facts, commands: [approve] }), FRIDAY_NIGHT);
    expect(decision.outcome).toBe(outcome);
    expect(decision.reasons.join("\n")).toMatch(reason);
  });

  test("a review by an override approver does not lift a freeze", () => {
    const decision = decideGate(
      policy,
      buildFacts({
        reviews: [{ pull_request: 12, user: "erin", state: "APPROVED", submitted_at: FREEZE_START }],
      }),
      FRIDAY_NIGHT,
    );
    expect(decision.outcome).toBe("pending");
  });

  test("lifting the freeze does not make up for missing approvals", () => {
    const decision = decideGate(
      buildPolicy({ ...policy, approvals: 1, approvers: ["alice"] }),
      buildFacts({ commands: [command("erin", "2025-01-10T19:00:00Z")] }),
      FRIDAY_NIGHT,
    );
    expect(decision.outcome).toBe("pending");
    expect(decision.reasons).toEqual([expect.stringMatching(/0 of 1 approval.*erin is not an approver/)]);
  });

  test("pending on a freeze and a soak: look again when both are over", () => {
    const decision = decideGate(
      buildPolicy({ ...policy, after: { environment: "staging", soak: "4d" } }),
      buildFacts({
        deployments: [
          {
            environment: "staging",
            sha: buildFacts({}).commit,
            state: "success",
            at: "2025-01-10T12:00:00Z",
          },
        ],
      }),
      FRIDAY_NIGHT,
    );
    expect(decision.outcome).toBe("pending");
    expect(decision.recheckAt).toBe("2025-01-14T12:00:00.000Z");
  });
});
