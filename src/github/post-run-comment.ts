/**
 * Token mode: the living comment and the "Slipway" check run the app posts, posted by a workflow
 * step with its own token — the same renderer, the same hidden marker, the same upserts. Like the
 * app, it reads every report artifact of the run (so the variant jobs of one workflow end in one
 * comment holding every variant), compares each variant with the base branch's latest trusted
 * report, and writes; then it lists the run's artifacts again and writes once more when another
 * job uploaded one meanwhile, so whichever job writes last writes them all. Two jobs that both
 * created a comment at once leave the older one; the newer is deleted. Only a job whose comment is
 * kept writes the check run; two that both edited one comment both write it, and when both created
 * one, the check-run upsert converges on the newest (docs/token-mode.md says why).
 */
import type { Config } from "../config/index.js";
import { checkAnnotations } from "../report/check-annotations.js";
import { commentInput, type VariantReport } from "../report/comment-input.js";
import { commentVerdict, renderComment } from "../report/markdown/render-comment.js";
import { parseReport } from "../report/report-schema.js";
import type { Report } from "../report/types.js";
import { type ArtifactLimits, DEFAULT_LIMITS } from "./artifact-limits.js";
import type { GitHubClient } from "./client.js";
import { findLatestReportArtifact } from "./find-latest-report-artifact.js";
import { listReportArtifacts } from "./list-report-artifacts.js";
import { readReportArtifacts } from "./read-report-artifacts.js";
import { type CheckRunWrite, upsertCheckRun } from "./upsert-check-run.js";
import { commentMarker, markedComments, NO_MEMO, upsertComment } from "./upsert-comment.js";

/** Who a workflow's GITHUB_TOKEN writes as. */
export const ACTIONS_LOGIN = "github-actions[bot]";
export const ACTIONS_APP_SLUG = "github-actions";
const CHECK_SUMMARY_LIMIT = 65535;

export interface RunCommentRequest {
  owner: string;
  repo: string;
  repositoryId: number;
  runId: number;
  pull: { number: number; baseRef: string; baseSha: string };
  config: Config;
  /** Said at the top of the comment (config warnings). */
  notices: string[];
  apiUrl: string;
  token: string;
  now: Date;
  limits?: ArtifactLimits;
}

export type RunCommentResult =
  | {
      outcome: "posted";
      commentId: number;
      commentAction: "created" | "updated";
      checkRunId: number;
      variants: string[];
    }
  | { outcome: "app-comments"; commentId: number }
  | { outcome: "no-reports" };

export async function postRunComment(
  client: GitHubClient,
  request: RunCommentRequest,
): Promise<RunCommentResult> {
  const { owner, repo, runId, pull, config } = request;
  const limits = request.limits ?? DEFAULT_LIMITS;
  const { data: run } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
  const marker = commentMarker(run.workflow_id);
  if (config.comment.by === "auto") {
    const theirs = (await markedComments(client, { owner, repo, pullNumber: pull.number }, marker)).find(
      (comment) => comment.login !== ACTIONS_LOGIN,
    );
    if (theirs) return { outcome: "app-comments", commentId: theirs.id };
  }
  const target = {
    owner,
    repo,
    repositoryId: request.repositoryId,
    pullNumber: pull.number,
    workflowId: run.workflow_id,
  };
  let written: Extract<RunCommentResult, { outcome: "posted" }> | null = null;
  let seen = "";
  let firstAction: "created" | "updated" | null = null;
  let check: CheckRunWrite | null = null;
  for (let round = 0; round < 5; round++) {
    const artifacts = await listReportArtifacts(client, { owner, repo, runId });
    const key = artifacts.map((artifact) => artifact.id).join(",");
    if (key === seen) break;
    seen = key;
    if (artifacts.length === 0) return { outcome: "no-reports" };
    const reads = await readReportArtifacts(client, { owner, repo }, artifacts, limits);
    const heads = reads.flatMap((read) =>
      read.ok ? [{ variant: read.artifact.variant, report: read.report }] : [],
    );
    const unreadable = reads.flatMap((read) =>
      read.ok ? [] : [{ artifact: read.artifact.name, message: read.reason }],
    );
    const input = commentInput({
      workflow: run.name ?? String(run.workflow_id),
      run: { url: run.html_url, id: run.id, attempt: run.run_attempt ?? 1 },
      headSha: run.head_sha,
      heads,
      unreadable,
      pull,
      bases: await baseReports(
        client,
        request,
        heads.map((head) => head.variant),
      ),
      history: [],
      config,
      notices: request.notices,
    });
    const comment = await upsertComment(
      client,
      NO_MEMO,
      target,
      renderComment({ ...input, marker }),
      async () => ACTIONS_LOGIN,
    );
    firstAction ??= comment.action;
    check = {
      owner,
      repo,
      headSha: run.head_sha,
      verdict: commentVerdict(input),
      summary: renderComment({ ...input, limit: CHECK_SUMMARY_LIMIT }),
      annotations: checkAnnotations(heads).annotations,
      detailsUrl: run.html_url,
      externalId: String(run.id),
      completedAt: request.now,
      appSlug: ACTIONS_APP_SLUG,
      concurrentWriters: true,
    };
    written = {
      outcome: "posted",
      commentId: comment.id,
      commentAction: firstAction ?? comment.action,
      checkRunId: 0,
      variants: heads.map((head) => head.variant),
    };
  }
  if (!written || !check) return { outcome: "no-reports" };
  const kept = await keepOldest(client, target, marker, written.commentId);
  // Concurrent variant jobs may both have created a comment; the job whose comment is kept writes
  // the check run (a check run cannot be deleted, so two jobs must not both create one).
  if (kept !== written.commentId) return { ...written, commentId: kept };
  const { id } = await upsertCheckRun(client, check);
  return { ...written, commentId: kept, checkRunId: id };
}

/** Two jobs that created at the same moment: the older comment stays (with the newest body), the rest go. */
async function keepOldest(
  client: GitHubClient,
  target: { owner: string; repo: string; pullNumber: number },
  marker: string,
  mine: number,
): Promise<number> {
  const ours = (await markedComments(client, target, marker)).filter((c) => c.login === ACTIONS_LOGIN);
  const [oldest, ...newer] = ours.sort((a, b) => a.id - b.id);
  if (!oldest || newer.length === 0) return mine;
  const body = ours.find((c) => c.id === mine)?.body ?? oldest.body;
  await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: oldest.id,
    body,
  });
  for (const comment of newer) {
    await client.rest.issues
      .deleteComment({ owner: target.owner, repo: target.repo, comment_id: comment.id })
      .catch((error: { status?: number }) => {
        if (error.status !== 404) throw error;
      });
  }
  return oldest.id;
}

/** Each variant's baseline: the base branch's latest trusted `slipway-report[-variant]` artifact. */
async function baseReports(
  client: GitHubClient,
  request: RunCommentRequest,
  variants: string[],
): Promise<VariantReport[]> {
  const bases: VariantReport[] = [];
  for (const variant of new Set(variants)) {
    const lookup = await findLatestReportArtifact(
      {
        apiUrl: request.apiUrl,
        token: request.token,
        repository: `${request.owner}/${request.repo}`,
        branch: request.pull.baseRef,
        artifactName: variant ? `slipway-report-${variant}` : "slipway-report",
        currentRunId: request.runId,
      },
      client,
    );
    if (!lookup.found) continue;
    const parsed = parseReport(
      JSON.parse(lookup.text) as unknown,
      lookup.text.length > 0 ? "base report" : "",
    );
    if (parsed.ok) bases.push({ variant, report: parsed.report as Report });
  }
  return bases;
}
