/**
 * The monitor's history in the app's store (`monitor.by: app`): each monitor run's measurements,
 * kept beyond any artifact's retention. Added once per run id and attempt (a redelivery or retry
 * adds nothing), read back ordered by the time they were measured — not by when they arrived —
 * and marked once judged, so a retried delivery never opens an issue or dispatches twice.
 */
import type { MonitorRun } from "../../src/monitor/types.js";

export interface MonitorRunKey {
  repositoryId: number;
  runId: number;
  runAttempt: number;
}

export interface MonitorHistoryStore {
  /** Keeps one run's measurements; false when this run attempt is held already. */
  addMonitorRun(key: MonitorRunKey, run: MonitorRun, receivedAt: Date): Promise<boolean>;
  /** The last `limit` runs measured before `before` (an ISO instant), oldest first. */
  monitorRunsBefore(repositoryId: number, before: string, limit: number): Promise<MonitorRun[]>;
  /** When the newest run held was measured (ISO), or null. */
  newestMonitorRunAt(repositoryId: number): Promise<string | null>;
  /** Whether a run attempt was judged and acted on. */
  monitorRunActed(key: MonitorRunKey): Promise<boolean>;
  /** Records the run as judged (its triggers kept, for the next run's edge) and acted on. */
  markMonitorRunActed(key: MonitorRunKey, judged: MonitorRun, at: Date): Promise<void>;
}
