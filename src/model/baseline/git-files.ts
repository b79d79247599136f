/**
 * Files as they were at a git revision, read with `git show` — the baseline for
 * `--baseline-ref origin/main`. The `Git` seam is small so tests can use a real repository made in
 * a temporary folder.
 */
import { execFile } from "node:child_process";
import { globMatcher, isGlob } from "../../config/globs.js";
import type { ModelFiles } from "../files/model-files.js";

export interface Git {
  /** The commit a ref names, or null when there is no such ref here. */
  resolve(ref: string): Promise<string | null>;
  /** A file's bytes at a commit (path relative to the folder git runs in), or null when absent there. */
  show(commit: string, path: string): Promise<Buffer | null>;
  /** Every file path at a commit, relative to the folder git runs in. */
  list(commit: string): Promise<string[]>;
}

/** Git through the `git` command, run in `cwd` (the repository root Slipway's paths start at). */
export function commandGit(cwd: string): Git {
  const git = (args: string[]) =>
    new Promise<{ code: number; stdout: Buffer; stderr: string }>((resolve) => {
      execFile(
        "git",
        args,
        { cwd, encoding: "buffer", maxBuffer: 512 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
          resolve({ code, stdout, stderr: stderr.toString("utf8") });
        },
      );
    });
  return {
    async resolve(ref) {
      // `--end-of-options` keeps a ref like "--output=x" from being read as an option.
      const result = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
      return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
    },
    async show(commit, path) {
      const result = await git(["show", `${commit}:./${path.replace(/^\.\//, "")}`]);
      return result.code === 0 ? result.stdout : null;
    },
    async list(commit) {
      const result = await git(["ls-tree", "-r", "--name-only", "-z", commit]);
      return result.code === 0 ? result.stdout.toString("utf8").split("\0").filter(Boolean) : [];
    },
  };
}

export function gitFiles(git: Git, commit: string, where: string): ModelFiles {
  let listing: Promise<string[]> | undefined;
  return {
    where,
    read: (path) => git.show(commit, path),
    async expand(pattern) {
      if (!isGlob(pattern)) return [pattern];
      listing ??= git.list(commit);
      const matches = globMatcher(pattern);
      return (await listing).filter((path) => matches(path)).sort();
    },
  };
}
