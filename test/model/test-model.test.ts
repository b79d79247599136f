import { join } from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import { modelSchema } from "../../src/config/schema.js";
import { ConfigError, InputError } from "../../src/errors.js";
import { commandGit } from "../../src/model/baseline/git-files.js";
import type { BaselineSource } from "../../src/model/baseline/resolve-baseline.js";
import { CommandFailedError } from "../../src/model/commands/command-failed-error.js";
import { runShell } from "../../src/model/commands/run-shell.js";
import { workingTreeFiles } from "../../src/model/files/model-files.js";
import { duckdbPredictions } from "../../src/model/prediction-metrics-seam.js";
import { modelFails, testModel } from "../../src/model/test-model.js";
import { commitAll, upstreamAndClone } from "./helpers/git-repo.js";
import { removeTempDirs, tempDir } from "./helpers/temp-dir.js";

afterAll(removeTempDirs);

const JUNIT_PASS =
  '<testsuite name="t"><testcase classname="tests.test_model" name="test_shape"/></testsuite>';
const JUNIT_FAIL =
  '<testsuite name="t"><testcase classname="tests.test_model" name="test_shape"/>' +
  '<testcase classname="tests.test_model" name="test_floor"><failure message="assert 0.7 &gt;= 0.8"/></testcase></testsuite>';

interface Run {
  root: string;
  config: Record<string, unknown>;
  run?: { test: boolean; evaluate: boolean };
  baseline?: BaselineSource;
  testExitCode?: number | null;
}

async function run({ root, config, run = { test: true, evaluate: true }, baseline, testExitCode }: Run) {
  return testModel(
    {
      config: modelSchema.parse(config),
      configFile: join(root, ".github/slipway.yml"),
      root,
      run,
      testExitCode,
      baseline: baseline ?? { kind: "none" },
    },
    { files: workingTreeFiles(root), git: commandGit(root), runShell, computePredictions: duckdbPredictions },
  );
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a failure");
}

/** A shell command writing `text` to `path` (the stand-in for a team's pytest / evaluate.py). */
const write = (path: string, text: string) =>
  `mkdir -p "$(dirname ${path})" && printf '%s' '${text}' > ${path}`;

