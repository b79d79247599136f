/**
 * A temporary copy of examples/breast-cancer as a fresh clone has it (the files git tracks, as
 * they are in the working tree), and PATH folders holding only the tools a test wants present.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const REPO_ROOT = join(import.meta.dirname, "..", "..", "..");
export const EXAMPLE = join(REPO_ROOT, "examples", "breast-cancer");

const made: string[] = [];

export function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), "slipway-example-"));
  made.push(dir);
  const tracked = execFileSync("git", ["ls-files", "-z", "--", "."], { cwd: EXAMPLE, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const path of tracked) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    cpSync(join(EXAMPLE, path), join(dir, path));
  }
  return dir;
}

/** A folder for PATH with only these programs in it (name → the real file it links to). */
export function binDir(programs: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "slipway-bin-"));
  made.push(dir);
  for (const [name, target] of Object.entries(programs)) symlinkSync(target, join(dir, name));
  return dir;
}

/** Runs git in `dir` as a throwaway identity. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-C", dir, ...args], {
    encoding: "utf8",
  }).trim();
}

export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function shown(from: string, path: string): string {
  return relative(from, path) || ".";
}
