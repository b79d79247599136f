/**
 * The "Slipway" check run of one workflow run on its head commit: found by its `external_id` (the
 * workflow run's id) among the check runs this app wrote on the commit, and updated — created only
 * when there is none. So a redelivery, a re-run attempt, a failure followed by a success, or a
 * create whose answer was lost (GitHub made it, then answered 502) all end in one check run.
 * GitHub appends every update's annotations to those already there: an update sends only the
 * annotations the check run does not have yet.
 */
import type { CheckAnnotation } from "../report/check-annotations.js";
import type { CommentVerdict } from "../report/markdown/render-comment.js";
import type { GitHubClient } from "./client.js";
import { isLostAnswer } from "./lost-answer.js";

export const CHECK_NAME = "Slipway";

/** One annotation as GitHub's check-run API takes it. */
export type { CheckAnnotation };

export interface CheckRunWrite {
  owner: string;
  repo: string;
  headSha: string;
  verdict: CommentVerdict;
  summary: string;
  annotations: CheckAnnotation[];
  detailsUrl: string;
  /** The workflow run's id: one check run per workflow run and head commit. */
  externalId: string;
  completedAt: Date;
  /** Only check runs written by this app are taken (another app's "Slipway" cannot be edited). */
  appSlug: string;
}

export async function upsertCheckRun(
  octokit: GitHubClient,
  check: CheckRunWrite,
): Promise<{ id: number; action: "created" | "updated" }> {
  for (let tries = 1; ; tries++) {
    const found = await findCheckRun(octokit, check);
    if (found) {
      const annotations = await notYetAnnotated(octokit, check, found);
      await octokit.rest.checks.update({
        owner: check.owner,
        repo: check.repo,
        check_run_id: found.id,
        ...fields(check, annotations),
      });
      return { id: found.id, action: "updated" };
    }
    try {
      const created = await octokit.rest.checks.create({
        owner: check.owner,
        repo: check.repo,
        name: CHECK_NAME,
        head_sha: check.headSha,
        external_id: check.externalId,
        ...fields(check, check.annotations),
      });
      return { id: created.data.id, action: "created" };
    } catch (error) {
      // GitHub may have made it before the answer was lost: look again rather than create twice.
      if (tries >= 3 || !isLostAnswer(error)) throw error;
    }
  }
}

function fields(check: CheckRunWrite, annotations: CheckAnnotation[]) {
  return {
    status: "completed" as const,
    conclusion: check.verdict.conclusion,
    completed_at: check.completedAt.toISOString(),
    ...(/^https?:\/\//.test(check.detailsUrl) ? { details_url: check.detailsUrl } : {}),
    output: {
      title: check.verdict.title.slice(0, 255),
      summary: check.summary,
      ...(annotations.length > 0 ? { annotations } : {}),
    },
  };
}

interface FoundCheckRun {
  id: number;
  annotations: number;
}

async function findCheckRun(octokit: GitHubClient, check: CheckRunWrite): Promise<FoundCheckRun | null> {
  for await (const page of octokit.paginate.iterator(octokit.rest.checks.listForRef, {
    owner: check.owner,
    repo: check.repo,
    ref: check.headSha,
    check_name: CHECK_NAME,
    filter: "all",
    per_page: 100,
  })) {
    const mine = page.data.find(
      (run) => run.external_id === check.externalId && run.app?.slug === check.appSlug,
    );
    if (mine) return { id: mine.id, annotations: mine.output.annotations_count };
  }
  return null;
}

async function notYetAnnotated(
  octokit: GitHubClient,
  check: CheckRunWrite,
  found: FoundCheckRun,
): Promise<CheckAnnotation[]> {
  if (found.annotations === 0 || check.annotations.length === 0) return check.annotations;
  const key = (a: {
    path: string;
    start_line: number;
    annotation_level: string | null;
    message: string | null;
  }) => JSON.stringify([a.path, a.start_line, a.annotation_level, a.message]);
  const there = new Set<string>();
  for await (const page of octokit.paginate.iterator(octokit.rest.checks.listAnnotations, {
    owner: check.owner,
    repo: check.repo,
    check_run_id: found.id,
    per_page: 100,
  }))
    for (const annotation of page.data) there.add(key(annotation));
  return check.annotations.filter((annotation) => !there.has(key(annotation)));
}
