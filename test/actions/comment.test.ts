/**
 * Token mode, as the runner runs it: the comment step's bundle (dist/comment, which the one-step
 * action runs after uploading its report) spawned with a workflow's environment — the event file,
 * INPUT_* variables, the job summary file — against the GitHub API double (every request checked
 * against @octokit/openapi). The double writes as github-actions[bot] for the job's token and as
 * the app for the app's. Build the bundle first: node scripts/bundle.mjs comment
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { commentMarker } from "../../src/github/upsert-comment.js";
import {
  artifactsOf,
  baseBranchRun,
  CONFIG,
  newId,
  newRepo,
  pullRequestRun,
  reportWith,
  sha,
  WORKFLOW_ID,
} from "../app/helpers/scenario.js";
import { GitHubDouble } from "../helpers/github/github-double.js";
import type { RepoFacts } from "../helpers/github/objects.js";

const BUNDLE = join(process.cwd(), "dist/comment/index.js");
let double: GitHubDouble;

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run node scripts/bundle.mjs comment`);
  double = await GitHubDouble.start();
});
afterEach(() => {
  expect(double.problems.splice(0)).toEqual([]);
});
afterAll(async () => {
  await double?.close();
});

interface Job {
  repo: RepoFacts;
  runId: number;
  pull: number;
  baseSha: string;
  config?: string;
  headRepository?: string;
}

/** One run of the comment step, as a job of a pull_request workflow runs it. */
function runCommentStep(job: Job): Promise<{ status: number | null; log: string; summary: string }> {
  const dir = mkdtempSync(join(tmpdir(), "slipway-comment-"));
  mkdirSync(join(dir, "work/.github"), { recursive: true });
  writeFileSync(join(dir, "work/.github/slipway.yml"), job.config ?? CONFIG);
  const event = {
    pull_request: {
      number: job.pull,
      base: { ref: "main", sha: job.baseSha },
      head: { repo: { full_name: job.headRepository ?? `${job.repo.owner}/${job.repo.name}` } },
    },
    repository: { id: job.repo.id },
  };
  writeFileSync(join(dir, "event.json"), JSON.stringify(event));
  const files = { GITHUB_OUTPUT: join(dir, "output"), GITHUB_STEP_SUMMARY: join(dir, "summary") };
  for (const file of Object.values(files)) writeFileSync(file, "");
  const child = spawn(process.execPath, [BUNDLE], {
    env: {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: join(dir, "work"),
      GITHUB_EVENT_PATH: join(dir, "event.json"),
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_REPOSITORY: `${job.repo.owner}/${job.repo.name}`,
      GITHUB_RUN_ID: String(job.runId),
      GITHUB_API_URL: double.url,
      INPUT_TOKEN: "ghs_job",
      ...files,
    },
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  return new Promise((resolve) =>
    child.on("close", (status) =>
      resolve({ status, log, summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8") }),
    ),
  );
}

const actionsChecks = (repo: RepoFacts) =>
  double.checkRuns(repo).filter((check) => check.app.slug === "github-actions");

describe("the comment step (token mode)", () => {
  test("first run creates one comment and one check run; a re-run edits both", async () => {
    const repo = newRepo(double);
    await baseBranchRun(double, repo, { runId: newId(), headSha: sha(1), reports: { "": reportWith(0.9) } });
    const runId = newId();
    const run = { runId, pull: 41, headSha: sha(2), baseSha: sha(1) };
    await pullRequestRun(double, repo, { ...run, reports: { "": reportWith(0.931) } });
    const first = await runCommentStep({ repo, runId, pull: 41, baseSha: sha(1) });
    expect(first.log).toContain("Comment created on #41");
    expect(first.status).toBe(0);
    const [comment] = double.comments(repo, 41);
    expect(double.comments(repo, 41)).toHaveLength(1);
    expect(comment.user.login).toBe("github-actions[bot]");
    expect(comment.body.startsWith(commentMarker(WORKFLOW_ID))).toBe(true);
    expect(comment.body).toContain("0.931");
    // Compared with the base branch's trusted report.
    expect(comment.body).toMatch(/\| 0\.9 \| 0\.931 \|/);
    expect(actionsChecks(repo)).toHaveLength(1);
    expect(actionsChecks(repo)[0]).toMatchObject({
      name: "Slipway",
      external_id: String(runId),
      head_sha: sha(2),
    });

    // Re-run: attempt 2 of the same run, a new artifact.
    await pullRequestRun(double, repo, { ...run, attempt: 2, reports: { "": reportWith(0.944) } });
    const again = await runCommentStep({ repo, runId, pull: 41, baseSha: sha(1) });
    expect(again.status).toBe(0);
    expect(again.log).toContain("Comment updated on #41");
    expect(double.comments(repo, 41)).toHaveLength(1);
    expect(double.comments(repo, 41)[0].body).toContain("0.944");
    expect(actionsChecks(repo)).toHaveLength(1);
    expect(actionsChecks(repo)[0].writes).toHaveLength(2);
    expect(actionsChecks(repo)[0].request.output.summary).toContain("0.944");
  });

  test("two variant jobs of one run, at once: one comment holding both variants", async () => {
    const repo = newRepo(double);
    const runId = newId();
    const [cpu, gpu] = await artifactsOf({ cpu: reportWith(0.901), gpu: reportWith(0.962) });
    await pullRequestRun(double, repo, {
      runId,
      pull: 42,
      headSha: sha(3),
      baseSha: sha(1),
      artifacts: [cpu!],
    });
    // Each job uploads its own artifact, then runs the step; the second uploads while the first runs.
    const first = runCommentStep({ repo, runId, pull: 42, baseSha: sha(1) });
    double.addArtifact(repo, runId, gpu!);
    const second = runCommentStep({ repo, runId, pull: 42, baseSha: sha(1) });
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.status)).toEqual([0, 0]);
    const comments = double.comments(repo, 42);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain("cpu");
    expect(comments[0].body).toContain("gpu");
    expect(comments[0].body).toContain("0.962");
    expect(actionsChecks(repo).length).toBeGreaterThanOrEqual(1);
  });

  test("two variant jobs of one run, at once: one check run", async () => {
    const repo = newRepo(double);
    const runId = newId();
    const [cpu, gpu] = await artifactsOf({ cpu: reportWith(0.903), gpu: reportWith(0.957) });
    await pullRequestRun(double, repo, {
      runId,
      pull: 46,
      headSha: sha(7),
      baseSha: sha(1),
      artifacts: [cpu!, gpu!],
    });
    // The comment of an earlier push: both jobs edit it, so both keep it and both write the check run.
    double.addComment(repo, 46, `${commentMarker(WORKFLOW_ID)}\nan earlier push`, "github-actions[bot]");
    // Neither create is answered before both arrived: both jobs listed the check runs and found none.
    const creates = double.holdUntilAll("POST", /\/check-runs$/, 2, 60_000);
    const results = await Promise.all([
      runCommentStep({ repo, runId, pull: 46, baseSha: sha(1) }),
      runCommentStep({ repo, runId, pull: 46, baseSha: sha(1) }),
    ]);
    expect(results.map((r) => r.status)).toEqual([0, 0]);
    expect(creates.met).toBe(true);

    // One comment, both variants.
    const comments = double.comments(repo, 46);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain("0.903");
    expect(comments[0].body).toContain("0.957");

    // Two were created (the race happened); the newest — the one GitHub shows — holds both variants,
    // the older says it is superseded and carries the same conclusion (never neutral: that passes).
    const checks = actionsChecks(repo).filter((check) => check.head_sha === sha(7));
    expect(checks).toHaveLength(2);
    const [older, newest] = [...checks].sort((a, b) => a.id - b.id);
    expect(newest.external_id).toBe(String(runId));
    expect(newest.output.summary).toContain("0.903");
    expect(newest.output.summary).toContain("0.957");
    expect(newest.output.title).not.toMatch(/Superseded/);
    expect(older.external_id).toBe(String(runId));
    expect(older.output.title).toMatch(/^Superseded/);
    expect(older.output.summary).toContain(`Check run ${newest.id} holds the result`);
    expect(older.conclusion).toBe(newest.conclusion);
    expect(newest.conclusion).toBe("success");

    // What the pull request shows (filter=latest: the newest per name): one check run, both variants.
    const shown = await fetch(
      `${double.url}/repos/${repo.owner}/${repo.name}/commits/${sha(7)}/check-runs?filter=latest`,
    ).then((response) => response.json() as Promise<{ check_runs: { id: number }[] }>);
    expect(shown.check_runs.map((check) => check.id)).toEqual([newest.id]);
  }, 120_000);

  test("a fork's pull request: the job summary says the app comments on forks; no comment", async () => {
    const repo = newRepo(double);
    const runId = newId();
    await pullRequestRun(double, repo, { runId, pull: 43, headSha: sha(4), baseSha: sha(1) });
    const step = await runCommentStep({
      repo,
      runId,
      pull: 43,
      baseSha: sha(1),
      headRepository: "outsider/churn",
    });
    expect(step.status).toBe(0);
    expect(step.summary).toContain("this pull request comes from a fork");
    expect(step.summary).toContain("The Slipway app comments on pull requests from forks");
    expect(double.comments(repo, 43)).toEqual([]);
    expect(actionsChecks(repo)).toEqual([]);
  });

  test("with the app's comment on the pull request (comment.by: auto), the step does not post", async () => {
    const repo = newRepo(double);
    const runId = newId();
    await pullRequestRun(double, repo, { runId, pull: 44, headSha: sha(5), baseSha: sha(1) });
    double.addComment(repo, 44, `${commentMarker(WORKFLOW_ID)}\n**Passed**`, "slipway-test[bot]");
    const step = await runCommentStep({ repo, runId, pull: 44, baseSha: sha(1) });
    expect(step.status).toBe(0);
    expect(step.log).toContain("The Slipway app's comment is on #44");
    expect(double.comments(repo, 44)).toHaveLength(1);
    expect(double.comments(repo, 44)[0].user.login).toBe("slipway-test[bot]");
    expect(actionsChecks(repo)).toEqual([]);
  });

  test("comment.by: action posts even beside the app's comment", async () => {
    const repo = newRepo(double);
    const runId = newId();
    await pullRequestRun(double, repo, { runId, pull: 45, headSha: sha(6), baseSha: sha(1) });
    double.addComment(repo, 45, `${commentMarker(WORKFLOW_ID)}\n**Passed**`, "slipway-test[bot]");
    const step = await runCommentStep({
      repo,
      runId,
      pull: 45,
      baseSha: sha(1),
      config: `${CONFIG.replace("comment: { trend: 5 }", "comment: { trend: 5, by: action }")}`,
    });
    expect(step.status).toBe(0);
    expect(double.comments(repo, 45).map((c) => c.user.login)).toEqual([
      "slipway-test[bot]",
      "github-actions[bot]",
    ]);
  });
});
