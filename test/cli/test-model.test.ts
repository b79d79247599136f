import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import { stringify } from "yaml";
import { emptyReport } from "../../src/report/merge-report.js";
import type { ModelReport, Report } from "../../src/report/types.js";
import { runCli } from "../helpers/run-cli.js";
import { commitAll, upstreamAndClone } from "../model/helpers/git-repo.js";
import { removeTempDirs, tempDir } from "../model/helpers/temp-dir.js";

afterAll(removeTempDirs);

const JUNIT =
  '<testsuite><testcase classname="tests" name="test_a"/><testcase classname="tests" name="test_b"/></testsuite>';
const writeCmd = (path: string, text: string) =>
  `mkdir -p "$(dirname ${path})" && printf '%s' '${text}' > ${path}`;

function project(model: Record<string, unknown>, files: Record<string, string> = {}): string {
  return tempDir({ ".github/slipway.yml": stringify({ version: 1, model }), ...files });
}

const baseModel = (accuracy: number) => ({
  test: writeCmd("reports/junit.xml", JUNIT),
  junit: "reports/*.xml",
  evaluate: writeCmd("metrics.json", JSON.stringify({ accuracy, loss: 0.3 })),
  metrics: ["metrics.json"],
  params: ["params.yaml"],
  primary: "accuracy",
  rules: { accuracy: { min: 0.8, "max-drop": 0.01 } },
});

describe("slipway test-model", () => {
  test("runs, compares with --baseline-ref origin/main, prints the table, exits 0", async () => {
    const { clone } = upstreamAndClone({
      ".github/slipway.yml": stringify({ version: 1, model: baseModel(0.9) }),
      "metrics.json": JSON.stringify({ accuracy: 0.9, loss: 0.3 }),
      "params.yaml": "lr: 0.01\n",
    });
    commitAll(clone, { "params.yaml": "lr: 0.02\n" });
    const run = await runCli(["test-model", "--baseline-ref", "origin/main"], { cwd: clone });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✓ model: passed — 2 rules met, 2 tests passed, 2 metrics");
    expect(run.stdout).toContain("Compared with origin/main.");
    expect(run.stdout).toMatch(/accuracy \(primary\)\s+0\.9\s+0\.9\s+±0\s+✓ min 0\.8 {2}✓ max-drop 0\.01/);
    expect(run.stdout).toMatch(/lr\s+0\.01\s+0\.02\s+changed/);
    expect(run.stderr).toContain("slipway: Running the tests:");
  });

  test("a rule broken against the baseline exits 1; --fail-on never reports it and exits 0", async () => {
    const root = project(baseModel(0.85), { "base.json": '{"accuracy": 0.9}', "params.yaml": "lr: 1\n" });
    const failed = await runCli(["test-model", "--baseline", "base.json"], { cwd: root });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("✗ model: failed — 1 of 2 rules failed");
    expect(failed.stdout).toMatch(/✗ max-drop 0\.01/);
    const never = await runCli(["test-model", "--baseline", "base.json", "--fail-on", "never"], {
      cwd: root,
    });
    expect(never.code).toBe(0);
    expect(never.stdout).toContain("✗ model: failed");
  });

  test("--json prints the ModelReport; --markdown the job-summary table", async () => {
    const root = project(baseModel(0.9), { "params.yaml": "lr: 1\n" });
    const json = await runCli(["test-model", "--json"], { cwd: root });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as ModelReport;
    expect(report).toMatchObject({
      passed: true,
      tests: { passed: 2, failed: 0, skipped: 0, failures: [] },
      metrics: { accuracy: 0.9, loss: 0.3 },
      baseline: null,
      baseline_ref: null,
      params: { lr: 1 },
      params_baseline: {},
    });
    expect(report.notes?.[0]).toBe(
      "No baseline given (--baseline-ref, --baseline or model.baseline); compared with nothing.",
    );
    const markdown = await runCli(["test-model", "--markdown"], { cwd: root });
    expect(markdown.stdout).toContain("| Metric | base | head | Change | Rule |");
    expect(markdown.stdout).toContain(
      "| **accuracy** (primary) | — | 0.9 | new | ✓ min 0.8 · ⚪ max-drop 0.01 &#40;not evaluated&#58; no baseline&#41; |",
    );
  });

  test("--no-run reads the files as they are and runs nothing", async () => {
    const root = project(
      { ...baseModel(0.9), test: "exit 7", evaluate: "exit 9" },
      { "metrics.json": '{"accuracy": 0.95}', "reports/junit.xml": JUNIT, "params.yaml": "lr: 1\n" },
    );
    const run = await runCli(["test-model", "--no-run", "--json"], { cwd: root });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).metrics).toEqual({ accuracy: 0.95 });
    expect(run.stderr).not.toContain("Running");
  });

  test("--report merges the model part into slipway-report.json, keeping what other steps wrote", async () => {
    const root = project(baseModel(0.9), { "params.yaml": "lr: 1\n" });
    const existing: Report = { ...emptyReport({ commit: "abc" }), passed: true };
    writeFileSync(join(root, "slipway-report.json"), JSON.stringify(existing));
    const run = await runCli(["test-model", "--report", "slipway-report.json"], { cwd: root });
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(root, "slipway-report.json"), "utf8")) as Report;
    expect(report.commit).toBe("abc");
    expect(report.model?.metrics).toEqual({ accuracy: 0.9, loss: 0.3 });
    expect(report.passed).toBe(true);
  });

  test("a missing baseline ref is said plainly and compared with nothing (exit 0)", async () => {
    const root = project(baseModel(0.9), { "params.yaml": "lr: 1\n" });
    const run = await runCli(["test-model", "--baseline-ref", "origin/main"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No baseline: compared with nothing.");
    expect(run.stdout).toContain(
      'Note: Baseline ref "origin/main" does not exist in this clone; compared with nothing.',
    );
  });
});

