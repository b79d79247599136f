/**
 * actions/test-model run as a composite: setup-python's stand-in (a virtual environment of this
 * machine's Python with scikit-learn and pytest), `pip install -r` for real, the engine install for
 * real, the team's pytest tests and a scikit-learn evaluation as the action's own steps, then the
 * bundled step — in a pull request, against the base branch's report artifact served by a GitHub
 * API double checked with @octokit/openapi.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { stringify } from "yaml";
import { emptyReport, mergeReport } from "../../src/report/merge-report.js";
import type { Report } from "../../src/report/types.js";
import { cacheStore, standardStandIns } from "../helpers/composite/stand-ins.js";
import { runCompositeAction } from "../helpers/composite-runner.js";
import { zipFiles } from "../helpers/github/make-zip.js";
import { type GitHubDouble, startArtifactScenario } from "../helpers/github/scenarios.js";
import { removeTempDirs, tempDir } from "../model/helpers/temp-dir.js";

const root = join(import.meta.dirname, "..", "..");
const action = join(root, "actions", "test-model");
const REPO = "acme/churn";
const BASE_ACCURACY = 0.9;

const EVALUATE = `import json, yaml
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
params = yaml.safe_load(open("params.yaml"))
X, y = load_iris(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)
model = LogisticRegression(C=params["C"], max_iter=params["max_iter"]).fit(X_train, y_train)
json.dump({"accuracy": model.score(X_test, y_test)}, open("metrics.json", "w"))
`;

const TESTS = `from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

def test_learns_the_training_data():
    X, y = load_iris(return_X_y=True)
    assert LogisticRegression(max_iter=500).fit(X, y).score(X, y) > 0.9

def test_predicts_known_classes():
    X, y = load_iris(return_X_y=True)
    assert set(LogisticRegression(max_iter=500).fit(X, y).predict(X[:5])) <= {0, 1, 2}
`;

function project(params: { C: number; max_iter: number }, extraTest = ""): string {
  return tempDir({
    ".github/slipway.yml": stringify({
      version: 1,
      model: {
        junit: "reports/junit.xml",
        metrics: ["metrics.json"],
        params: ["params.yaml"],
        primary: "accuracy",
        rules: { accuracy: { min: 0.5, "max-drop": 0.5 } },
      },
    }),
    "requirements.txt": "scikit-learn\npytest\nPyYAML\n",
    "params.yaml": stringify(params),
    "evaluate.py": EVALUATE,
    "tests/test_model.py": TESTS + extraTest,
  });
}

let double: GitHubDouble;
const cache = cacheStore();
const standIns = standardStandIns({ cache, artifacts: mkdtempSync(join(tmpdir(), "slipway-artifacts-")) });

beforeAll(async () => {
  const base = mergeReport(emptyReport({ repository: REPO }), {
    model: {
      passed: true,
      tests: { passed: 2, failed: 0, skipped: 0, failures: [] },
      metrics: { accuracy: BASE_ACCURACY },
      baseline: null,
      baseline_ref: null,
      rules: [],
      params: { C: 1, max_iter: 200 },
      params_baseline: {},
    },
  });
  double = await startArtifactScenario({
    repository: REPO,
    runs: [{ id: 4242 }, { id: 100, headSha: "e".repeat(40) }],
    artifacts: { 100: [{ id: 1000 }] },
    zips: { 1000: await zipFiles({ "slipway-report.json": JSON.stringify(base) }) },
  });
});
afterEach(() => expect(double.problems).toEqual([]));
afterAll(async () => {
  await double.close();
  removeTempDirs();
});

/** A pull request's job: the event, the API and the job's token as the runner gives them. */
function pullRequest(workspace: string, inputs: Record<string, string>) {
  return runCompositeAction({
    action,
    workspace,
    inputs: {
      "python-version": "3.11",
      requirements: "requirements.txt",
      test: "python -m pytest -q --junitxml=reports/junit.xml",
      evaluate: "python evaluate.py",
      ...inputs,
    },
    standIns,
    github: {
      event_name: "pull_request",
      base_ref: "main",
      head_ref: "feature",
      ref: "refs/pull/7/merge",
      sha: "f".repeat(40),
      repository: REPO,
      run_id: "4242",
      api_url: double.url,
      token: "ghs_job_token",
    },
  });
}

