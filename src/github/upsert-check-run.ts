/**
 * The "Slipway" check run of one workflow run on its head commit: found by its `external_id` (the
 * workflow run's id) among the check runs this app wrote on the commit, and updated — created only
 * when there is none. So a redelivery, a re-run attempt, a failure followed by a success, or a
 * create whose answer was lost (GitHub made it, then answered 502) all end in one check run.
 * GitHub appends every update's annotations to those already there: an update sends only the
 * annotations the check run does not have yet.
 *
 * Two writers at the same moment (two variant jobs of one run in token mode) can both find none and
 * both create one, and GitHub has no conditional create and no delete for check runs. So the writers
 * converge instead: after writing, each lists the run's check runs again; the newest is the one
 * (GitHub shows and judges only the most recent check run of a name), it gets the full write, and
 * every older one is rewritten as a pointer to it with the SAME conclusion — never `neutral` or
 * `skipped`, which count as passing for a required check and would turn a failure into a pass for
 * any reader of the older one. docs/token-mode.md has the reasoning.
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
  /**
   * Writers of one workflow run are not serialised (token mode's variant jobs): after creating,
   * list again and converge on one. The app serialises its writers and skips that extra request.
   */
  concurrentWriters?: boolean;
}

/** The title an older duplicate carries; a re-write that finds it so leaves it alone. */
export const SUPERSEDED_TITLE =
  "Superseded: the newer Slipway check run of this workflow run holds the result";

export async function upsertCheckRun(
  octokit: GitHubClient,
  check: CheckRunWrite,
): Promise<{ id: number; action: "created" | "updated" }> {
  const { found, ...written } = await writeCheckRun(octokit, check);
  const all =
    written.action === "created" && check.concurrentWriters ? await findCheckRuns(octokit, check) : found;
  await converge(octokit, check, written.id, all);
  return written;
}

async function writeCheckRun(
  octokit: GitHubClient,
  check: CheckRunWrite,
): Promise<{ id: number; action: "created" | "updated"; found: FoundCheckRun[] }> {
  for (let tries = 1; ; tries++) {
    const found = await findCheckRuns(octokit, check);
    if (found[0]) {
      await updateFully(octokit, check, found[0]);
      return { id: found[0].id, action: "updated", found };
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
      return { id: created.data.id, action: "created", found: [] };
    } catch (error) {
      // GitHub may have made it before the answer was lost: look again rather than create twice.
      if (tries >= 3 || !isLostAnswer(error)) throw error;
    }
  }
}

/**
 * After a write: when two writers both created a check run for this workflow run, the newest holds
 * the result (it is the one GitHub shows) and each older one points to it, with the same conclusion.
 */
async function converge(
  octokit: GitHubClient,
  check: CheckRunWrite,
  mine: number,
  found: FoundCheckRun[],
): Promise<void> {
  if (found.length <= 1) return;
  const [newest, ...older] = found as [FoundCheckRun, ...FoundCheckRun[]];
  // Another writer created after mine: it is the one GitHub shows, so it gets my full write too.
  if (newest.id !== mine) await updateFully(octokit, check, newest);
  for (const duplicate of older) {
    if (duplicate.title === SUPERSEDED_TITLE && duplicate.conclusion === check.verdict.conclusion) continue;
    await octokit.rest.checks.update({
      owner: check.owner,
      repo: check.repo,
      check_run_id: duplicate.id,
      status: "completed",
      conclusion: check.verdict.conclusion,
      completed_at: check.completedAt.toISOString(),
      output: {
        title: SUPERSEDED_TITLE,
        summary:
          `Two jobs of this workflow run wrote the Slipway check run at the same moment. ` +
          `Check run ${newest.id} holds the result (${check.verdict.title.slice(0, 200)}); ` +
          "this one carries the same conclusion so that nothing reading it sees another verdict.",
      },
    });
  }
}

async function updateFully(octokit: GitHubClient, check: CheckRunWrite, found: FoundCheckRun): Promise<void> {
  const annotations = await notYetAnnotated(octokit, check, found);
  await octokit.rest.checks.update({
    owner: check.owner,
    repo: check.repo,
    check_run_id: found.id,
    ...fields(check, annotations),
  });
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
  title: string | null;
  conclusion: string | null;
}

/** This workflow run's check runs written by this app on the commit, newest first (as GitHub lists them). */
async function findCheckRuns(octokit: GitHubClient, check: CheckRunWrite): Promise<FoundCheckRun[]> {
  const found: FoundCheckRun[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.checks.listForRef, {
    owner: check.owner,
    repo: check.repo,
    ref: check.headSha,
    check_name: CHECK_NAME,
    filter: "all",
    per_page: 100,
  })) {
    for (const run of page.data) {
      if (run.external_id !== check.externalId || run.app?.slug !== check.appSlug) continue;
      found.push({
        id: run.id,
        annotations: run.output.annotations_count,
        title: run.output.title,
        conclusion: run.conclusion,
      });
    }
  }
  // Newest first whatever the page order: ids grow with creation.
  return found.sort((a, b) => b.id - a.id);
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
