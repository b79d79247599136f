/**
 * workflow_run.completed: read the run's Slipway reports, keep them, and show them — a check run on
 * the head commit and one living comment on each pull request the run tested, against the base
 * branch's stored report (backfilled on a fresh installation). Runs no code from the pull request:
 * it only reads artifacts. Wiring only; the work is in app/github, app/report, src/report.
 */
import type { Context } from "probot";
import { inlineText } from "../../src/report/markdown/escape.js";
import { commentVerdict, renderComment } from "../../src/report/markdown/render-comment.js";
import type { AppDeps } from "../deps.js";
import { backfillBaseline } from "../github/backfill-baseline.js";
import { createCheckRun } from "../github/create-check-run.js";
import { findPullRequests, type PullRequestRef } from "../github/find-pull-requests.js";
import { listReportArtifacts } from "../github/list-report-artifacts.js";
import { loadRepoConfig } from "../github/load-repo-config.js";
import { readReportArtifacts } from "../github/read-report-artifacts.js";
import { storedReportOf } from "../github/run-facts.js";
import { commentMarker, upsertComment } from "../github/upsert-comment.js";
import { checkAnnotations } from "../report/check-annotations.js";
import { commentInput, type GatheredRun } from "../report/comment-input.js";
import type { StoredReport } from "../store/store.js";
import { defineHandler } from "./handler.js";

/** GitHub's limit for a check run's summary, one less than a comment's. */
const CHECK_SUMMARY_LIMIT = 65535;

export const handleWorkflowRunCompleted = defineHandler({
  name: "workflow-run-completed",
  events: ["workflow_run.completed"],
  async handle(context, deps) {
    const { workflow_run: run, repository } = context.payload;
    const { owner, repo } = context.repo();
    const log = context.log.child({ delivery: context.id, run: run.id, attempt: run.run_attempt });
    const artifacts = await listReportArtifacts(context.octokit, { owner, repo, runId: run.id });
    if (artifacts.length === 0) {
      log.debug("no slipway-report artifacts: not a Slipway run");
      return;
    }
    let checked = false;
    try {
      const { config, problems } = await loadRepoConfig(context);
      const reads = await readReportArtifacts(context.octokit, { owner, repo }, artifacts, deps.limits);
      const heads = reads.flatMap((read) =>
        read.ok ? [{ variant: read.artifact.variant, report: read.report }] : [],
      );
      const unreadable = reads.flatMap((read) =>
        read.ok ? [] : [{ artifact: read.artifact.name, message: read.reason }],
      );
      for (const read of unreadable)
        log.warn({ artifact: read.artifact }, `report not used: ${read.message}`);
      for (const head of heads)
        await deps.store.saveReport(storedReportOf(run, repository, head.variant, head.report));

      const repositoryId = repository.id;
      const pulls = await findPullRequests(context.octokit, { owner, repo, repositoryId }, run);
      const gather = async (pull: PullRequestRef | null): Promise<GatheredRun> => ({
        workflow: run.name ?? String(run.workflow_id),
        run: { url: run.html_url, id: run.id, attempt: run.run_attempt ?? 1 },
        headSha: run.head_sha,
        heads,
        unreadable,
        pull,
        bases: pull ? await baselineFor(context, deps, pull) : [],
        history:
          pull && config.comment.trend > 0
            ? await deps.store.branchMetrics(
                repositoryId,
                run.workflow_id,
                pull.baseRef,
                config.comment.trend,
              )
            : [],
        config,
        notices: problems,
      });

      const gathered = await Promise.all((pulls.length > 0 ? pulls : [null]).map(gather));
      const first = commentInput(gathered[0]!);
      const annotations = checkAnnotations(heads);
      const omitted =
        annotations.omitted > 0 ? `\n\n${annotations.omitted} more data problems are not annotated.` : "";
      await createCheckRun(context.octokit, {
        owner,
        repo,
        headSha: run.head_sha,
        verdict: commentVerdict(first),
        summary: renderComment({ ...first, limit: CHECK_SUMMARY_LIMIT - omitted.length }) + omitted,
        annotations: annotations.annotations,
        detailsUrl: run.html_url,
        externalId: `${run.id}:${run.run_attempt ?? 1}`,
        completedAt: deps.now(),
      });
      checked = true;

      if (!config.comment.enabled) return;
      for (const one of gathered) {
        if (!one.pull) continue;
        const input = commentInput(one);
        const body = renderComment({ ...input, marker: commentMarker(run.workflow_id) });
        const target = {
          owner,
          repo,
          repositoryId,
          pullNumber: one.pull.number,
          workflowId: run.workflow_id,
        };
        const result = await upsertComment(context.octokit, deps.store, target, body, deps.appLogin);
        log.info({ pull: one.pull.number, comment: result.id }, `comment ${result.action}`);
      }
    } catch (error) {
      if (!checked)
        await reportFailure(context, deps, error).catch((e: unknown) =>
          log.error({ err: e }, "no check run"),
        );
      throw error;
    }
  },
});

/** The stored base report at the PR's base commit; else backfilled from GitHub; else the branch's newest. */
async function baselineFor(
  context: Context<"workflow_run.completed">,
  deps: AppDeps,
  pull: PullRequestRef,
): Promise<StoredReport[]> {
  const { repository, workflow_run: run } = context.payload;
  const exact = await deps.store.reportsAt(repository.id, pull.baseSha, {
    workflowId: run.workflow_id,
    trustedOnly: true,
  });
  if (exact.length > 0) return exact;
  const backfilled = await backfillBaseline(
    context.octokit,
    deps.store,
    deps.limits,
    { ...context.repo(), repository },
    run.workflow_id,
    { ref: pull.baseRef, sha: pull.baseSha },
  );
  if (backfilled.length > 0) return backfilled;
  return deps.store.latestOnBranch(repository.id, run.workflow_id, pull.baseRef);
}

/** What could not be done is shown on the commit too, with the delivery id to find the log. */
async function reportFailure(
  context: Context<"workflow_run.completed">,
  deps: AppDeps,
  error: unknown,
): Promise<void> {
  const run = context.payload.workflow_run;
  const message = error instanceof Error ? error.message : String(error);
  await createCheckRun(context.octokit, {
    ...context.repo(),
    headSha: run.head_sha,
    verdict: {
      kind: "unverified",
      conclusion: "failure",
      title: "Slipway could not read this run's results",
    },
    summary:
      `The Slipway app failed while handling delivery \`${inlineText(context.id, 64)}\`: ${inlineText(message, 500)}\n\n` +
      "Re-run the workflow, or redeliver the webhook from the app's settings (Advanced → Recent deliveries).",
    annotations: [],
    detailsUrl: run.html_url,
    externalId: `${run.id}:${run.run_attempt ?? 1}`,
    completedAt: deps.now(),
  });
}