describe("actions/test-model as a composite", () => {
  it("in a pull request: Python set up, requirements installed, tests and evaluation run, compared with main", async () => {
    const ws = project({ C: 0.5, max_iter: 300 });
    const run = await pullRequest(ws, {});
    expect(run.steps.map((s) => [s.id ?? s.name, s.conclusion])).toEqual([
      ["actions/setup-python@v5", "success"],
      [expect.stringContaining("pip install"), "success"],
      ["engine", "success"],
      ["actions/cache@v4", "success"],
      [expect.stringContaining("install-engine.mjs"), "success"],
      ["test", "success"],
      [expect.stringContaining("SLIPWAY_COMMAND"), "success"],
      ["slipway", "success"],
    ]);
    expect(run.passed).toBe(true);
    expect(run.outputs).toEqual({ passed: "true", "report-path": join(ws, "slipway-report.json") });
    // The team's commands ran with setup-python's interpreter, first on PATH.
    expect(run.steps[5]!.env!.PATH!.split(":")[0]).toBe(
      run.steps[0]!.outputs["python-path"]!.replace(/\/python$/, ""),
    );
    expect(run.steps[1]!.stdout).toMatch(/Requirement already satisfied: scikit-learn/);
    expect(run.steps[5]!.outputs).toEqual({ "exit-code": "0" });

    const metrics = JSON.parse(readFileSync(join(ws, "metrics.json"), "utf8")) as { accuracy: number };
    const report = JSON.parse(readFileSync(join(ws, "slipway-report.json"), "utf8")) as Report;
    expect(report.model).toMatchObject({
      passed: true,
      tests: { passed: 2, failed: 0 },
      metrics: { accuracy: metrics.accuracy },
      baseline: { accuracy: BASE_ACCURACY },
      params: { C: 0.5, max_iter: 300 },
      params_baseline: { C: 1, max_iter: 200 },
    });
    expect(run.summary).toContain("#### ✅ Model");
    expect(run.summary).toContain(`Compared with <code>${"e".repeat(40)}</code>.`);
    // The job's token (the token input's default) reached the API only.
    expect(
      double.seen.filter((s) => s.path.startsWith("/repos")).map((s) => s.headers.authorization),
    ).toEqual(expect.arrayContaining(["token ghs_job_token"]));
    expect(run.log).not.toContain("ghs_job_token");
  });

  it("a failing test: its step fails but the job goes on, and the Slipway step fails with the test named", async () => {
    const ws = project(
      { C: 1, max_iter: 300 },
      "\ndef test_calibration():\n    assert 0.4 > 0.5, 'probabilities are not calibrated'\n",
    );
    const run = await pullRequest(ws, {});
    const test = run.steps.find((s) => s.id === "test")!;
    expect([test.outcome, test.conclusion, test.outputs]).toEqual([
      "failure",
      "success",
      { "exit-code": "1" },
    ]);
    expect(run.steps.find((s) => s.id === "slipway")!.env!["INPUT_TEST-EXIT-CODE"]).toBe("1");
    expect(run.passed).toBe(false);
    expect(run.outputs.passed).toBe("false");
    expect(run.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: "error",
          properties: expect.objectContaining({ title: "Test failed: tests.test_model.test_calibration" }),
        }),
      ]),
    );
    const report = JSON.parse(readFileSync(join(ws, "slipway-report.json"), "utf8")) as Report;
    expect(report.model?.tests).toMatchObject({ passed: 2, failed: 1 });
  });

  it("without python-version, requirements or commands as inputs: those steps skip, the config's commands run", async () => {
    const ws = project({ C: 1, max_iter: 300 });
    // The config names the commands; the runner's own Python (here Debian's, with scikit-learn) runs them.
    const config = readFileSync(join(ws, ".github/slipway.yml"), "utf8");
    writeFileSync(
      join(ws, ".github/slipway.yml"),
      `${config}  test: /usr/bin/python3 -m pytest -q --junitxml=reports/junit.xml\n  evaluate: /usr/bin/python3 evaluate.py\n`,
    );
    const run = await runCompositeAction({ action, workspace: ws, standIns, github: { event_name: "push" } });
    expect(run.steps.filter((s) => s.outcome === "skipped").map((s) => s.id ?? s.name)).toEqual([
      "actions/setup-python@v5",
      expect.stringContaining("pip install"),
      "test",
      expect.stringContaining("SLIPWAY_COMMAND"),
    ]);
    expect(run.passed).toBe(true);
    expect(run.outputs.passed).toBe("true");
    const report = JSON.parse(readFileSync(join(ws, "slipway-report.json"), "utf8")) as Report;
    const metrics = JSON.parse(readFileSync(join(ws, "metrics.json"), "utf8")) as { accuracy: number };
    expect(report.model).toMatchObject({
      tests: { passed: 2, failed: 0 },
      metrics: { accuracy: metrics.accuracy },
      baseline: null,
    });
    expect(run.summary).toContain("Not a pull request and no baseline configured");
  });
});
