/**
 * workflow_run.completed: read the run's Slipway reports, keep them, and show them — a check run on
 * the head commit and one living comment on each pull request the run tested, against the base
 * branch's stored report (backfilled on a fresh installation). Runs no code from the pull request:
 * it only reads artifacts. Wiring only; the work is in app/github, app/report, src/report.
 *
 * Newest wins: what this attempt produced is stored first, then the check run and the comments are
 * drawn from the newest attempt the store holds — under a lock per run and per pull request, so
 * whichever delivery writes last writes the newest state, and an older attempt delivered late
 * changes nothing anyone sees. Any failure, the first listing included, ends in a failure check
 * run naming the delivery (unless a newer attempt stands) and is thrown on, so the delivery fails.
 */
import type { Context } from "probot";
import { listReportArtifacts } from "../../src/github/list-report-artifacts.js";
import { ACTIONS_LOGIN } from "../../src/github/post-run-comment.js";
import { readReportArtifacts } from "../../src/github/read-report-artifacts.js";
import { upsertCheckRun } from "../../src/github/upsert-check-run.js";
import { commentMarker, markedComments, upsertComment } from "../../src/github/upsert-comment.js";
import { checkAnnotations } from "../../src/report/check-annotations.js";
import { commentInput, type GatheredRun } from "../../src/report/comment-input.js";
import { codeText, inlineText } from "../../src/report/markdown/escape.js";
import { commentVerdict, renderComment } from "../../src/report/markdown/render-comment.js";
import type { AppDeps } from "../deps.js";
import { backfillBaseline } from "../github/backfill-baseline.js";
import { findPullRequests, type PullRequestRef } from "../github/find-pull-requests.js";
import { loadRepoConfig } from "../github/load-repo-config.js";
import { storedReportOf } from "../github/run-facts.js";
import type { RunResult, StoredReport } from "../store/store.js";
import { defineHandler } from "./handler.js";

/** GitHub's limit for a check run's summary, one less than a comment's. */
const CHECK_SUMMARY_LIMIT = 65535;

type RunContext = Context<"workflow_run.completed">;
type RepoConfig = Awaited<ReturnType<typeof loadRepoConfig>>;