describe("slipway test-model: could not run (exit 2, one clear message)", () => {
  test("an evaluation exiting non-zero: its output shown", async () => {
    const root = project({ evaluate: "echo 'KeyError: label' >&2; exit 3", metrics: ["metrics.json"] });
    const run = await runCli(["test-model"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "slipway: .github/slipway.yml: field \"model.evaluate\": the command `echo 'KeyError: label' >&2; exit 3` exited with code 3. Its output:\nKeyError: label\n",
    );
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  test("an unknown metric name in the rules, with the nearest name", async () => {
    const root = project(
      { metrics: ["m.json"], rules: { acuracy: { min: 0.5 } } },
      { "m.json": '{"accuracy": 0.9}' },
    );
    const run = await runCli(["test-model"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'slipway: .github/slipway.yml: model.rules."acuracy": unknown metric "acuracy" in the rules. Did you mean "accuracy"?\n',
    );
  });

  test("NaN in a metrics file", async () => {
    const root = project({ metrics: ["m.json"] }, { "m.json": '{"auc": NaN}' });
    const run = await runCli(["test-model"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'slipway: m.json: line 1, field "auc": metric "auc" is NaN; metrics must be finite numbers. Check the evaluation that wrote it.\n',
    );
  });

  test("a config without a model section", async () => {
    const root = tempDir({ ".github/slipway.yml": "version: 1\n" });
    const run = await runCli(["test-model"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/slipway\.yml: model: is missing: add a model section/);
  });

  test("a --baseline file that does not exist", async () => {
    const root = project({ metrics: ["m.json"] }, { "m.json": '{"auc": 0.9}' });
    const run = await runCli(["test-model", "--baseline", "nope.json"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("nope.json: does not exist.");
  });

  test("a bad --fail-on", async () => {
    const root = project({ metrics: [] });
    const run = await runCli(["test-model", "--fail-on", "sometimes"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fail-on must be error, warning or never, not "sometimes"');
  });
});
