/**
 * Git facts for a run outside GitHub Actions (a laptop, another CI): the commit, the branch or
 * release tag checked out, and the origin's web address. Inside Actions the step's environment
 * is the truth (gitFactsFromGithub), because checkouts there are often detached.
 */
import { existsSync, readFileSync } from "node:fs";
import { type RunProcess, runProcess } from "./builders/run-process.js";
import { type GitFacts, gitFactsFromGithub, NO_GIT_FACTS, webUrlFromRemote } from "./git-facts.js";

export async function readGitFacts(
  root: string,
  env: NodeJS.ProcessEnv,
  run: RunProcess = runProcess,
): Promise<GitFacts> {
  if (env.GITHUB_ACTIONS === "true") {
    const path = env.GITHUB_EVENT_PATH;
    let payload: unknown = null;
    try {
      payload = path && existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
    } catch {
      payload = null; // Labels then lack the description and license; nothing else depends on it.
    }
    return gitFactsFromGithub(env, payload);
  }
  const git = async (...args: string[]) => {
    const result = await run("git", ["-C", root, ...args], { env });
    return result.code === 0 ? result.stdout.trim() : null;
  };
  const sha = await git("rev-parse", "--verify", "-q", "HEAD");
  if (!sha) return NO_GIT_FACTS;
  const branch = await git("symbolic-ref", "-q", "HEAD");
  const tag = branch ? null : await git("describe", "--tags", "--exact-match", "HEAD");
  const remote = await git("remote", "get-url", "origin");
  return {
    ...NO_GIT_FACTS,
    sha,
    ref: branch ?? (tag ? `refs/tags/${tag}` : null),
    repositoryUrl: remote ? webUrlFromRemote(remote) : null,
  };
}