describe("testModel: the whole flow on a real repository", () => {
  const { clone } = upstreamAndClone({
    "metrics.json": JSON.stringify({ accuracy: 0.86, log_loss: 0.2 }),
    "params.yaml": "train:\n  lr: 0.01\n  depth: 6\n",
  });
  commitAll(clone, { "params.yaml": "train:\n  lr: 0.02\n  depth: 6\n  seed: 1\n" });

  const config = (accuracy: number, logLoss: number) => ({
    test: write("reports/junit.xml", JUNIT_PASS),
    junit: "reports/*.xml",
    evaluate: write("metrics.json", JSON.stringify({ accuracy, log_loss: logLoss })),
    metrics: ["metrics.json"],
    params: ["params.yaml"],
    primary: "accuracy",
    rules: { accuracy: { min: 0.8, "max-drop": 0.01 }, log_loss: { better: "lower", "max-rise": "5%" } },
  });

  test("runs tests and evaluation, compares with origin/main, and passes when the rules hold", async () => {
    const { report, commands, warnings } = await run({
      root: clone,
      config: config(0.855, 0.209),
      baseline: { kind: "git", ref: "origin/main" },
    });
    expect(commands.map((c) => c.exitCode)).toEqual([0, 0]);
    expect(warnings).toEqual([]);
    expect(report).toMatchObject({
      passed: true,
      tests: { passed: 1, failed: 0, skipped: 0, failures: [] },
      metrics: { accuracy: 0.855, log_loss: 0.209 },
      baseline: { accuracy: 0.86, log_loss: 0.2 },
      baseline_ref: "origin/main",
      params: { "train.lr": 0.02, "train.depth": 6, "train.seed": 1 },
      params_baseline: { "train.lr": 0.01, "train.depth": 6 },
      primary: "accuracy",
      directions: { accuracy: "higher", log_loss: "lower" },
      confusion: null,
    });
    expect(report.rules.map((r) => [r.metric, r.rule, r.passed])).toEqual([
      ["accuracy", "min", true],
      ["accuracy", "max-drop", true],
      ["log_loss", "max-rise%", true],
    ]);
    expect(modelFails(report, "error")).toBe(false);
  });

  test("a regression beyond the allowed drop fails the model; fail-on: never only reports it", async () => {
    const { report } = await run({
      root: clone,
      config: config(0.84, 0.2),
      baseline: { kind: "git", ref: "origin/main" },
    });
    expect(report.passed).toBe(false);
    expect(report.rules.find((r) => r.rule === "max-drop")).toMatchObject({
      passed: false,
      baseline: 0.86,
      value: 0.84,
    });
    expect(modelFails(report, "error")).toBe(true);
    expect(modelFails(report, "warning")).toBe(true);
    expect(modelFails(report, "never")).toBe(false);
  });

  test("params_changes lists what differs from origin/main", async () => {
    const { report } = await run({
      root: clone,
      config: config(0.855, 0.209),
      baseline: { kind: "git", ref: "origin/main" },
    });
    expect(report.params_changes).toEqual([
      { name: "train.lr", change: "changed", base: 0.01, head: 0.02 },
      { name: "train.seed", change: "added", head: 1 },
    ]);
  });

  test("no baseline: a change rule is not evaluated, the model still passes; require-baseline fails it", async () => {
    const loose = await run({ root: clone, config: config(0.855, 0.209) });
    expect(loose.report.passed).toBe(true);
    expect(loose.report.params_changes).toBeNull();
    expect(loose.report.rules.map((r) => [r.rule, r.state, r.reason, r.passed])).toEqual([
      ["min", "passed", null, true],
      ["max-drop", "not-evaluated", "no-baseline", false],
      ["max-rise%", "not-evaluated", "no-baseline", false],
    ]);
    const strict = await run({ root: clone, config: { ...config(0.855, 0.209), "require-baseline": true } });
    expect(strict.report.passed).toBe(false);
    expect(strict.report.rules.map((r) => r.state)).toEqual(["passed", "failed", "failed"]);
    expect(modelFails(strict.report, "error")).toBe(true);
  });

  test("failing tests fail the model and are named", async () => {
    const { report } = await run({
      root: clone,
      config: { ...config(0.9, 0.1), test: write("reports/junit.xml", JUNIT_FAIL) },
      baseline: { kind: "git", ref: "origin/main" },
    });
    expect(report.passed).toBe(false);
    expect(report.tests).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      failures: [
        { name: "tests.test_model.test_floor", message: "assert 0.7 >= 0.8", file: "reports/junit.xml" },
      ],
    });
  });
});

