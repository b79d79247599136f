import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import type { ModelConfig } from "../../../src/config/schema.js";
import { modelSchema } from "../../../src/config/schema.js";
import { InputError } from "../../../src/errors.js";
import { commandGit } from "../../../src/model/baseline/git-files.js";
import { type BaselineSource, resolveBaseline } from "../../../src/model/baseline/resolve-baseline.js";
import { duckdbPredictions } from "../../../src/model/prediction-metrics-seam.js";
import { emptyReport, mergeReport } from "../../../src/report/merge-report.js";
import { commitAll, upstreamAndClone } from "../helpers/git-repo.js";
import { removeTempDirs, tempDir } from "../helpers/temp-dir.js";

afterAll(removeTempDirs);

const model = (raw: Record<string, unknown>): ModelConfig => modelSchema.parse(raw);

async function resolveIn(root: string, config: ModelConfig, source: BaselineSource) {
  return resolveBaseline(source, {
    config,
    root,
    git: commandGit(root),
    computePredictions: duckdbPredictions,
  });
}

describe("baseline from git (--baseline-ref)", () => {
  const { clone } = upstreamAndClone({
    "metrics.json": JSON.stringify({ eval: { accuracy: 0.88, loss: 0.3 } }),
    "eval/extra.yaml": "auc: 0.91\n",
    "params.yaml": "train:\n  lr: 0.01\n  depth: 6\n",
  });
  // The pull request's branch changed the files since; the baseline must not see that.
  commitAll(clone, {
    "metrics.json": JSON.stringify({ eval: { accuracy: 0.9, loss: 0.25 } }),
    "params.yaml": "train:\n  lr: 0.02\n",
  });
  const config = model({ metrics: ["metrics.json", "eval/*.yaml"], params: ["params.yaml"] });

  test("reads the metric and params files as they were at origin/main", async () => {
    const baseline = await resolveIn(clone, config, { kind: "git", ref: "origin/main" });
    expect(baseline.metrics).toEqual({ "eval.accuracy": 0.88, "eval.loss": 0.3, auc: 0.91 });
    expect(baseline.params).toEqual({ "train.lr": 0.01, "train.depth": 6 });
    expect(baseline.ref).toBe("origin/main");
    expect(baseline.notes[0]).toMatch(/^Baseline: the files at origin\/main \([0-9a-f]{7}\)\.$/);
  });

  test("a ref that is not in the clone is said plainly and compared with nothing", async () => {
    const baseline = await resolveIn(clone, config, { kind: "git", ref: "origin/release" });
    expect(baseline.metrics).toBeNull();
    expect(baseline.ref).toBeNull();
    expect(baseline.notes).toEqual([
      'Baseline ref "origin/release" does not exist in this clone; compared with nothing. Fetch it first (git fetch origin, or actions/checkout with fetch-depth: 0).',
    ]);
  });

  test("metric files missing at the ref are named; with none at all, compared with nothing", async () => {
    const baseline = await resolveIn(clone, model({ metrics: ["reports/metrics.json"] }), {
      kind: "git",
      ref: "origin/main",
    });
    expect(baseline.metrics).toBeNull();
    expect(baseline.notes.join("\n")).toMatch(
      /reports\/metrics\.json does not exist at origin\/main \([0-9a-f]{7}\)\./,
    );
    expect(baseline.notes.at(-1)).toMatch(/No metrics at origin\/main .*; compared with nothing\./);
  });

  test("some files there, some not: the ones there are the baseline, the others named", async () => {
    const baseline = await resolveIn(clone, model({ metrics: ["metrics.json", "new-metrics.json"] }), {
      kind: "git",
      ref: "origin/main",
    });
    expect(baseline.metrics).toEqual({ "eval.accuracy": 0.88, "eval.loss": 0.3 });
    expect(baseline.notes.join("\n")).toContain("new-metrics.json does not exist at origin/main");
  });

  test("a predictions file committed at the ref gives metrics computed the same way as the head's", async () => {
    const csv = "y,y_pred\n1,1\n0,1\n1,1\n0,0\n1,0\n";
    const repo = upstreamAndClone({ "reports/predictions.csv": csv });
    commitAll(repo.clone, { "reports/predictions.csv": "y,y_pred\n1,1\n0,0\n" });
    const withPredictions = model({
      predictions: { path: "reports/predictions.csv", task: "classification", positive: 1 },
    });
    const baseline = await resolveIn(repo.clone, withPredictions, { kind: "git", ref: "origin/main" });
    // The reference: the same computation on the upstream's own copy of the file.
    const direct = await duckdbPredictions(withPredictions.predictions!, { cwd: repo.upstream });
    expect(baseline.metrics).toEqual(direct.metrics);
    expect(baseline.metrics?.accuracy).toBeCloseTo(3 / 5, 12);
  });
});

