/**
 * Judges one measured run against the runs before it: every dataset's problems (limits, history,
 * failed checks, drift), and the retrain triggers they raise, recorded on the run so the next run
 * can tell a trigger that starts from one that lasts. Shared by the monitor action and the app.
 */
import type { MonitorConfig } from "../config/monitor-schema.js";
import { judgeMeasurement } from "./judge-measurement.js";
import type { MonitorRun, Problem, RetrainTrigger } from "./types.js";

export function judgeRun(monitor: MonitorConfig, history: readonly MonitorRun[], run: MonitorRun): Problem[] {
  const problems: Problem[] = [];
  for (const [dataset, measurement] of Object.entries(run.datasets)) {
    const found = judgeMeasurement({
      dataset,
      at: run.at,
      measurement,
      history: [...history],
      config: monitor,
    });
    measurement.triggers = triggersOf(found);
    problems.push(...found);
  }
  return problems;
}

function triggersOf(problems: readonly Problem[]): RetrainTrigger[] {
  const triggers = new Set<RetrainTrigger>();
  for (const problem of problems) {
    if (problem.kind === "drift") triggers.add("drift");
    if (problem.kind === "checks") triggers.add("checks");
    if (problem.source === "anomaly" || problem.source === "limit") triggers.add("anomaly");
  }
  return [...triggers];
}
