/**
 * gitIgnored agrees with git itself (`git check-ignore`) on a repository with nested .gitignore
 * files, negations, anchored and folder patterns, and .git/info/exclude.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { gitIgnored } from "../../src/init/git-ignored.js";

const RULES: Record<string, string> = {
  ".gitignore": "/data\n*.log\n!keep.log\nbuild/\n/model.pkl\nreports/*\n!reports/summary.md\n",
  "src/.gitignore": "*.tmp\n!important.tmp\n/local.csv\n",
  "notebooks/.gitignore": "*\n!*.ipynb\n!.gitignore\n",
  "eval/.gitignore": "/metrics.json\n",
};
const EXCLUDE = "secret.csv\n";

const PATHS = [
  "data/raw.csv",
  "data/",
  "schemas/raw.schema.yaml",
  "data.dvc",
  "a.log",
  "logs/keep.log",
  "logs/other.log",
  "build/x.py",
  "src/build/x.py",
  "model.pkl",
  "src/model.pkl",
  "reports/junit.xml",
  "reports/summary.md",
  "src/a.tmp",
  "src/important.tmp",
  "src/local.csv",
  "src/deep/local.csv",
  "notebooks/train.ipynb",
  "notebooks/out.html",
  "eval/metrics.json",
  "eval/plots/metrics.json",
  "secret.csv",
  "sub/secret.csv",
  "slipway-report.json",
];

describe("gitIgnored", () => {
  it("answers as `git check-ignore` does", () => {
    const dir = mkdtempSync(join(tmpdir(), "slipway-ignored-"));
    execFileSync("git", ["init", "-q", dir]);
    for (const [path, text] of Object.entries(RULES)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    writeFileSync(join(dir, ".git/info/exclude"), EXCLUDE);
    const gitSays = new Set(
      execFileSync("git", ["-c", "core.excludesFile=/dev/null", "check-ignore", "--no-index", "--stdin"], {
        cwd: dir,
        input: PATHS.join("\n"),
        encoding: "utf8",
      }).split("\n"),
    );
    const texts: Record<string, string> = { ...RULES, ".git/info/exclude": EXCLUDE };
    const ignored = gitIgnored(Object.keys(RULES), (p) => texts[p] ?? null);
    const ours = PATHS.map((path) => [path, ignored(path)]);
    expect(ours).toEqual(PATHS.map((path) => [path, gitSays.has(path)]));
    // The cases that matter to init, spelled out.
    expect(ignored("data/raw.csv")).toBe(true);
    expect(ignored("schemas/raw.schema.yaml")).toBe(false);
  });
});
