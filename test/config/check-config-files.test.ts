import { describe, expect, it } from "@jest/globals";
import { checkConfigFiles, type RepositoryFiles } from "../../src/config/check-config-files.js";
import { globMatcher } from "../../src/config/globs.js";
import { configSchema } from "../../src/config/schema.js";

/** A repository as a list of files (folders are implied by them). */
function repo(...files: string[]): RepositoryFiles {
  return {
    exists: (path, kind) =>
      kind === "file" ? files.includes(path) : files.some((file) => file.startsWith(`${path}/`)),
    glob: (pattern) => files.filter((file) => globMatcher(pattern)(file)),
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
      "a custom package whose context is not a folder",
      { package: { name: "m", framework: "custom", dockerfile: "Dockerfile", context: "srv" } },
      ["Dockerfile"],
      [["error", ["package", "context"], "srv"]],
    ],
    ["an empty config names no file", {}, [], []],
  ])("%s", (_, raw, files, expected) => {
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
