import { describe, expect, it } from "@jest/globals";
import { checkConfigFiles, type RepositoryFiles } from "../../src/config/check-config-files.js";
import { globMatcher } from "../../src/config/globs.js";
import { configSchema } from "../../src/config/schema.js";

/** A repository as a list of files (folders are implied by them), each holding `{}` unless given. */
function repo(...files: (string | [path: string, text: string])[]): RepositoryFiles {
  const texts = new Map(files.map((file) => (typeof file === "string" ? [file, "{}"] : file)));
  const paths = [...texts.keys()];
  return {
    exists: (path, kind) =>
      kind === "file" ? texts.has(path) : paths.some((file) => file.startsWith(`${path}/`)),
    glob: (pattern) => paths.filter((file) => globMatcher(pattern)(file)),
    read: (path) => texts.get(path) ?? null,
  };
}

const config = (raw: unknown) => configSchema.parse(raw);

describe("checkConfigFiles", () => {
  it.each([
    [
      "a dataset whose path, schema and reference exist",
      { data: [{ name: "t", path: "data/t.csv", schema: "data/t.schema.yaml", reference: "data/r.csv" }] },
      ["data/t.csv", "data/t.schema.yaml", "data/r.csv"],
      [],
    ],
    [
      "a missing schema and reference, each with its key path",
      { data: [{ name: "t", path: "data/t.csv", schema: "data/t.schema.yml", reference: "data/ref.csv" }] },
      ["data/t.csv"],
      [
        ["error", ["data", 0, "schema"], "data/t.schema.yml"],
        ["error", ["data", 0, "reference"], "data/ref.csv"],
      ],
    ],
    [
      "a glob matching files, and one matching none",
      {
        data: [
          { name: "a", path: "data/*.csv" },
          { name: "b", path: "data/**/*.parquet" },
        ],
      },
      ["data/a.csv", "data/b.csv"],
      [["error", ["data", 1, "path"], "data/**/*.parquet"]],
    ],
    [
      "params files are inputs: missing is an error even with an evaluate command",
      { model: { evaluate: "python evaluate.py", params: ["params.yaml", "train.yaml"] } },
      ["params.yaml"],
      [["error", ["model", "params", 1], "train.yaml"]],
    ],
    [
      "metrics and predictions an evaluate command writes are warnings until it runs",
      {
        model: {
          evaluate: "python evaluate.py",
          metrics: ["metrics.json"],
          predictions: { path: "reports/predictions.csv", task: "classification" },
        },
      },
      [],
      [
        ["warning", ["model", "metrics", 0], "metrics.json"],
        ["warning", ["model", "predictions", "path"], "reports/predictions.csv"],
      ],
    ],
    [
      "metrics no command writes are errors",
      { model: { metrics: ["metrics.json"] } },
      [],
      [["error", ["model", "metrics", 0], "metrics.json"]],
    ],
    [
      "JUnit results are the test command's (a single glob, no index in the key path)",
      { model: { test: "pytest", junit: "reports/*.xml" } },
      [],
      [["warning", ["model", "junit"], "reports/*.xml"]],
    ],
    [
      "the model artifact, requirements and sample of the package section",
      {
        model: { test: "pytest" },
        package: {
          name: "m",
          model: ["models/model.joblib", "models/encoder.joblib"],
          requirements: "requirements-serve.txt",
          sample: "tests/sample.json",
        },
      },
      ["models/model.joblib", "requirements-serve.txt"],
      [
        ["warning", ["package", "model", 1], "models/encoder.joblib"],
        ["error", ["package", "sample"], "tests/sample.json"],
      ],
    ],
    [
      "a model artifact with no model command to make it",
      { package: { name: "m", model: "models/model.joblib" } },
      [],
      [["error", ["package", "model"], "models/model.joblib"]],
    ],
    [
      "a custom package's Dockerfile and its context folder",
      { package: { name: "m", framework: "custom", dockerfile: "serve/Dockerfile", context: "serve" } },
      ["serve/app.py"],
      [["error", ["package", "dockerfile"], "serve/Dockerfile"]],
    ],
    [
      "a baseline report is an input: missing is an error",
      { model: { evaluate: "python e.py", baseline: { report: "base/slipway-report.json" } } },
      [],
      [["error", ["model", "baseline", "report"], "base/slipway-report.json"]],
    ],
    [
      "a Dockerfile is only read for framework: custom (sklearn writes its own)",
      { package: { name: "m", model: "m.joblib", dockerfile: "Dockerfile" } },
      ["m.joblib"],
      [],
    ],
    [
      "a custom package whose context is not a folder",
      { package: { name: "m", framework: "custom", dockerfile: "Dockerfile", context: "srv" } },
      ["Dockerfile"],
      [["error", ["package", "context"], "srv"]],
    ],
    ["an empty config names no file", {}, [], []],
  ] as [string, unknown, string[], unknown[]][])("%s", (_, raw, files, expected) => {
    const missing = checkConfigFiles(config(raw), repo(...files));
    expect(missing.map((m) => [m.level, m.keyPath, m.path])).toEqual(expected);
  });

  it("says what to do: fix the path, or which command writes the file", () => {
    const [error, warning] = checkConfigFiles(
      config({
        data: [{ name: "t", path: "./data/t.csv" }],
        model: { evaluate: "python evaluate.py", metrics: ["metrics.json"] },
      }),
      repo(),
    );
    expect(error?.detail).toBe(
      '"./data/t.csv" does not exist. Fix the path, or add the file (paths start at the repository root).',
    );
    expect(warning?.detail).toBe(
      '"metrics.json" does not exist yet; model.evaluate is expected to write it.',
    );
  });
});

