/**
 * `slipway config schema` and `slipway config check` on temporary repositories: each kind of bad
 * config is its own case, with the file, line, key path and (where one is close) the nearest key.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { runCli } from "../helpers/run-cli.js";

const root = join(import.meta.dirname, "..", "..");

/** A repository with these files; `.github/slipway.yml` is one of them when given. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "slipway-config-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The 1-based line of the first line of `text` containing `needle`, so no line number is pasted. */
function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}

const DATA_FILES = {
  "data/train.csv": "id,age\n1,30\n2,41\n",
  "data/train.schema.yaml": "fields:\n  - { name: id, type: integer }\n  - { name: age, type: integer }\n",
};

const VALID = `version: 1
data:
  - name: train
    path: data/train.csv
    schema: data/train.schema.yaml
    fail-on: error
comment: { trend: 10 }
`;

describe("slipway config schema", () => {
  it("prints the committed JSON Schema", async () => {
    const run = await runCli(["config", "schema"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(root, "schema", "slipway.schema.json"), "utf8"));
    expect(JSON.parse(run.stdout).properties.data.items.properties.schema.type).toBe("string");
  });
});

describe("slipway config check", () => {
  it("passes a valid config whose files exist, found from a sub-folder", async () => {
    const dir = repo({ ".github/slipway.yml": VALID, ...DATA_FILES, "src/x.py": "" });
    const run = await runCli(["config", "check"], { cwd: join(dir, "src") });
    expect(run).toEqual({ code: 0, stdout: "../.github/slipway.yml is valid.\n", stderr: "" });
  });

  it.each([
    [
      "an unknown key, with the nearest valid key",
      VALID.replace("    schema:", "    shema:"),
      "shema:",
      'data[0].shema: unknown key "shema". Did you mean "schema"?',
    ],
    [
      "an unknown key far from any valid one, with the valid keys",
      VALID.replace("comment: { trend: 10 }", "comment: { colour: blue }"),
      "colour",
      'comment.colour: unknown key "colour". Valid keys: enabled, trend, include, images, by.',
    ],
    [
      "a wrong enum value, with the nearest allowed one",
      VALID.replace("fail-on: error", "fail-on: eror"),
      "fail-on",
      'data[0].fail-on: "eror" is not one of "error", "warning", "never". Did you mean "error"?',
    ],
    [
      "a wrong type",
      VALID.replace("trend: 10", "trend: lots"),
      "trend",
      'comment.trend: expected number, got string "lots".',
    ],
  ])("refuses %s: file, line and key path, exit 2", async (_, text, needle, message) => {
    const dir = repo({ ".github/slipway.yml": text, ...DATA_FILES });
    const run = await runCli(["config", "check"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `.github/slipway.yml:${lineOf(text, needle)}: ${message}\n.github/slipway.yml: 1 problem to fix.\n`,
    );
  });

  it("refuses a dataset with neither path nor source, naming the entry and its line", async () => {
    const dir = repo({
      ".github/slipway.yml": VALID.replace("    path: data/train.csv\n", ""),
      ...DATA_FILES,
    });
    const run = await runCli(["config", "check"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      ".github/slipway.yml:3: data[0]: give exactly one of path and source.",
    );
  });

  it.each([
    ["an unclosed flow mapping", VALID.replace("comment: { trend: 10 }", "comment: { trend: 10"), "comment:"],
    ["a tab-indented key", VALID.replace("    fail-on: error", "\tfail-on: error"), "fail-on"],
  ])("refuses YAML that does not parse (%s), with its line", async (_, text, needle) => {
    const dir = repo({ ".github/slipway.yml": text, ...DATA_FILES });
    const run = await runCli(["config", "check"], { cwd: dir });
    expect(run.code).toBe(2);
    const first = run.stderr.split("\n")[0]!;
    expect(first).toMatch(/^\.github\/slipway\.yml:(\d+): not valid YAML: \S/);
    // The parser may point at the line itself or where it notices (the next one): never elsewhere.
    const line = Number(/:(\d+):/.exec(first)![1]);
    expect([lineOf(text, needle), lineOf(text, needle) + 1]).toContain(line);
    expect(run.stderr).not.toContain("    at ");
  });

  it("reports every missing file with its key path and line; files a command writes are warnings", async () => {
    const text = `data:
  - name: train
    path: data/train.csv
    schema: data/train.schema.yml
    reference: data/reference/*.csv
model:
  evaluate: python evaluate.py
  metrics: [metrics.json]
  params: [params.yaml]
package:
  name: churn
  model: models/model.joblib
  requirements: requirements-serve.txt
`;
    const dir = repo({
      ".github/slipway.yml": text,
      ...DATA_FILES,
      "requirements-serve.txt": "scikit-learn\n",
    });
    const run = await runCli(["config", "check"], { cwd: dir });
    expect(run.code).toBe(2);
    const f = ".github/slipway.yml";
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      `warning: ${f}:${lineOf(text, "[metrics.json]")}: model.metrics[0]: "metrics.json" does not exist yet; model.evaluate is expected to write it.`,
      `warning: ${f}:${lineOf(text, "model.joblib")}: package.model: "models/model.joblib" does not exist yet; model.evaluate is expected to write it.`,
      `${f}:${lineOf(text, "schema:")}: data[0].schema: "data/train.schema.yml" does not exist. Fix the path, or add the file (paths start at the repository root).`,
      `${f}:${lineOf(text, "reference:")}: data[0].reference: "data/reference/*.csv" matches no file. Fix the path, or add the file (paths start at the repository root).`,
      `${f}:${lineOf(text, "[params.yaml]")}: model.params[0]: "params.yaml" does not exist. Fix the path, or add the file (paths start at the repository root).`,
      `${f}: 3 problems to fix.`,
    ]);
  });

  it("refuses a metrics format it cannot read, and a metric both a metrics file and the predictions give", async () => {
    const text = `model:
  evaluate: python evaluate.py
  metrics: [metrics.txt, eval/metrics.json]
  predictions: { path: reports/predictions.csv, task: classification, label: y, prediction: y_pred }
  baseline: { report: base/slipway-report.json }
`;
    const dir = repo({ ".github/slipway.yml": text, "eval/metrics.json": '{"accuracy": 0.9}\n' });
    const run = await runCli(["config", "check"], { cwd: dir });
    expect(run.code).toBe(2);
    const f = ".github/slipway.yml";
    const line = lineOf(text, "metrics:");
    expect(run.stderr.split("\n").filter((l) => l && !l.startsWith("warning:"))).toEqual([
      `${f}:${lineOf(text, "base/")}: model.baseline.report: "base/slipway-report.json" does not exist. Fix the path, or add the file (paths start at the repository root).`,
      `${f}:${line}: model.metrics[0]: "metrics.txt" is not a metrics format Slipway reads; write JSON, YAML (.yaml/.yml), TOML or CSV (name,value rows), or leave it out of model.metrics.`,
      `${f}:${line}: model.metrics[1]: "eval/metrics.json" gives "accuracy", which is also computed from reports/predictions.csv (model.predictions); a metric must come from one place. Rename or nest it in the file (cv.accuracy), or drop model.predictions.`,
      `${f}: 3 problems to fix.`,
    ]);
  });

  it("passes with warnings only, and checks only the file itself with --no-files", async () => {
    const text = `${VALID}model:\n  evaluate: python evaluate.py\n  metrics: [metrics.json]\n`;
    const dir = repo({ ".github/slipway.yml": text, ...DATA_FILES });
    const warned = await runCli(["config", "check"], { cwd: dir });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/^warning: .*model\.metrics\[0\]: "metrics\.json" does not exist yet/);
    const alone = await runCli(["config", "check", "--no-files"], {
      cwd: repo({ ".github/slipway.yml": text }),
    });
    expect(alone).toEqual({ code: 0, stdout: ".github/slipway.yml is valid.\n", stderr: "" });
  });

  it("refuses a data schema file that is not a valid Table Schema", async () => {
    const dir = repo({
      ".github/slipway.yml": VALID,
      ...DATA_FILES,
      "data/train.schema.yaml": "fields:\n  - { name: id, type: integr }\n",
    });
    const run = await runCli(["config", "check"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(
      new RegExp(
        `^\\.github/slipway\\.yml:${lineOf(VALID, "schema:")}: data\\[0\\]\\.schema: not a valid Table Schema: data/train\\.schema\\.yaml: .*fields\\[0\\]\\.type: "integr" is not one of`,
      ),
    );
  });

  it("prints the result as JSON with --json, still exiting 2 when invalid", async () => {
    const text = VALID.replace("trend: 10", "trend: -1");
    const dir = repo({ "ci/slipway.yml": text, ...DATA_FILES });
    const run = await runCli(["config", "check", "--config", "ci/slipway.yml", "--json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      file: "ci/slipway.yml",
      valid: false,
      errors: [
        expect.stringMatching(new RegExp(`^ci/slipway\\.yml:${lineOf(text, "trend")}: comment\\.trend: `)),
      ],
      warnings: [],
    });
  });

  it("says where it looked when there is no config, with exit 2", async () => {
    const dir = repo({ "README.md": "" });
    const run = await runCli(["config", "check"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `slipway: .github/slipway.yml: not found in ${dir} or any folder above it. Create one (\`slipway init\`) or pass --config PATH.\n`,
    );
  });

  it("says a --config path that does not exist, with exit 2", async () => {
    const dir = repo({ "README.md": "" });
    const run = await runCli(["config", "check", "--config", "nope.yml"], { cwd: dir });
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: "slipway: nope.yml: cannot be read. Check the path passed with --config.\n",
    });
  });
});
