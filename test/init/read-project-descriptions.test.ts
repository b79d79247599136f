/**
 * The files that say how a project runs: MLflow's MLproject (shaped like mlflow's
 * sklearn_elasticnet_wine example), a CML workflow (shaped like CML's getting-started one),
 * notebooks, requirements beside the scripts.
 */
import { describe, expect, it } from "@jest/globals";
import { findNotebooks } from "../../src/init/find-notebooks.js";
import { findProjectFiles } from "../../src/init/find-project-files.js";
import { findRequirements } from "../../src/init/find-requirements.js";
import { readCmlWorkflow } from "../../src/init/read-cml-workflow.js";
import { readMlProject } from "../../src/init/read-mlproject.js";

const reader = (texts: Record<string, string>) => (path: string) => texts[path] ?? null;

describe("readMlProject", () => {
  const MLPROJECT = `name: wine
python_env: python_env.yaml
entry_points:
  main:
    parameters:
      alpha: {type: float, default: 0.5}
      l1_ratio: {type: float, default: 0.1}
      label: {type: string, default: "quality score"}
    command: "python train.py {alpha} {l1_ratio} --label {label}"
`;

  it("fills the main entry point's parameters from their defaults; Python and requirements from python_env.yaml", () => {
    const project = readMlProject(
      reader({
        MLproject: MLPROJECT,
        "python_env.yaml":
          'python: "3.10"\nbuild_dependencies: [pip]\ndependencies:\n  - -r requirements.txt\n',
      }),
    );
    expect(project).toEqual({
      command: "python train.py 0.5 0.1 --label 'quality score'",
      missing: [],
      python: "3.10",
      requirements: "requirements.txt",
    });
  });

  it("drafts no command when a parameter has no default, and names it", () => {
    const project = readMlProject(
      reader({ MLproject: MLPROJECT.replace("{type: float, default: 0.5}", "float") }),
    );
    expect(project).toMatchObject({ command: null, missing: ["alpha"] });
    const found = findProjectFiles(
      ["MLproject"],
      reader({ MLproject: MLPROJECT.replace("default: 0.5", "") }),
    );
    expect(found.notes).toContain(
      "MLproject: the parameters alpha have no default, so its command is not drafted; add model.evaluate by hand.",
    );
  });

  it("reads a conda environment's Python and pip requirements", () => {
    const project = readMlProject(
      reader({
        MLproject: "conda_env: conda.yaml\nentry_points:\n  main:\n    command: python train.py\n",
        "conda.yaml": "dependencies:\n  - python=3.9\n  - pip\n  - pip:\n    - -r requirements.txt\n",
      }),
    );
    expect(project).toEqual({
      command: "python train.py",
      missing: [],
      python: "3.9",
      requirements: "requirements.txt",
    });
  });
});

describe("readCmlWorkflow", () => {
  const CML = `name: model-training
on: [push]
jobs:
  run:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v3
      - uses: iterative/setup-cml@v1
      - name: Train model
        env:
          REPO_TOKEN: \${{ secrets.GITHUB_TOKEN }}
        run: |
          pip install -r code/requirements.txt
          # the model
          python code/get_data.py --rows 1000
          python code/train.py \\
            --epochs 5
          cat metrics.txt >> report.md
          cml comment create report.md
`;

  it("takes the python commands (with their arguments) and the requirements of a workflow that posts with CML", () => {
    const found = readCmlWorkflow(
      [".github/workflows/cml.yaml"],
      reader({ ".github/workflows/cml.yaml": CML }),
    );
    expect(found).toEqual({
      file: ".github/workflows/cml.yaml",
      commands: ["python code/get_data.py --rows 1000", "python code/train.py --epochs 5"],
      requirements: "code/requirements.txt",
    });
  });

  it("ignores workflows that do not use CML", () => {
    const plain = CML.replace("cml comment create report.md", "echo done");
    expect(
      readCmlWorkflow([".github/workflows/ci.yml"], reader({ ".github/workflows/ci.yml": plain })),
    ).toBeNull();
  });
});

describe("findNotebooks", () => {
  const notebook = (...code: string[]) =>
    JSON.stringify({ cells: code.map((source) => ({ cell_type: "code", source: [source] })), nbformat: 4 });

  it("runs the notebooks whose code writes a metrics file, and names that file from the root", () => {
    const run = findNotebooks(
      [
        "notebooks/01-explore.ipynb",
        "notebooks/02-model.ipynb",
        "notebooks/.ipynb_checkpoints/02-model.ipynb",
      ],
      reader({
        "notebooks/01-explore.ipynb": notebook("df.describe()"),
        "notebooks/02-model.ipynb": notebook(
          "import json",
          'json.dump(scores, open("../metrics.json", "w"))',
        ),
      }),
    );
    expect(run).toEqual({ notebooks: ["notebooks/02-model.ipynb"], metrics: ["metrics.json"] });
  });

  it("else runs the notebooks named like training, and none of the others", () => {
    const files = ["notebooks/eda.ipynb", "notebooks/train_model.ipynb"];
    const texts = { "notebooks/eda.ipynb": notebook("1"), "notebooks/train_model.ipynb": notebook("2") };
    expect(findNotebooks(files, reader(texts))).toEqual({
      notebooks: ["notebooks/train_model.ipynb"],
      metrics: [],
    });
    expect(findNotebooks(["notebooks/eda.ipynb"], reader(texts)).notebooks).toEqual([]);
  });
});

describe("findRequirements", () => {
  it.each<[string, string[], (string | undefined)[], string[], string | undefined]>([
    [
      "the root's first",
      ["requirements.txt", "src/requirements.txt"],
      ["src/requirements.txt"],
      [],
      "requirements.txt",
    ],
    ["one the project names", ["src/requirements.txt"], ["src/requirements.txt"], [], "src/requirements.txt"],
    [
      "one beside the scripts run",
      ["src/requirements.txt", "src/train.py"],
      [],
      ["python src/train.py data"],
      "src/requirements.txt",
    ],
    [
      "one beside a notebook run",
      ["nb/requirements.txt"],
      [],
      ["python -m nbconvert --execute nb/train.ipynb"],
      "nb/requirements.txt",
    ],
    ["none that is not there", [], ["src/requirements.txt"], [], undefined],
  ])("%s", (_, files, named, commands, expected) => {
    expect(findRequirements(files, { named, commands }).requirements).toBe(expected);
  });
});
