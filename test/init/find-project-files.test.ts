import { describe, expect, it } from "@jest/globals";
import { findProjectFiles, type ProjectFiles } from "../../src/init/find-project-files.js";

/** A repository as file paths, with the text of the few files the finder reads. */
function find(files: string[], texts: Record<string, string> = {}): ProjectFiles {
  return findProjectFiles([...files, ...Object.keys(texts)], (path) => texts[path] ?? null);
}

describe("findProjectFiles", () => {
  it.each<[string, string[], Record<string, string>, Partial<ProjectFiles>]>([
    [
      "one dataset per data file; predictions, test fixtures and reports are not datasets",
      [
        "data/train.csv",
        "data/holdout.parquet",
        "events/clicks.jsonl.gz",
        "tests/fixtures/tiny.csv",
        "data/predictions.csv",
      ],
      {},
      {
        datasets: [
          { name: "holdout", path: "data/holdout.parquet" },
          { name: "train", path: "data/train.csv" },
          { name: "clicks", path: "events/clicks.jsonl.gz" },
        ],
      },
    ],
    [
      "a reference file beside exactly one dataset is its drift reference",
      ["data/train.csv", "data/train_reference.csv"],
      {},
      { datasets: [{ name: "train", path: "data/train.csv", reference: "data/train_reference.csv" }] },
    ],
    [
      "a reference beside two datasets is a dataset of its own",
      ["data/a.csv", "data/b.csv", "data/reference.csv"],
      {},
      {
        datasets: [
          { name: "a", path: "data/a.csv" },
          { name: "b", path: "data/b.csv" },
          { name: "reference", path: "data/reference.csv" },
        ],
      },
    ],
    [
      "a folder of many files of one format is one dataset read as a glob",
      [
        "raw/2024-01.csv",
        "raw/2024-02.csv",
        "raw/2024-03.csv",
        "raw/2024-04.csv",
        "raw/2024-05.csv",
        "raw/2024-06.csv",
      ],
      {},
      { datasets: [{ name: "raw", path: "raw/*.csv" }] },
    ],
    [
      "two files with one stem get names from their paths",
      ["train/data.csv", "test_set/data.csv"],
      {},
      {
        datasets: [
          { name: "test_set-data", path: "test_set/data.csv" },
          { name: "train-data", path: "train/data.csv" },
        ],
      },
    ],
    [
      "metrics and params by DVC's names and by dvc.yaml; requirements, serving requirements",
      [
        "metrics.json",
        "eval/scores_metrics.yaml",
        "params.yaml",
        "requirements.txt",
        "requirements-serve.txt",
        "package.json",
      ],
      {
        "dvc.yaml":
          "stages:\n  evaluate:\n    cmd: python evaluate.py\n    metrics:\n      - eval/summary.json:\n          cache: false\n    params:\n      - train.C\n",
        "eval/summary.json": "{}",
      },
      {
        metrics: ["eval/summary.json", "eval/scores_metrics.yaml", "metrics.json"],
        params: ["params.yaml"],
        requirements: "requirements.txt",
        serveRequirements: "requirements-serve.txt",
      },
    ],
    [
      "tests, train and evaluate scripts, a model artifact in models/ first, a sample input",
      [
        "tests/test_model.py",
        "src/train.py",
        "evaluate.py",
        "model.pkl",
        "models/clf.joblib",
        "tests/sample_input.json",
      ],
      {},
      {
        hasTests: true,
        evaluate: {
          command: "python src/train.py && python evaluate.py",
          from: "src/train.py and evaluate.py",
        },
        models: ["models/clf.joblib", "model.pkl"],
        sample: "tests/sample_input.json",
      },
    ],
    [
      "the Python version from .python-version, the branch from .git/HEAD",
      [],
      { ".python-version": "3.11.7\n", ".git/HEAD": "ref: refs/heads/trunk\n" },
      { python: "3.11", defaultBranch: "trunk" },
    ],
    [
      "the Python version from pyproject.toml",
      [],
      { "pyproject.toml": 'requires-python = ">=3.10"\n' },
      { python: "3.10" },
    ],
    [
      "nothing in an empty repository",
      [],
      {},
      {
        datasets: [],
        metrics: [],
        params: [],
        plots: [],
        hasTests: false,
        models: [],
        notebooks: [],
        dvc: null,
      },
    ],
  ])("%s", (_, files, texts, expected) => {
    expect(find(files, texts)).toMatchObject(expected);
  });

  it("says when a DVC-tracked data file has not been pulled", () => {
    expect(find(["data/big.parquet.dvc"]).notes).toEqual([
      "data/big.parquet is tracked by DVC but not here: run `dvc pull`, then slipway init again.",
    ]);
  });

  it("configures at most 20 datasets and says so", () => {
    const files = Array.from({ length: 25 }, (_, i) => `d${i}/x${i}.csv`);
    const found = find(files);
    expect(found.datasets).toHaveLength(20);
    expect(found.notes).toEqual(["25 datasets found; the first 20 are configured, add the others by hand."]);
  });
});
