/**
 * workflow_run.completed, for deployment gates: when a run of a commit that a pending gate waits on
 * completes, keep its reports (as the comment handler does — the two run side by side, in either
 * order) and decide those gates again. Runs nothing when no gate waits on the commit. Wiring only.
 */

import { listReportArtifacts } from "../../src/github/list-report-artifacts.js";
import { readReportArtifacts } from "../../src/github/read-report-artifacts.js";
import { reviewGate } from "../gate/review-gate.js";
import { storedReportOf } from "../github/run-facts.js";
import { defineHandler } from "./handler.js";

export const handleGateReport = defineHandler({
  name: "gate-report",
  events: ["workflow_run.completed"],
  async handle(context, deps) {
    const { workflow_run: run, repository } = context.payload;
    const waiting = await deps.store.pendingGates({ repositoryId: repository.id, sha: run.head_sha });
    if (waiting.length === 0) return;
    const { owner, repo } = context.repo();
    const artifacts = await listReportArtifacts(context.octokit, { owner, repo, runId: run.id });
    const reads = await readReportArtifacts(context.octokit, { owner, repo }, artifacts, deps.limits);
    for (const read of reads) {
      if (read.ok)
        await deps.store.saveReport(storedReportOf(run, repository, read.artifact.variant, read.report));
    }
    for (const gate of waiting) {
      const reviewed = await reviewGate(context.octokit, deps, gate, context.id);
      context.log.info(
        { delivery: context.id, gate: gate.id, state: reviewed.state },
        "gate decided again after a report",
      );
    }
  },
});
