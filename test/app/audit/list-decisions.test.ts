import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import {
  listAnswers,
  listDecisions,
  parseAuditArgs,
  renderAnswers,
  renderDecisions,
} from "../../../app/audit/list-decisions.js";
import { openPgliteStore } from "../../../app/store/pglite-store.js";
import type { Store } from "../../../app/store/store.js";

let store: Store;
beforeAll(async () => {
  store = await openPgliteStore();
  const base = { gateId: null, repositoryId: 7, deploymentId: 99, facts: { any: "facts" }, deliveryId: null };
  await store.recordDecision({
    ...base,
    environment: "production",
    sha: "a".repeat(40),
    outcome: "pending",
    reasons: ["1 of 2 approvals"],
    decidedAt: new Date("2026-11-28T10:00:00Z"),
  });
  await store.recordDecision({
    ...base,
    environment: "production",
    sha: "a".repeat(40),
    outcome: "approved",
    reasons: ["2 of 2 approvals", "reports passed"],
    decidedAt: new Date("2026-11-28T11:00:00Z"),
  });
  await store.recordDecision({
    ...base,
    environment: "staging",
    sha: "b".repeat(40),
    outcome: "rejected",
    reasons: ["model failed"],
    decidedAt: new Date("2026-11-28T12:00:00Z"),
  });
}, 60_000);
afterAll(() => store.close());

describe("the gate audit trail", () => {
  it("lists one environment's decisions, newest first, with their reasons and facts", async () => {
    const decisions = await listDecisions(store, { repositoryId: 7, environment: "production", limit: 50 });
    expect(decisions.map((d) => d.outcome)).toEqual(["approved", "pending"]);
    expect(decisions[0]?.facts).toEqual({ any: "facts" });
    const text = renderDecisions(decisions, { repositoryId: 7, environment: "production", limit: 50 });
    expect(text.split("\n")[2]).toMatch(
      /^2026-11-28T11:00:00.000Z\s+approved\s+aaaaaaa\s+99\s+2 of 2 approvals; reports passed$/,
    );
  });

  it("says when there is nothing, and refuses arguments it cannot use", () => {
    expect(renderDecisions([], { repositoryId: 7, environment: "qa", limit: 1 })).toMatch(
      /No gate decisions recorded/,
    );
    expect(parseAuditArgs(["--environment", "production"])).toEqual({
      error: expect.stringMatching(/--repository-id/),
    });
    expect(parseAuditArgs(["--repository-id", "7"])).toEqual({
      error: expect.stringMatching(/--environment/),
    });
    expect(parseAuditArgs(["--repository-id", "7", "--environment", "p", "--json"])).toEqual({
      query: { repositoryId: 7, environment: "p", limit: 50 },
      json: true,
    });
  });
});

describe("answers to GitHub in the audit", () => {
  it("lists each try with GitHub's status, newest first", async () => {
    const gate = await store.saveGate({
      repositoryId: 7,
      repository: "acme/churn",
      installationId: 1,
      environment: "production",
      deploymentId: 99,
      sha: "a".repeat(40),
      ref: "refs/heads/main",
      callbackUrl: "https://api.github.com/repos/acme/churn/actions/runs/5/deployment_protection_rule",
      requestedAt: new Date("2026-11-28T09:00:00Z"),
      expiresAt: null,
      recheckAt: null,
      context: {},
    });
    await store.settleGate(gate.id, "approved", ["2 of 2 approvals"], new Date("2026-11-28T11:00:00Z"));
    const attempt = {
      gateId: gate.id,
      repositoryId: 7,
      environment: "production",
      deploymentId: 99,
      state: "approved" as const,
      deliveryId: null,
    };
    await store.recordAnswer(
      {
        ...attempt,
        outcome: "failed",
        status: 500,
        detail: "GitHub did not take the answer",
        at: new Date("2026-11-28T11:00:00Z"),
      },
      new Date("2026-11-28T11:01:00Z"),
    );
    await store.recordAnswer(
      {
        ...attempt,
        outcome: "accepted",
        status: 204,
        detail: "GitHub took the answer",
        at: new Date("2026-11-28T11:01:00Z"),
      },
      null,
    );
    const query = { repositoryId: 7, environment: "production", limit: 50 };
    const text = renderAnswers(await listAnswers(store, query));
    expect(text.split("\n").filter((line) => /^2026/.test(line))).toEqual([
      expect.stringMatching(/^2026-11-28T11:01:00.000Z +approved +99 +accepted +204 +GitHub took the answer/),
      expect.stringMatching(
        /^2026-11-28T11:00:00.000Z +approved +99 +failed +500 +GitHub did not take the answer/,
      ),
    ]);
    expect(renderAnswers([])).toBe("");
  });
});