describe("baseline from a file (--baseline PATH)", () => {
  test("a slipway-report.json gives its model's metrics and params", async () => {
    const report = mergeReport(emptyReport(), {
      model: {
        passed: true,
        tests: { passed: 1, failed: 0, skipped: 0, failures: [] },
        metrics: { accuracy: 0.8 },
        baseline: null,
        baseline_ref: null,
        rules: [],
        params: { lr: 0.1 },
        params_baseline: {},
      },
    });
    const root = tempDir({ "base/slipway-report.json": JSON.stringify(report) });
    const baseline = await resolveIn(root, model({}), { kind: "file", path: "base/slipway-report.json" });
    expect(baseline).toEqual({
      metrics: { accuracy: 0.8 },
      params: { lr: 0.1 },
      ref: "base/slipway-report.json",
      notes: ["Baseline: the model report in base/slipway-report.json."],
    });
  });

  test.each([
    ["base.json", JSON.stringify({ eval: { auc: 0.9 } }), { "eval.auc": 0.9 }],
    ["base.yaml", "auc: 0.9\n", { auc: 0.9 }],
    ["base.csv", "name,value\nauc,0.9\n", { auc: 0.9 }],
  ])("a metrics file %s gives its metrics", async (file, text, metrics) => {
    const root = tempDir({ [file]: text });
    const baseline = await resolveIn(root, model({}), { kind: "file", path: join(root, file) });
    expect(baseline.metrics).toEqual(metrics);
    expect(baseline.params).toEqual({});
  });

  test("a named file that does not exist stops the run (exit 2)", async () => {
    const root = tempDir();
    const failure = resolveIn(root, model({}), { kind: "file", path: "nope.json" });
    await expect(failure).rejects.toBeInstanceOf(InputError);
    await expect(failure).rejects.toThrow(
      "nope.json: does not exist. Check --baseline / model.baseline.report.",
    );
  });

  test("a report of another version is named as such", async () => {
    const root = tempDir();
    writeFileSync(join(root, "r.json"), JSON.stringify({ ...emptyReport(), schema: "slipway/report@9" }));
    await expect(resolveIn(root, model({}), { kind: "file", path: "r.json" })).rejects.toThrow(
      /^r\.json: uses the report format "slipway\/report@9"/,
    );
  });

  test("a report with NaN in a baseline metric file is an error with its line", async () => {
    const root = tempDir({ "base.json": '{\n  "auc": NaN\n}' });
    await expect(resolveIn(root, model({}), { kind: "file", path: "base.json" })).rejects.toThrow(
      'base.json: line 2, field "auc": metric "auc" is NaN',
    );
  });
});

test("no baseline source: compared with nothing, with the reason given", async () => {
  const baseline = await resolveIn(tempDir(), model({}), {
    kind: "none",
    reason: "Not a pull request; compared with nothing.",
  });
  expect(baseline).toEqual({
    metrics: null,
    params: {},
    ref: null,
    notes: ["Not a pull request; compared with nothing."],
  });
});