describe("testModel: tests that ran", () => {
  test("a test command that exits non-zero without JUnit results is a named failure with its output", async () => {
    const root = tempDir({ "m.json": '{"acc": 1}' });
    const { report } = await run({
      root,
      config: {
        test: "echo 'ImportError: no module named model' && exit 4",
        junit: "reports/*.xml",
        metrics: ["m.json"],
      },
    });
    expect(report.passed).toBe(false);
    expect(report.tests.failed).toBe(1);
    expect(report.tests.failures[0]).toEqual({
      name: "echo 'ImportError: no module named model' && exit 4",
      message: "exited with code 4 and wrote no JUnit results: ImportError: no module named model",
    });
  });

  test("with --no-run, a test exit code from an earlier step still counts", async () => {
    const root = tempDir({ "reports/junit.xml": JUNIT_PASS });
    const { report, commands } = await run({
      root,
      config: { test: "exit 99", junit: "reports/junit.xml" },
      run: { test: false, evaluate: false },
      testExitCode: 1,
    });
    expect(commands).toEqual([]);
    expect(report.tests.failed).toBe(1);
    expect(report.tests.failures[0]?.message).toBe("exited with code 1.");
  });

  test("JUnit configured but no file after the tests passed is an input error (exit 2)", async () => {
    const error = await failure(run({ root: tempDir(), config: { test: "true", junit: "reports/*.xml" } }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      "reports/*.xml: matched no JUnit file after the tests ran. Make the test command write one (e.g. pytest --junitxml=reports/*.xml), or fix model.junit.",
    );
  });

  test("a JUnit file that is not XML is an input error naming it", async () => {
    const root = tempDir({ "reports/junit.xml": "collected 3 items\n\n3 passed in 0.02s\n" });
    const error = await failure(
      run({ root, config: { junit: "reports/junit.xml" }, run: { test: false, evaluate: false } }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^reports\/junit\.xml: line 1: is not JUnit XML/);
  });
});

describe("testModel: bad input, each with one clear message", () => {
  test("an evaluate command exiting non-zero stops the run with its output shown", async () => {
    const root = tempDir();
    const evaluate =
      "echo 'loading model.joblib' && echo 'Traceback (most recent call last):' >&2 && echo 'ValueError: X has 12 features' >&2 && exit 3";
    const error = await failure(run({ root, config: { evaluate, metrics: ["metrics.json"] } }));
    expect(error).toBeInstanceOf(CommandFailedError);
    expect((error as CommandFailedError).exitCode).toBe(2);
    expect(error.message).toBe(
      `.github/slipway.yml: field "model.evaluate": the command \`${evaluate}\` exited with code 3. Its output:\n` +
        "loading model.joblib\nTraceback (most recent call last):\nValueError: X has 12 features",
    );
  });

  test("a metric named in the rules but absent from the files", async () => {
    const root = tempDir({ "metrics.json": '{"accuracy": 0.9, "loss": 0.3}' });
    const error = await failure(
      run({
        root,
        config: { metrics: ["metrics.json"], rules: { throughput: { min: 100 } } },
        run: { test: false, evaluate: false },
      }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      '.github/slipway.yml: model.rules."throughput": metric "throughput" is named in the rules but absent from metrics.json (they hold: accuracy, loss). Write it in your evaluation, or remove it from the rules.',
    );
  });

  test("an unknown metric name in the rules, with the nearest name", async () => {
    const root = tempDir({ "reports/p.csv": "y,y_pred\n1,1\n0,0\n1,0\n" });
    const error = await failure(
      run({
        root,
        config: {
          predictions: { path: "reports/p.csv", task: "classification" },
          rules: { f1_macor: { min: 0.5 } },
        },
        run: { test: false, evaluate: false },
      }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      '.github/slipway.yml: model.rules."f1_macor": unknown metric "f1_macor" in the rules. Did you mean "f1_macro"?',
    );
  });

  test("several unknown names are all listed in one message", async () => {
    const root = tempDir({ "m.json": '{"accuracy": 0.9}' });
    const error = await failure(
      run({
        root,
        config: { metrics: ["m.json"], primary: "acuracy", rules: { speed: { min: 1 } } },
        run: { test: false, evaluate: false },
      }),
    );
    expect(error.message.split("\n")).toEqual([
      ".github/slipway.yml: ",
      '  model.rules."speed": metric "speed" is named in the rules but absent from m.json (they hold: accuracy). Write it in your evaluation, or remove it from the rules.',
      '  model.primary: unknown metric "acuracy" in model.primary. Did you mean "accuracy"?',
    ]);
  });

  test.each([
    [
      "NaN",
      '{"eval": {"loss": NaN}}',
      'metrics.json: line 1, field "eval.loss": metric "eval.loss" is NaN; metrics must be finite numbers.',
    ],
    [
      "Infinity",
      '{"auc": 0.9,\n"loss": Infinity}',
      'metrics.json: line 2, field "loss": metric "loss" is Infinity; metrics must be finite numbers.',
    ],
  ])("an evaluation that writes %s", async (_, text, message) => {
    const root = tempDir();
    const error = await failure(
      run({ root, config: { evaluate: write("metrics.json", text), metrics: ["metrics.json"] } }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message.startsWith(message)).toBe(true);
  });

  test("a metrics file the evaluation did not write", async () => {
    const error = await failure(
      run({ root: tempDir(), config: { evaluate: "true", metrics: ["eval/metrics.json"] } }),
    );
    expect(error.message).toBe(
      "eval/metrics.json: does not exist after the evaluation ran. Make `true` write it, or fix model.metrics.",
    );
  });

  test("a params file that is not there", async () => {
    const error = await failure(
      run({ root: tempDir(), config: { params: ["params.yaml"] }, run: { test: false, evaluate: false } }),
    );
    expect(error.message).toBe("params.yaml: does not exist. Fix model.params, or commit the params file.");
  });

  test("a metric both in a file and computed from predictions", async () => {
    const root = tempDir({ "m.json": '{"accuracy": 0.5}', "p.csv": "y,y_pred\n1,1\n" });
    const error = await failure(
      run({
        root,
        config: { metrics: ["m.json"], predictions: { path: "p.csv", task: "classification" } },
        run: { test: false, evaluate: false },
      }),
    );
    expect(error.message).toBe(
      'm.json: field "accuracy": metric "accuracy" is also computed from p.csv; rename it in the file, or drop it.',
    );
  });
});

describe("testModel: predictions and slices", () => {
  test("metrics from predictions join the file metrics; a slice rule judges every slice", async () => {
    const csv = [
      "y,y_pred,region",
      "1,1,EU",
      "0,0,EU",
      "1,1,EU",
      "1,0,US",
      "1,0,US",
      "0,0,US",
      "1,1,US",
    ].join("\n");
    const root = tempDir({ "reports/predictions.csv": `${csv}\n`, "extra.json": '{"latency_ms": 12}' });
    const predictions = {
      path: "reports/predictions.csv",
      task: "classification",
      positive: 1,
      slices: ["region"],
    };
    const { report } = await run({
      root,
      config: { metrics: ["extra.json"], predictions, rules: { "recall[region=*]": { min: 0.6 } } },
      run: { test: false, evaluate: false },
    });
    // The reference: the same computation called directly on the file.
    const direct = await duckdbPredictions(modelSchema.parse({ predictions }).predictions!, { cwd: root });
    expect(report.metrics).toEqual({ latency_ms: 12, ...direct.metrics });
    expect(report.confusion).toEqual(direct.confusion);
    expect(report.rules.map((r) => [r.metric, r.passed])).toEqual([
      ["recall[region=EU]", direct.metrics["recall[region=EU]"]! >= 0.6],
      ["recall[region=US]", direct.metrics["recall[region=US]"]! >= 0.6],
    ]);
    expect(report.rules.map((r) => r.passed)).toEqual([true, false]);
    expect(report.passed).toBe(false);
  });
});

describe("testModel: params without metrics", () => {
  test("a baseline with params but no metrics still gets its params diffed", async () => {
    // The finding: a parameter change was hidden when there were no metrics to compare.
    const { clone } = upstreamAndClone({ "params.yaml": "lr: 0.01\nepochs: 5\n" });
    commitAll(clone, { "params.yaml": "lr: 0.02\nepochs: 5\n" });
    const { report } = await run({
      root: clone,
      config: { params: ["params.yaml"] },
      baseline: { kind: "git", ref: "origin/main" },
    });
    expect(report.baseline).toBeNull();
    expect(report.params_changes).toEqual([{ name: "lr", change: "changed", base: 0.01, head: 0.02 }]);
  });
});
