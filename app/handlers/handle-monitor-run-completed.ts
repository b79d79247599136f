/**
 * workflow_run.completed with `monitor.by: app`: the monitor workflow measured and uploaded its
 * run (artifact slipway-monitor-run); the app keeps it in its store's monitor history, judges it
 * against the runs measured before it, and brings the issues and the retrain dispatch in line —
 * with the same judge and act code the action runs (src/monitor), through src/github.
 *
 * Only a trusted run's measurements count (isTrustedRun: a schedule or manual run of the
 * repository's own code). Per repository one run is judged at a time (a lock): each run attempt is
 * added once, a run measured before one already judged is kept for the history without acting
 * (out of order), and a run judged once is never judged again (a redelivery or a retry).
 */
import { downloadArtifact } from "../../src/github/download-artifact.js";
import { isTrustedRun } from "../../src/github/is-trusted-run.js";
import { monitorGitHubOf } from "../../src/github/octokit-monitor-github.js";
import { readReportZip } from "../../src/github/read-report-zip.js";
import { actOnRun } from "../../src/monitor/act-on-run.js";
import { MAX_RUNS } from "../../src/monitor/history.js";
import { judgeRun } from "../../src/monitor/judge-run.js";
import { MONITOR_RUN_ARTIFACT, MONITOR_RUN_FILE, monitorRunOf } from "../../src/monitor/monitor-run-file.js";
import { loadRepoConfig } from "../github/load-repo-config.js";
import { defineHandler } from "./handler.js";

/** The events a monitor workflow runs on (both trusted, isTrustedRun still decides). */
const MONITOR_EVENTS: ReadonlySet<string> = new Set(["schedule", "workflow_dispatch"]);

export const handleMonitorRunCompleted = defineHandler({
  name: "monitor-run-completed",
  events: ["workflow_run.completed"],
  async handle(context, deps) {
    const { workflow_run: run, repository } = context.payload;
    const { owner, repo } = context.repo();
    const key = { repositoryId: repository.id, runId: run.id, runAttempt: run.run_attempt ?? 1 };
    const log = context.log.child({ delivery: context.id, run: run.id, attempt: key.runAttempt });
    // A monitor workflow runs on its schedule or by hand; other runs cost no API call here.
    if (!MONITOR_EVENTS.has(run.event)) return;
    const artifacts = await context.octokit.paginate(context.octokit.rest.actions.listWorkflowRunArtifacts, {
      owner,
      repo,
      run_id: run.id,
      name: MONITOR_RUN_ARTIFACT,
      per_page: 100,
    });
    const artifact = artifacts.find((a) => a.name === MONITOR_RUN_ARTIFACT && !a.expired);
    if (!artifact) return;
    if (!isTrustedRun(run, { id: repository.id })) {
      log.warn(
        `a ${run.event} run's monitor measurements are not trusted (another repository's code): not kept`,
      );
      return;
    }
    const monitor = (await loadRepoConfig(context)).config.monitor;
    if (monitor?.by !== "app") {
      log.info("monitor.by is not app: the workflow keeps its history and acts itself");
      return;
    }
    const zip = await downloadArtifact(
      context.octokit,
      {
        owner,
        repo,
        artifact: {
          id: artifact.id,
          name: artifact.name,
          variant: "",
          sizeInBytes: artifact.size_in_bytes,
          expired: artifact.expired,
        },
      },
      deps.limits,
    );
    const { json } = await readReportZip(zip, artifact.name, deps.limits, MONITOR_RUN_FILE);
    const measured = monitorRunOf(json, `${artifact.name}/${MONITOR_RUN_FILE}`);

    await deps.store.withLock(`monitor:${repository.id}`, async () => {
      const added = await deps.store.addMonitorRun(key, measured, deps.now());
      if (!added && (await deps.store.monitorRunActed(key))) {
        log.info("this monitor run was judged already: nothing to do");
        return;
      }
      const newest = await deps.store.newestMonitorRunAt(repository.id);
      if (newest !== null && newest > measured.at) {
        // A newer run was judged already; its issues stand. This one only joins the history.
        await deps.store.markMonitorRunActed(key, measured, deps.now());
        log.info(`measured at ${measured.at}, before the newest run (${newest}): kept in the history only`);
        return;
      }
      const history = await deps.store.monitorRunsBefore(repository.id, measured.at, MAX_RUNS);
      const problems = judgeRun(monitor, history, measured);
      const acted = await actOnRun(
        monitorGitHubOf(context.octokit, { owner, repo }),
        monitor,
        history,
        measured,
        problems,
      );
      await deps.store.markMonitorRunActed(key, measured, deps.now());
      log.info(
        {
          problems: problems.length,
          issues: acted.issues.map((i) => `${i.action.action} ${i.action.kind}`),
          retrain: acted.retrain?.reason,
        },
        "monitor run judged",
      );
    });
  },
});
