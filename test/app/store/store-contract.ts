/**
 * The Store's contract, one suite run against every adapter (pglite-store.test.ts,
 * pg-store.test.ts). Each test works on its own repository id, so tests share one database.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { NewApproval, NewGate, RunResult, Store, StoredReport } from "../../../app/store/store.js";
import { buildReport, modelReport } from "../helpers/build-report.js";
import { describeMonitorHistory } from "./monitor-history-contract.js";

let nextRepository = 1000;
const newRepository = () => nextRepository++;
const T0 = new Date("2026-03-02T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const sha = (n: number) => n.toString(16).padStart(40, "0");

function stored(overrides: Partial<StoredReport> = {}): StoredReport {
  const commit = overrides.commit ?? sha(1);
  return {
    repositoryId: 1,
    commit,
    workflowId: 77,
    variant: "",
    repository: "acme/churn",
    workflowName: "ml",
    branch: "main",
    event: "push",
    trusted: true,
    runId: 500,
    runAttempt: 1,
    runUrl: "https://github.com/acme/churn/actions/runs/500",
    runCreatedAt: at(0),
    passed: true,
    report: buildReport({ commit }),
    ...overrides,
  };
}

function gate(repositoryId: number, overrides: Partial<NewGate> = {}): NewGate {
  return {
    repositoryId,
    repository: "acme/churn",
    installationId: 9,
    environment: "production",
    deploymentId: 4242,
    sha: sha(7),
    ref: "refs/heads/main",
    callbackUrl: "https://api.github.com/repos/acme/churn/actions/runs/1/deployment_protection_rule",
    requestedAt: at(0),
    expiresAt: at(60 * 24),
    recheckAt: null,
    context: { deployer: "alice", pulls: [12] },
    ...overrides,
  };
}

function runResult(overrides: Partial<RunResult> = {}): RunResult {
  return {
    repositoryId: 1,
    runId: 900,
    runAttempt: 1,
    workflowId: 77,
    workflowName: "ml",
    headSha: sha(3),
    runUrl: "https://github.com/acme/churn/actions/runs/900",
    runCreatedAt: at(0),
    heads: [{ variant: "", report: buildReport({ commit: sha(3) }) }],
    unreadable: [{ artifact: "slipway-report-b", message: "not valid JSON" }],
    receivedAt: at(1),
    ...overrides,
  };
}

function approval(repositoryId: number, overrides: Partial<NewApproval> = {}): NewApproval {
  return {
    repositoryId,
    pullNumber: 12,
    source: "comment",
    sourceId: 5001,
    login: "alice",
    environment: "production",
    url: "https://github.com/acme/churn/pull/12#issuecomment-5001",
    at: at(1),
    receivedAt: at(2),
    deliveryId: "d-1",
    ...overrides,
  };
}

export interface StoreFixture {
  open(): Promise<Store>;
}

export function describeStore(name: string, fixture: StoreFixture): void {
  describe(`${name} store`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await fixture.open();
    });
    afterAll(async () => {
      await store?.close();
    });

    describe("deliveries", () => {
      const LEASE = 10 * 60_000;
      it("claims a delivery once, again after a release, never once handled, and prunes old claims", async () => {
        const id = `delivery-${newRepository()}`;
        expect(await store.claimDelivery(id, "workflow_run", at(0), LEASE)).toEqual({ claimed: true });
        expect(await store.claimDelivery(id, "workflow_run", at(1), LEASE)).toEqual({
          claimed: false,
          state: "claimed",
          leaseUntil: at(10),
        });
        await store.releaseDelivery(id);
        expect(await store.claimDelivery(id, "workflow_run", at(2), LEASE)).toEqual({ claimed: true });
        await store.completeDelivery(id, at(3));
        expect(await store.claimDelivery(id, "workflow_run", at(60), LEASE)).toEqual({
          claimed: false,
          state: "done",
        });
        // Releasing a handled delivery (a late failure report) does not make it claimable again.
        await store.releaseDelivery(id);
        expect((await store.claimDelivery(id, "workflow_run", at(61), LEASE)).claimed).toBe(false);
        const old = `delivery-old-${newRepository()}`;
        await store.claimDelivery(old, "workflow_run", new Date("2000-01-01T00:00:00Z"), LEASE);
        expect(await store.pruneDeliveries(new Date("2001-01-01T00:00:00Z"))).toBeGreaterThanOrEqual(1);
        expect((await store.claimDelivery(old, "workflow_run", at(3), LEASE)).claimed).toBe(true);
      });

      it("lets a claim whose lease ran out be taken again (the claimer crashed or lost the store)", async () => {
        const id = `delivery-lease-${newRepository()}`;
        expect((await store.claimDelivery(id, "workflow_run", at(0), LEASE)).claimed).toBe(true);
        expect((await store.claimDelivery(id, "workflow_run", at(9), LEASE)).claimed).toBe(false);
        expect((await store.claimDelivery(id, "workflow_run", at(10), LEASE)).claimed).toBe(true);
        // The new lease counts from the new claim.
        expect(await store.claimDelivery(id, "workflow_run", at(15), LEASE)).toEqual({
          claimed: false,
          state: "claimed",
          leaseUntil: at(20),
        });
      });

      it("gives a delivery claimed by many at once to exactly one, and an expired lease to exactly one", async () => {
        const id = `delivery-race-${newRepository()}`;
        const claims = await Promise.all(
          Array.from({ length: 8 }, () => store.claimDelivery(id, "workflow_run", at(0), LEASE)),
        );
        expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
        const again = await Promise.all(
          Array.from({ length: 8 }, () => store.claimDelivery(id, "workflow_run", at(30), LEASE)),
        );
        expect(again.filter((claim) => claim.claimed)).toHaveLength(1);
      });
    });

    describe("reports", () => {
      it("keeps a report as written, extra fields included", async () => {
        const repositoryId = newRepository();
        const report = { ...buildReport(), generator: { name: "slipway", version: "1.2.0" } };
        const row = stored({
          repositoryId,
          report,
          variant: "xgb",
          branch: null,
          event: "pull_request",
          trusted: false,
        });
        expect(await store.saveReport(row)).toBe(true);
        expect(await store.reportsAt(repositoryId, row.commit)).toEqual([row]);
      });

      it("lets the newer run win, and a re-run attempt of the same run", async () => {
        const repositoryId = newRepository();
        const newer = stored({ repositoryId, runId: 2, runCreatedAt: at(10), passed: false });
        const older = stored({ repositoryId, runId: 1, runCreatedAt: at(5) });
        expect(await store.saveReport(newer)).toBe(true);
        expect(await store.saveReport(older)).toBe(false);
        expect((await store.reportsAt(repositoryId, newer.commit)).map((r) => r.runId)).toEqual([2]);
        const rerun = { ...newer, runAttempt: 2, passed: true };
        expect(await store.saveReport(rerun)).toBe(true);
        expect(await store.reportsAt(repositoryId, newer.commit)).toEqual([rerun]);
      });

      it("never lets an untrusted report replace a trusted one, and always the other way round", async () => {
        const repositoryId = newRepository();
        const trusted = stored({ repositoryId, runCreatedAt: at(0) });
        const fromFork = stored({
          repositoryId,
          trusted: false,
          event: "pull_request",
          runId: 9,
          runCreatedAt: at(30),
        });
        expect(await store.saveReport(trusted)).toBe(true);
        expect(await store.saveReport(fromFork)).toBe(false);
        expect((await store.reportsAt(repositoryId, trusted.commit))[0]?.trusted).toBe(true);

        const other = newRepository();
        expect(await store.saveReport({ ...fromFork, repositoryId: other })).toBe(true);
        expect(await store.saveReport({ ...trusted, repositoryId: other })).toBe(true);
        expect((await store.reportsAt(other, trusted.commit))[0]?.trusted).toBe(true);
      });

      it("filters a commit's reports by workflow and trust", async () => {
        const repositoryId = newRepository();
        await store.saveReport(stored({ repositoryId, workflowId: 1 }));
        await store.saveReport(stored({ repositoryId, workflowId: 2, variant: "a", trusted: false }));
        await store.saveReport(stored({ repositoryId, workflowId: 2, variant: "b" }));
        const all = await store.reportsAt(repositoryId, sha(1));
        expect(all.map((r) => `${r.workflowId}/${r.variant}`)).toEqual(["1/", "2/a", "2/b"]);
        const filtered = await store.reportsAt(repositoryId, sha(1), { workflowId: 2, trustedOnly: true });
        expect(filtered.map((r) => `${r.workflowId}/${r.variant}`)).toEqual(["2/b"]);
        expect(await store.reportsAt(repositoryId, sha(2))).toEqual([]);
      });

      it("finds the newest trusted commit of a branch, with all its variants", async () => {
        const repositoryId = newRepository();
        await store.saveReport(stored({ repositoryId, commit: sha(1), runCreatedAt: at(0) }));
        await store.saveReport(stored({ repositoryId, commit: sha(2), runCreatedAt: at(10), variant: "a" }));
        await store.saveReport(stored({ repositoryId, commit: sha(2), runCreatedAt: at(11), variant: "b" }));
        // A fork's branch may also be called main: its run is not the base branch.
        await store.saveReport(
          stored({ repositoryId, commit: sha(3), runCreatedAt: at(20), trusted: false }),
        );
        await store.saveReport(stored({ repositoryId, commit: sha(4), runCreatedAt: at(30), branch: "dev" }));
        const latest = await store.latestOnBranch(repositoryId, 77, "main");
        expect(latest.map((r) => [r.commit, r.variant])).toEqual([
          [sha(2), "a"],
          [sha(2), "b"],
        ]);
        expect(await store.latestOnBranch(repositoryId, 78, "main")).toEqual([]);
      });

      it("gives a branch's metrics over its last commits, oldest first", async () => {
        const repositoryId = newRepository();
        for (let i = 1; i <= 5; i++) {
          const report = buildReport({ model: modelReport({ metrics: { f1: i / 10 } }) });
          await store.saveReport(stored({ repositoryId, commit: sha(i), runCreatedAt: at(i), report }));
        }
        await store.saveReport(
          stored({
            repositoryId,
            commit: sha(5),
            variant: "b",
            runCreatedAt: at(5),
            report: buildReport({ model: null }),
          }),
        );
        await store.saveReport(stored({ repositoryId, commit: sha(6), runCreatedAt: at(6), trusted: false }));
        const points = await store.branchMetrics(repositoryId, 77, "main", 3);
        expect(points.map((p) => [p.commit, p.variant, p.metrics])).toEqual([
          [sha(3), "", { f1: 0.3 }],
          [sha(4), "", { f1: 0.4 }],
          [sha(5), "", { f1: 0.5 }],
          [sha(5), "b", {}],
        ]);
        expect(points[0]?.runCreatedAt.getTime()).toBe(at(3).getTime());
        expect(await store.branchMetrics(repositoryId, 77, "main", 0)).toEqual([]);
      });
    });

    describe("run results", () => {
      it("keeps each attempt and finds the newest of a run and of a head commit, whatever the order", async () => {
        const repositoryId = newRepository();
        const second = runResult({ repositoryId, runAttempt: 2, receivedAt: at(5) });
        const first = runResult({ repositoryId, runAttempt: 1, receivedAt: at(6) });
        await store.saveRunResult(second);
        await store.saveRunResult(first);
        expect(await store.newestAttempt(repositoryId, 900)).toEqual(second);
        expect(await store.newestAttempt(repositoryId, 901)).toBeNull();
        // A later run of the same workflow on the same commit wins over both.
        const later = runResult({ repositoryId, runId: 950, runCreatedAt: at(30) });
        await store.saveRunResult(later);
        expect(await store.newestForHead(repositoryId, 77, sha(3))).toEqual(later);
        expect(await store.newestForHead(repositoryId, 78, sha(3))).toBeNull();
        // A redelivery of an attempt replaces what it produced.
        const reread = { ...second, unreadable: [], receivedAt: at(40) };
        await store.saveRunResult(reread);
        expect(await store.newestAttempt(repositoryId, 900)).toEqual(reread);
        expect(await store.pruneRunResults(at(7))).toBeGreaterThanOrEqual(1);
        expect(await store.newestAttempt(repositoryId, 900)).toEqual(reread);
      });
    });

    describe("approvals", () => {
      it("records an approval once and lists what stands, oldest first", async () => {
        const repositoryId = newRepository();
        expect(await store.recordApproval(approval(repositoryId, { sourceId: 2, at: at(5) }))).toBe(true);
        expect(await store.recordApproval(approval(repositoryId, { sourceId: 2, login: "mallory" }))).toBe(
          false,
        );
        const review = approval(repositoryId, {
          source: "review",
          sourceId: 2,
          environment: null,
          login: "bob",
        });
        expect(await store.recordApproval(review)).toBe(true);
        expect(await store.recordApproval(approval(repositoryId, { sourceId: 3, pullNumber: 13 }))).toBe(
          true,
        );
        const listed = await store.approvals(repositoryId, 12);
        expect(listed.map((a) => [a.source, a.login, a.environment])).toEqual([
          ["review", "bob", null],
          ["comment", "alice", "production"],
        ]);
        expect(listed[1]).toMatchObject({ withdrawnAt: null, deliveryId: "d-1" });
        expect(listed[1]!.at.getTime()).toBe(at(5).getTime());
        expect(
          (await store.approvals(repositoryId, 12, { source: "comment" })).map((a) => a.sourceId),
        ).toEqual([2]);
      });

      it("withdraws for good: an edit or deletion, even one that arrives before the approval", async () => {
        const repositoryId = newRepository();
        await store.recordApproval(approval(repositoryId, { sourceId: 7 }));
        const where = { repositoryId, pullNumber: 12, source: "comment" as const };
        await store.withdrawApproval({ ...where, sourceId: 7 }, "edited by mallory", at(3));
        await store.withdrawApproval({ ...where, sourceId: 7 }, "deleted by mallory", at(4));
        expect(await store.approvals(repositoryId, 12)).toEqual([]);
        const [withdrawn] = await store.approvals(repositoryId, 12, { withdrawn: true });
        expect(withdrawn).toMatchObject({ sourceId: 7, login: "alice", withdrawnWhy: "edited by mallory" });
        expect(withdrawn!.withdrawnAt!.getTime()).toBe(at(3).getTime());
        // The edit was delivered first: the creation arriving late is refused.
        await store.withdrawApproval({ ...where, sourceId: 8 }, "edited by mallory", at(3));
        expect(await store.recordApproval(approval(repositoryId, { sourceId: 8 }))).toBe(false);
        expect(await store.approvals(repositoryId, 12)).toEqual([]);
      });
    });

    describeMonitorHistory(() => store, newRepository);

    describe("comments", () => {
      it("remembers, replaces and forgets a pull request's comment per workflow", async () => {
        const repositoryId = newRepository();
        expect(await store.commentId(repositoryId, 12, 77)).toBeNull();
        await store.saveCommentId(repositoryId, 12, 77, 3_000_000_001);
        await store.saveCommentId(repositoryId, 12, 78, 5);
        expect(await store.commentId(repositoryId, 12, 77)).toBe(3_000_000_001);
        await store.saveCommentId(repositoryId, 12, 77, 6);
        expect(await store.commentId(repositoryId, 12, 77)).toBe(6);
        await store.forgetCommentId(repositoryId, 12, 77);
        expect(await store.commentId(repositoryId, 12, 77)).toBeNull();
        expect(await store.commentId(repositoryId, 12, 78)).toBe(5);
      });
    });

    describe("locks", () => {
      it("runs callers of one key one at a time, and other keys meanwhile", async () => {
        const events: string[] = [];
        const hold = (key: string, name: string, ms: number) =>
          store.withLock(key, async () => {
            events.push(`${name}+`);
            await new Promise((resolve) => setTimeout(resolve, ms));
            events.push(`${name}-`);
            return name;
          });
        const key = `pr-${newRepository()}`;
        const results = await Promise.all([
          hold(key, "a", 200),
          hold(key, "b", 200),
          hold(`${key}-other`, "c", 10),
        ]);
        expect(results).toEqual(["a", "b", "c"]);
        // Which of a and b goes first is the lock's choice; that they do not overlap is the promise.
        const sameKey = events.filter((event) => !event.startsWith("c"));
        expect([
          ["a+", "a-", "b+", "b-"],
          ["b+", "b-", "a+", "a-"],
        ]).toContainEqual(sameKey);
        expect(events.indexOf("c+")).toBeLessThan(events.indexOf(sameKey[1]!));
      });

      it("releases the lock when the work throws", async () => {
        const key = `pr-${newRepository()}`;
        await expect(store.withLock(key, async () => Promise.reject(new Error("boom")))).rejects.toThrow(
          "boom",
        );
        await expect(store.withLock(key, async () => "next")).resolves.toBe("next");
      });
    });

    describe("gates", () => {
      it("records a pending gate once and finds it by repository, commit and due time", async () => {
        const repositoryId = newRepository();
        const saved = await store.saveGate(gate(repositoryId, { recheckAt: at(30) }));
        expect(saved).toMatchObject({
          state: "pending",
          reasons: [],
          statusCommentId: null,
          decidedAt: null,
        });
        expect(saved.context).toEqual({ deployer: "alice", pulls: [12] });
        const again = await store.saveGate(gate(repositoryId, { sha: sha(8) }));
        expect(again.id).toBe(saved.id);
        expect(again.sha).toBe(sha(7));
        expect(await store.gate(repositoryId, 4242, "production")).toEqual(saved);
        expect(await store.gate(repositoryId, 4242, "staging")).toBeNull();

        const other = await store.saveGate(gate(repositoryId, { environment: "staging", sha: sha(9) }));
        expect((await store.pendingGates({ repositoryId })).map((g) => g.id)).toEqual([saved.id, other.id]);
        expect((await store.pendingGates({ repositoryId, sha: sha(9) })).map((g) => g.id)).toEqual([
          other.id,
        ]);
        const due = await store.pendingGates({ dueBefore: at(45) });
        expect(due.map((g) => g.id)).toContain(saved.id);
        expect(due.map((g) => g.id)).not.toContain(other.id);
      });

      it("updates a gate while pending and settles it exactly once", async () => {
        const repositoryId = newRepository();
        const saved = await store.saveGate(gate(repositoryId));
        expect(
          await store.updatePendingGate(saved.id, {
            reasons: ["1 of 2 approvals"],
            statusCommentId: 4_000_000_000,
            recheckAt: at(5),
            at: at(1),
          }),
        ).toBe(true);
        const updated = await store.gate(repositoryId, 4242, "production");
        expect(updated).toMatchObject({ reasons: ["1 of 2 approvals"], statusCommentId: 4_000_000_000 });
        expect(updated?.recheckAt?.getTime()).toBe(at(5).getTime());
        expect(updated?.updatedAt.getTime()).toBe(at(1).getTime());

        const settled = await Promise.all([
          store.settleGate(saved.id, "approved", ["2 of 2 approvals"], at(2)),
          store.settleGate(saved.id, "rejected", ["freeze"], at(2)),
          store.settleGate(saved.id, "approved", ["again"], at(2)),
        ]);
        expect(settled.filter(Boolean)).toHaveLength(1);
        const final = await store.gate(repositoryId, 4242, "production");
        expect(final?.state).not.toBe("pending");
        expect(final?.decidedAt?.getTime()).toBe(at(2).getTime());
        expect(final?.recheckAt).toBeNull();
        expect(await store.updatePendingGate(saved.id, { reasons: ["late"], at: at(3) })).toBe(false);
        expect(await store.pendingGates({ repositoryId })).toEqual([]);
        // Requested again (GitHub redelivers): the stored, settled gate comes back unchanged.
        expect((await store.saveGate(gate(repositoryId))).state).toBe(final?.state);
      });

      it("answers a settled gate: unanswered until GitHub takes it, each try in the audit", async () => {
        const repositoryId = newRepository();
        const saved = await store.saveGate(gate(repositoryId));
        expect(await store.unansweredGates({ repositoryId })).toEqual([]);
        await store.settleGate(saved.id, "approved", ["1 of 1 approval"], at(2));
        const [due] = await store.unansweredGates({ repositoryId, dueBefore: at(2) });
        expect(due).toMatchObject({ id: saved.id, state: "approved", answeredAt: null, answerAttempts: 0 });
        expect(due!.nextAnswerAt?.getTime()).toBe(at(2).getTime());
        const attempt = {
          gateId: saved.id,
          repositoryId,
          environment: "production",
          deploymentId: 4242,
          state: "approved" as const,
          outcome: "failed" as const,
          status: 500,
          detail: "GitHub did not take the answer: injected 500",
          at: at(2),
          deliveryId: "d-9",
        };
        await store.recordAnswer(attempt, at(3));
        expect(await store.unansweredGates({ repositoryId, dueBefore: at(2) })).toEqual([]);
        const [later] = await store.unansweredGates({ repositoryId, dueBefore: at(3) });
        expect(later).toMatchObject({ answerAttempts: 1, answer: "failed" });
        await store.recordAnswer({ ...attempt, outcome: "already-decided", status: 422, at: at(4) }, null);
        expect(await store.unansweredGates({ repositoryId })).toEqual([]);
        const answered = await store.gate(repositoryId, 4242, "production");
        expect(answered).toMatchObject({ answer: "already-decided", answerAttempts: 2, nextAnswerAt: null });
        expect(answered!.answeredAt!.getTime()).toBe(at(4).getTime());
        const audit = await store.answers(repositoryId, "production");
        expect(audit.map((a) => [a.outcome, a.status])).toEqual([
          ["already-decided", 422],
          ["failed", 500],
        ]);
        expect(audit[1]).toEqual(attempt);
      });

      it("keeps every decision with its facts, newest first", async () => {
        const repositoryId = newRepository();
        const saved = await store.saveGate(gate(repositoryId));
        const facts = { reports: { model: true }, approvals: [{ login: "bob", at: at(1).toISOString() }] };
        const first = await store.recordDecision({
          gateId: saved.id,
          repositoryId,
          environment: "production",
          deploymentId: 4242,
          sha: sha(7),
          outcome: "pending",
          reasons: ["1 of 2 approvals"],
          facts,
          decidedAt: at(1),
          deliveryId: "d-1",
        });
        const second = await store.recordDecision({
          gateId: null,
          repositoryId,
          environment: "production",
          deploymentId: null,
          sha: sha(7),
          outcome: "approved",
          reasons: [],
          facts: null,
          decidedAt: at(2),
          deliveryId: null,
        });
        expect(second.id).toBeGreaterThan(first.id);
        const listed = await store.decisions(repositoryId, "production");
        expect(listed).toEqual([second, first]);
        expect(await store.decisions(repositoryId, "production", { limit: 1 })).toEqual([second]);
        expect(await store.decisions(repositoryId, "staging")).toEqual([]);
      });
    });
  });
}