describe("checkConfigFiles: metrics files", () => {
  const predictions = (task: string, slices: string[] = []) => ({
    path: "reports/predictions.csv",
    task,
    label: "y",
    prediction: "y_pred",
    slices,
  });

  it.each([
    [
      "a metrics file giving a metric the predictions give too (found before the evaluation runs)",
      { evaluate: "python e.py", metrics: ["metrics.json"], predictions: predictions("classification") },
      '{"accuracy": 0.9, "cv": {"accuracy": 0.8}, "train_rows": 400}',
      [["error", ["model", "metrics", 0], "metrics.json"]],
    ],
    [
      "a regression's predictions give no accuracy: no clash",
      { evaluate: "python e.py", metrics: ["metrics.json"], predictions: predictions("regression") },
      '{"accuracy": 0.9}',
      [],
    ],
    [
      "a slice the predictions compute clashes too",
      {
        evaluate: "python e.py",
        metrics: ["metrics.json"],
        predictions: predictions("classification", ["texture"]),
      },
      '{"recall[texture=rough]": 0.9, "recall[region=EU]": 0.8}',
      [["error", ["model", "metrics", 0], "metrics.json"]],
    ],
    [
      "without predictions a metrics file may say anything",
      { evaluate: "python e.py", metrics: ["metrics.json"] },
      '{"accuracy": 0.9}',
      [],
    ],
    [
      "a broken metrics file the evaluation may rewrite is the run's to report",
      { evaluate: "python e.py", metrics: ["metrics.json"], predictions: predictions("classification") },
      "{ not json",
      [],
    ],
  ])("%s", (_, model, text, expected) => {
    const problems = checkConfigFiles(config({ model }), repo(["metrics.json", text])).filter(
      (p) => p.level === "error",
    );
    expect(problems.map((p) => [p.level, p.keyPath, p.path])).toEqual(expected);
  });

  it("names the metrics both give, the predictions file and what to do", () => {
    const [problem] = checkConfigFiles(
      config({
        model: { evaluate: "python e.py", metrics: ["m/*.json"], predictions: predictions("classification") },
      }),
      repo(["m/a.json", '{"cv": {"f1": 1}}'], ["m/b.json", '{"accuracy": 0.9, "f1": 0.8}']),
    ).filter((p) => p.level === "error");
    expect(problem?.detail).toBe(
      '"m/b.json" gives "accuracy", "f1", which are also computed from reports/predictions.csv (model.predictions); a metric must come from one place. Rename or nest it in the file (cv.accuracy), or drop model.predictions.',
    );
  });

  it.each([
    ["metrics.txt", true],
    ["results/metrics.txt", false],
  ])("an unreadable format is an error whether or not %s exists yet", (path, exists) => {
    const problems = checkConfigFiles(
      config({ model: { evaluate: "python e.py", metrics: [path] } }),
      exists ? repo([path, "accuracy 0.9\n"]) : repo(),
    );
    const errors = problems.filter((p) => p.level === "error");
    expect(errors.map((p) => p.detail)).toEqual([
      `"${path}" is not a metrics format Slipway reads; write JSON, YAML (.yaml/.yml), TOML or CSV (name,value rows), or leave it out of model.metrics.`,
    ]);
  });
});
