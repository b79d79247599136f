/**
 * The monitor history concern of the store contract (app/store/monitor-history-store.ts), run by
 * describeStore against both adapters: added once per run attempt, read back in measured order
 * whatever order the runs arrived in, and marked acted once judged.
 */
import { describe, expect, it } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import type { MonitorRun } from "../../../src/monitor/types.js";

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 6)).toISOString();
const run = (n: number, rows: number): MonitorRun => ({
  at: day(n),
  datasets: { orders: { metrics: { rows }, failedChecks: [], drifted: null } },
});

export function describeMonitorHistory(store: () => Store, newRepository: () => number): void {
  describe("monitor history", () => {
    it("adds a run attempt once and reads runs back in measured order, whatever the arrival order", async () => {
      const repositoryId = newRepository();
      const key = (runId: number, runAttempt = 1) => ({ repositoryId, runId, runAttempt });
      const received = new Date(day(20));
      // Day 3 arrives before day 2 (a late delivery); day 1's run has a second attempt.
      expect(await store().addMonitorRun(key(11), run(1, 100), received)).toBe(true);
      expect(await store().addMonitorRun(key(13), run(3, 300), received)).toBe(true);
      expect(await store().addMonitorRun(key(12), run(2, 200), received)).toBe(true);
      expect(await store().addMonitorRun(key(11, 2), run(1.5, 150), received)).toBe(true);
      // A redelivery or a retry adds nothing, and never replaces what is held.
      expect(await store().addMonitorRun(key(13), run(3, 999), received)).toBe(false);

      const rows = (runs: MonitorRun[]) => runs.map((r) => r.datasets.orders!.metrics.rows);
      expect(rows(await store().monitorRunsBefore(repositoryId, day(4), 10))).toEqual([100, 150, 200, 300]);
      expect(rows(await store().monitorRunsBefore(repositoryId, day(3), 10))).toEqual([100, 150, 200]);
      expect(rows(await store().monitorRunsBefore(repositoryId, day(4), 2))).toEqual([200, 300]);
      expect(await store().newestMonitorRunAt(repositoryId)).toBe(day(3));
      expect(await store().newestMonitorRunAt(newRepository())).toBeNull();
      expect(await store().monitorRunsBefore(newRepository(), day(4), 10)).toEqual([]);
    });

    it("marks a run acted, keeping the judged run (its triggers) for the next run", async () => {
      const repositoryId = newRepository();
      const key = { repositoryId, runId: 21, runAttempt: 1 };
      await store().addMonitorRun(key, run(5, 500), new Date(day(5)));
      expect(await store().monitorRunActed(key)).toBe(false);
      const judged: MonitorRun = {
        ...run(5, 500),
        datasets: {
          orders: { metrics: { rows: 500 }, failedChecks: [], drifted: true, triggers: ["drift"] },
        },
      };
      await store().markMonitorRunActed(key, judged, new Date(day(5)));
      expect(await store().monitorRunActed(key)).toBe(true);
      expect(await store().monitorRunActed({ ...key, runAttempt: 2 })).toBe(false);
      expect(await store().monitorRunsBefore(repositoryId, day(6), 10)).toEqual([judged]);
    });
  });
}
