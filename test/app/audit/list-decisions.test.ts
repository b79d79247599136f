import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { listDecisions, parseAuditArgs, renderDecisions } from "../../../app/audit/list-decisions.js";
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