export const handleWorkflowRunCompleted = defineHandler({
  name: "workflow-run-completed",
  events: ["workflow_run.completed"],
  async handle(context, deps) {
    const { workflow_run: run, repository } = context.payload;
    const { owner, repo } = context.repo();
    const attempt = run.run_attempt ?? 1;
    const log = context.log.child({ delivery: context.id, run: run.id, attempt });
    let checked = false;
    try {
      const artifacts = await listReportArtifacts(context.octokit, { owner, repo, runId: run.id });
      if (artifacts.length === 0) {
        log.debug("no slipway-report artifacts: not a Slipway run");
        return;
      }
      const repoConfig = await loadRepoConfig(context);
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
      await deps.store.saveRunResult({
        repositoryId: repository.id,
        runId: run.id,
        runAttempt: attempt,
        workflowId: run.workflow_id,
        workflowName: run.name ?? String(run.workflow_id),
        headSha: run.head_sha,
        runUrl: run.html_url,
        runCreatedAt: new Date(run.created_at),
        heads,
        unreadable,
        receivedAt: deps.now(),
      });

      const pulls = await findPullRequests(
        context.octokit,
        { owner, repo, repositoryId: repository.id },
        run,
      );
      await deps.store.withLock(`check:${repository.id}:${run.id}`, async () => {
        // This delivery stored its attempt above, so the run has at least that one.
        const newest = await deps.store.newestAttempt(repository.id, run.id);
        if (!newest) throw new Error(`run ${run.id} has no stored attempt`);
        if (newest.runAttempt !== attempt)
          log.info(`attempt ${newest.runAttempt} is newer than this delivery's: the check run shows it`);
        const shown = commentInput(await gather(context, deps, newest, pulls[0] ?? null, repoConfig));
        const annotations = checkAnnotations(newest.heads);
        const omitted =
          annotations.omitted > 0 ? `\n\n${annotations.omitted} more data problems are not annotated.` : "";
        await upsertCheckRun(context.octokit, {
          owner,
          repo,
          headSha: newest.headSha,
          verdict: commentVerdict(shown),
          summary: renderComment({ ...shown, limit: CHECK_SUMMARY_LIMIT - omitted.length }) + omitted,
          annotations: annotations.annotations,
          detailsUrl: newest.runUrl,
          externalId: String(run.id),
          completedAt: deps.now(),
          appSlug: appSlug(await deps.appLogin()),
        });
      });
      checked = true;

      const { comment } = repoConfig.config;
      if (!comment.enabled || comment.by === "action") return;
      for (const pull of pulls) {
        if (comment.by === "auto" && (await workflowComments(context, deps, pull.number))) {
          log.info({ pull: pull.number }, "the workflow's comment is on the pull request (comment.by: auto)");
          continue;
        }
        const result = await deps.store.withLock(
          `render:${repository.id}:${pull.number}:${run.workflow_id}`,
          async () => {
            const newest = await deps.store.newestForHead(repository.id, run.workflow_id, pull.headSha);
            if (!newest) return null;
            const input = commentInput(await gather(context, deps, newest, pull, repoConfig));
            const body = renderComment({ ...input, marker: commentMarker(run.workflow_id) });
            const target = {
              owner,
              repo,
              repositoryId: repository.id,
              pullNumber: pull.number,
              workflowId: run.workflow_id,
            };
            return upsertComment(context.octokit, deps.store, target, body, deps.appLogin);
          },
        );
        if (result) log.info({ pull: pull.number, comment: result.id }, `comment ${result.action}`);
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

/**
 * comment.by: auto — the workflow posts in token mode unless the app's comment is there, so the
 * app leaves a pull request to the workflow's comment when it finds one and has none of its own.
 */
async function workflowComments(context: RunContext, deps: AppDeps, pullNumber: number): Promise<boolean> {
  const { repository, workflow_run: run } = context.payload;
  if ((await deps.store.commentId(repository.id, pullNumber, run.workflow_id)) !== null) return false;
  const marked = await markedComments(
    context.octokit,
    { ...context.repo(), pullNumber },
    commentMarker(run.workflow_id),
  );
  const mine = await deps.appLogin();
  return marked.some((c) => c.login === ACTIONS_LOGIN) && !marked.some((c) => c.login === mine);
}

/** The renderer's input for one stored attempt and pull request. */
async function gather(
  context: RunContext,
  deps: AppDeps,
  result: RunResult,
  pull: PullRequestRef | null,
  { config, problems }: RepoConfig,
): Promise<GatheredRun> {
  const { repository } = context.payload;
  return {
    workflow: result.workflowName,
    run: { url: result.runUrl, id: result.runId, attempt: result.runAttempt },
    headSha: result.headSha,
    heads: result.heads,
    unreadable: result.unreadable,
    pull,
    bases: pull ? await baselineFor(context, deps, pull) : [],
    history:
      pull && config.comment.trend > 0
        ? await deps.store.branchMetrics(repository.id, result.workflowId, pull.baseRef, config.comment.trend)
        : [],
    config,
    notices: problems,
  };
}

/** The stored base report at the PR's base commit; else backfilled from GitHub; else the branch's newest. */
async function baselineFor(
  context: RunContext,
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

/**
 * What could not be done is shown on the commit too, with the delivery id to find the log — unless
 * a newer attempt of the run stands, whose check run must not be covered by an older one's failure.
 */
async function reportFailure(context: RunContext, deps: AppDeps, error: unknown): Promise<void> {
  const { workflow_run: run, repository } = context.payload;
  const attempt = run.run_attempt ?? 1;
  const newest = await deps.store.newestAttempt(repository.id, run.id).catch(() => null);
  if (newest && newest.runAttempt > attempt) return;
  const message = error instanceof Error ? error.message : String(error);
  await upsertCheckRun(context.octokit, {
    ...context.repo(),
    headSha: run.head_sha,
    verdict: {
      kind: "unverified",
      conclusion: "failure",
      title: "Slipway could not read this run's results",
    },
    summary:
      `The Slipway app failed while handling delivery <code>${codeText(context.id, 64)}</code>: ${inlineText(message, 500)}\n\n` +
      "Re-run the workflow, or redeliver the webhook from the app's settings (Advanced → Recent deliveries).",
    annotations: [],
    detailsUrl: run.html_url,
    externalId: String(run.id),
    completedAt: deps.now(),
    appSlug: appSlug(await deps.appLogin()),
  });
}

/** The app's slug from its bot login (`<slug>[bot]`): check runs carry the app, not the login. */
function appSlug(login: string): string {
  return login.replace(/\[bot\]$/, "");
}
