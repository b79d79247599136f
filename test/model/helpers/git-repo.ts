/** Real git repositories in temporary folders, for baselines read with `git show`. */
import { execFileSync } from "node:child_process";
import { tempDir, writeFiles } from "./temp-dir.js";

const IDENTITY = {
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  HOME: "/nonexistent",
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, env: { ...process.env, ...IDENTITY }, encoding: "utf8" }).trim();
}

/** A repository whose `main` holds `files`, and a clone of it (where origin/main exists). */
export function upstreamAndClone(files: Record<string, string | Buffer>): {
  upstream: string;
  clone: string;
} {
  const upstream = tempDir(files);
  git(upstream, "init", "-q", "-b", "main");
  git(upstream, "add", "-A");
  git(upstream, "commit", "-q", "-m", "baseline");
  const parent = tempDir();
  git(parent, "clone", "-q", upstream, "clone");
  return { upstream, clone: `${parent}/clone` };
}

export function commitAll(cwd: string, files: Record<string, string | Buffer>, message = "change"): string {
  writeFiles(cwd, files);
  git(cwd, "add", "-A");
  git(cwd, "commit", "-q", "-m", message);
  return git(cwd, "rev-parse", "HEAD");
}
