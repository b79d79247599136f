/** Approvals and deployment gates. Part of the store contract (store-contract.ts), run against every adapter. */
import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import { approval, at, gate, newRepository, sha } from "./store-contract-fixtures.js";

export function describeGatesContract(current: () => Store): void {
  let store: Store;
  beforeAll(() => {
    store = current();
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
      expect(await store.recordApproval(approval(repositoryId, { sourceId: 3, pullNumber: 13 }))).toBe(true);
      const listed = await store.approvals(repositoryId, 12);
      expect(listed.map((a) => [a.source, a.login, a.environment])).toEqual([
        ["review", "bob", null],
        ["comment", "alice", "production"],
      ]);
      expect(listed[1]).toMatchObject({ withdrawnAt: null, deliveryId: "d-1" });
      expect(listed[1]!.at.getTime()).toBe(at(5).getTime());
      expect((await store.approvals(repositoryId, 12, { source: "comment" })).map((a) => a.sourceId)).toEqual(
        [2],
      );
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
      expect((await store.pendingGates({ repositoryId, sha: sha(9) })).map((g) => g.id)).toEqual([other.id]);
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
}
