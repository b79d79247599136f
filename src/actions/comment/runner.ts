/**
 * The comment step (token mode): after the job uploaded its report artifact, post the pull
 * request's living comment and the "Slipway" check run with the job's token, as the app would
 * (src/github/post-run-comment.ts). Not a pull request, `comment.enabled: false` or
 * `comment.by: app`: nothing to do, said in the log. A fork's pull request: its token is read-only,
 * so the job summary says the app comments on forks. The only try/catch.
 */
import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { loadConfig } from "../../config/load-config.js";
import { describeFailure, InputError } from "../../errors.js";
import { createGitHubClient } from "../../github/client.js";
import { postRunComment } from "../../github/post-run-comment.js";

interface PullRequestEvent {
  pull_request?: {
    number: number;
    base: { ref: string; sha: string };
    head: { repo: { full_name: string } | null };
  };
  repository?: { id: number };
}

export const FORK_NOTE =
  "Slipway did not comment: this pull request comes from a fork, whose workflow token cannot write to this repository. The Slipway app comments on pull requests from forks (docs/app.md).";

export async function run(): Promise<void> {
  const env = process.env;
  try {
    const event = JSON.parse(readFileSync(requiredEnv("GITHUB_EVENT_PATH"), "utf8")) as PullRequestEvent;
    const pull = event.pull_request;
    if (!pull) {
      core.info("Not a pull request: no comment to post.");
      return;
    }
    const repository = requiredEnv("GITHUB_REPOSITORY");
    if (pull.head.repo?.full_name.toLowerCase() !== repository.toLowerCase()) {
      core.notice(FORK_NOTE);
      await core.summary.addRaw(`> ${FORK_NOTE}\n`, true).write();
      return;
    }
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const loaded = loadConfig({ cwd: workspace, path: core.getInput("config") || undefined });
    const { comment } = loaded.config;
    if (!comment.enabled || comment.by === "app") {
      core.info(
        `comment.${comment.enabled ? "by is app" : "enabled is false"} in ${loaded.file}: no comment from the workflow.`,
      );
      return;
    }
    const token = core.getInput("token") || env.GITHUB_TOKEN || "";
    if (!token) throw new InputError("token", "is empty; leave it at its default, the job's github.token.");
    const apiUrl = env.GITHUB_API_URL || "https://api.github.com";
    const [owner, repo] = repository.split("/") as [string, string];
    const client = createGitHubClient({ token, baseUrl: apiUrl, warn: core.warning });
    const result = await postRunComment(client, {
      owner,
      repo,
      repositoryId: event.repository?.id ?? 0,
      runId: Number(requiredEnv("GITHUB_RUN_ID")),
      pull: { number: pull.number, baseRef: pull.base.ref, baseSha: pull.base.sha },
      config: loaded.config,
      notices: loaded.warnings,
      apiUrl,
      token,
      now: new Date(),
    });
    if (result.outcome === "app-comments")
      core.info(
        `The Slipway app's comment is on #${pull.number} (comment.by: auto): the workflow does not post.`,
      );
    else if (result.outcome === "no-reports")
      core.warning("No slipway-report artifact in this run yet: upload it before this step.");
    else
      core.info(
        `Comment ${result.commentAction} on #${pull.number} (${result.variants.length} report${result.variants.length === 1 ? "" : "s"}); check run ${result.checkRunId}.`,
      );
  } catch (error) {
    const failure = describeFailure(error);
    const status = (error as { status?: number }).status;
    const hint =
      status === 403
        ? ' The job needs "pull-requests: write" and "checks: write" (permissions: in the workflow), and "actions: read" to read the reports.'
        : "";
    core.setFailed(`${failure.message}${hint}`);
  }
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new InputError(name, "is not set: this step runs in a GitHub Actions job.");
  return value;
}
