/** Reports, metrics history and run results. Part of the store contract (store-contract.ts), run against every adapter. */
import { beforeAll, describe, expect, it } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import { buildReport, modelReport } from "../helpers/build-report.js";
import { at, newRepository, runResult, sha, stored } from "./store-contract-fixtures.js";

export function describeReportsContract(current: () => Store): void {
  let store: Store;
  beforeAll(() => {
    store = current();
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
      await store.saveReport(stored({ repositoryId, commit: sha(3), runCreatedAt: at(20), trusted: false }));
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
}
