/**
 * `slipway run` as a user runs it, on a temporary copy of examples/breast-cancer: a real training
 * run with Debian's Python (scikit-learn), the report, and the pull-request comment compared with
 * what the app's own code renders from that report. The expected numbers are computed at test time
 * by scikit-learn from the files the run wrote. Each bad input the issue lists is its own test.
 * Time: the training run ~10 s; the others 1–3 s each.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { loadConfig } from "../../src/config/load-config.js";
import { commentInput } from "../../src/report/comment-input.js";
import { renderComment } from "../../src/report/markdown/render-comment.js";
import type { Report } from "../../src/report/types.js";
import { REFERENCE_PYTHON, runReferencePython } from "../helpers/reference-python.js";
import { runCli } from "../helpers/run-cli.js";
import { binDir, copyExample, git, removeCopies } from "../run/helpers/example-copy.js";

afterAll(removeCopies);

/** What scikit-learn says of a predictions file, and the installed scikit-learn. */
const SCORE = `
import json, sys, pandas as pd, sklearn
from sklearn import metrics as m
p = pd.read_csv(sys.argv[1])
y, yp = p.y == "malignant", p.y_pred == "malignant"
print(json.dumps({"accuracy": m.accuracy_score(p.y, p.y_pred), "f1": m.f1_score(y, yp), "recall": m.recall_score(y, yp),
  "roc_auc": m.roc_auc_score(y, p.p_malignant), "log_loss": m.log_loss(y, p.p_malignant),
  "train_rows": len(pd.read_csv(sys.argv[2])) if len(sys.argv) > 2 else None, "sklearn": sklearn.__version__}))
`;
type Scores = Record<"accuracy" | "f1" | "recall" | "roc_auc" | "log_loss", number> & {
  train_rows: number | null;
  sklearn: string;
};

/** The comment the app would post for this report (no pull request to compare with). */
function appComment(report: Report, root: string): string {
  const { config } = loadConfig({ cwd: root });
  return renderComment(
    commentInput({
      workflow: "slipway run",
      run: { url: "", id: 0, attempt: 1 },
      headSha: report.commit ?? "working tree",
      heads: [{ variant: "", report }],
      unreadable: [],
      pull: null,
      bases: [],
      history: [],
      config,
      notices: [],
    }),
  );
}

const readReport = (root: string) =>
  JSON.parse(readFileSync(join(root, "slipway-report.json"), "utf8")) as Report;

describe("slipway run on the example", () => {
  it("validates the data, trains and tests the model against origin/main, writes the report and prints the app's comment", async () => {
    const root = copyExample();
    // A clone whose origin/main is the example as committed; the pull request tries the other variant.
    git(root, "init", "-q", "-b", "feature");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "example");
    git(root, "update-ref", "refs/remotes/origin/main", "HEAD");
    const params = readFileSync(join(root, "params.yaml"), "utf8");
    writeFileSync(join(root, "params.yaml"), params.replace(/^model: .*$/m, "model: random_forest"));
    const bin = binDir({ python3: REFERENCE_PYTHON, git: "/usr/bin/git" });

    const result = await runCli(["run"], { cwd: root, env: { PATH: bin } });
    expect(result.stderr).not.toContain("internal error");
    expect(result.code).toBe(0);

    const report = readReport(root);
    const head = runReferencePython<Scores>(SCORE, [
      join(root, "reports", "predictions.csv"),
      join(root, "data", "train.csv"),
    ]);
    writeFileSync(
      join(root, "base-predictions.csv"),
      git(root, "show", "origin/main:reports/predictions.csv"),
    );
    const base = runReferencePython<Scores>(SCORE, [join(root, "base-predictions.csv")]);
    expect(report.commit).toBe(git(root, "rev-parse", "HEAD"));
    expect(report.data).toHaveLength(1);
    expect(report.data[0]).toMatchObject({ dataset: "breast-cancer", rows: head.train_rows, valid: true });
    const model = report.model!;
    for (const name of ["accuracy", "f1", "recall", "roc_auc", "log_loss"] as const) {
      expect(model.metrics[name]).toBeCloseTo(head[name], 9);
      expect(model.baseline?.[name]).toBeCloseTo(base[name], 9);
    }
    expect(model.baseline_ref).toBe("origin/main");
    expect(model.params.model).toBe("random_forest");
    expect(model.params_baseline.model).toBe("logistic_regression");
    const junit = readFileSync(join(root, "reports", "junit.xml"), "utf8");
    expect(model.tests).toMatchObject({ passed: (junit.match(/<testcase /g) ?? []).length, failed: 0 });
    expect(model.tests.passed).toBeGreaterThan(0);
    expect(report.package).toBeNull();
    expect(report.passed).toBe(true);
    // The example's plots (written by this run's evaluate.py) and its team section travel in the report.
    const curve = readFileSync(join(root, "reports", "plots", "precision_recall.csv"), "utf8")
      .trim()
      .split("\n");
    expect(model.plots?.map((plot) => [plot.id, plot.x, plot.y])).toEqual([
      ["reports/plots/precision_recall.csv", "recall", "precision"],
      ["reports/plots/calibration.csv", "mean_predicted", "fraction_positive"],
    ]);
    expect(model.plots![0]!.total).toBe(curve.length - 1);
    expect(report.sections).toEqual([
      {
        path: "reports/summary.md",
        markdown: readFileSync(join(root, "reports", "summary.md"), "utf8"),
        cut: 0,
      },
    ]);
    expect(report.sections![0]!.markdown).toContain("Model **random_forest**");

    // stdout is the comment, exactly as the app renders it from this report.
    expect(result.stdout).toBe(`${appComment(report, root)}\n`);
    expect(result.stdout).toContain(`f1 **${Number(head.f1.toPrecision(4))}**`);

    expect(result.stderr).toContain(`slipway: model: python ${join(bin, "python3")} (Python `);
    expect(result.stderr).toContain(`has what requirements.txt asks for: scikit-learn ${head.sklearn}`);
    expect(result.stderr).toContain("slipway: model: Running the tests: python -m pytest");
    expect(result.stderr).toContain("trained random_forest on");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines.slice(-5)).toEqual([
      expect.stringMatching(/^data {4}✓ passed {3}breast-cancer: valid — \d+ rows/),
      expect.stringMatching(/^model {3}✓ passed {3}f1 0\.\d+, \d+ rules met, \d+ tests passed/),
      "package – skipped  no container builder here (looked for docker with buildx, buildah and podman)",
      expect.stringContaining("next: Install one to build the image"),
      "✅ passed — data and model checked; package skipped (see above). Report: slipway-report.json",
    ]);
  }, 120_000);

  it("without Python on PATH: the data is still validated; model and image skipped, saying what to do (--json)", async () => {
    const root = copyExample();
    const result = await runCli(["run", "--json"], {
      cwd: root,
      env: { PATH: binDir({ git: "/usr/bin/git" }) },
    });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.parts).toEqual([
      expect.objectContaining({ part: "data", status: "passed" }),
      {
        part: "model",
        status: "skipped",
        reason: "no Python on PATH (looked for python3 and python)",
        next: "Install Python 3, then: python3 -m venv .venv && .venv/bin/python -m pip install -r requirements.txt (slipway run then uses .venv); or name a Python that has them: slipway run --python PATH (or SLIPWAY_PYTHON=PATH).",
      },
      expect.objectContaining({
        part: "package",
        status: "skipped",
        reason: expect.stringContaining("the model was not trained"),
      }),
    ]);
    expect(out).toMatchObject({ passed: true, exit_code: 0, python: null });
    expect(out.report).toEqual(readReport(root));
    expect(out.report.model).toBeNull();
    expect(out.comment).toBe(appComment(out.report, root));
    expect(result.stderr).toContain("slipway: model: skipped — no Python on PATH");
    expect(result.stderr).toContain("✅ passed — data checked; model and package skipped (see above).");
  });

  describe("with a Python that lacks the requirements", () => {
    const root = copyExample();
    writeFileSync(join(root, "requirements.txt"), "scikit-learn>=99\npandas\n");
    const bin = binDir({ python3: REFERENCE_PYTHON });
    const sklearn = runReferencePython<{ v: string }>(
      'import json, importlib.metadata as m; print(json.dumps({"v": m.version("scikit-learn")}))',
    ).v;

    it("skips the model, naming what is missing and the command that installs it", async () => {
      const result = await runCli(["run"], { cwd: root, env: { PATH: bin } });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(
        `model   – skipped  no Python here has what requirements.txt asks for: ${join(bin, "python3")} (Python `,
      );
      expect(result.stderr).toContain(`lacks scikit-learn>=99 (has ${sklearn})\n`);
      expect(result.stderr).toContain(
        `next: Make one: ${join(bin, "python3")} -m venv .venv && .venv/bin/python -m pip install -r requirements.txt (slipway run then uses .venv); or name a Python that has them: slipway run --python PATH (or SLIPWAY_PYTHON=PATH).`,
      );
      expect(readReport(root).model).toBeNull();
    });

    it("--python naming it: exit 2 with the same facts", async () => {
      const result = await runCli(["run", "--python", REFERENCE_PYTHON], { cwd: root, env: { PATH: bin } });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        new RegExp(
          `^slipway: --python: ${REFERENCE_PYTHON} \\(Python [\\d.]+\\) lacks scikit-learn>=99 \\(has ${sklearn.replace(/\./g, "\\.")}\\)\\. Make one: `,
        ),
      );
    });

    it("--strict: exit 2 before anything runs, and no report of an earlier run left behind", async () => {
      writeFileSync(join(root, "slipway-report.json"), "{}");
      const result = await runCli(["run", "--strict"], { cwd: root, env: { PATH: bin } });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        "slipway: model: cannot run here: no Python here has what requirements.txt asks for",
      );
      expect(() => readReport(root)).toThrow();
    });
  });

  it("in a repository without a config: exit 2, saying where it looked and what to do", async () => {
    const empty = binDir({});
    const result = await runCli(["run"], { cwd: empty, env: { PATH: "" } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `slipway: .github/slipway.yml: not found in ${empty} or any folder above it. \`slipway run\` does what that file asks for: create it (docs/quickstart.md has one to copy and adapt), or point at one with --config PATH.\n`,
    );
  });

  it("with a config that references missing files: exit 2 naming each key and path, before anything runs", async () => {
    const root = copyExample();
    rmSync(join(root, "data", "reference.csv"));
    const config = join(root, ".github", "slipway.yml");
    writeFileSync(
      config,
      readFileSync(config, "utf8").replace("sample: tests/sample_input.json", "sample: tests/sample.json"),
    );
    const result = await runCli(["run"], { cwd: join(root, "tests"), env: { PATH: "" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `slipway: ${config}: 2 problems with the files it names:\n` +
        '  data[0].reference: "data/reference.csv" does not exist. Fix the path, or add the file (paths start at the repository root).\n' +
        '  package.sample: "tests/sample.json" does not exist. Fix the path, or add the file (paths start at the repository root).\n' +
        `Paths are relative to the repository root (${root}, the folder that holds .github/).\n`,
    );
    expect(() => readReport(root)).toThrow();
  });

  it("a metrics file and the predictions both giving accuracy: exit 2 before training, the old report gone", async () => {
    const root = copyExample();
    writeFileSync(join(root, "metrics.json"), '{"accuracy": 0.97, "cv": {"roc_auc": 0.99}}\n');
    writeFileSync(join(root, "slipway-report.json"), '{"from": "an earlier run"}');
    const bin = binDir({ python3: REFERENCE_PYTHON, git: "/usr/bin/git" });
    const result = await runCli(["run"], { cwd: root, env: { PATH: bin } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `slipway: ${join(root, ".github", "slipway.yml")}: model.metrics[0]: "metrics.json" gives "accuracy", which is also computed from reports/predictions.csv (model.predictions); a metric must come from one place. Rename or nest it in the file (cv.accuracy), or drop model.predictions. ` +
        `Paths are relative to the repository root (${root}, the folder that holds .github/).\n`,
    );
    // Nothing ran: no data validated, no model trained, and no report that could be taken for this run's.
    expect(() => readFileSync(join(root, "models", "model.joblib"))).toThrow();
    expect(() => readReport(root)).toThrow();
    // `config check` finds the same before anyone runs anything.
    const check = await runCli(["config", "check"], { cwd: root, env: {} });
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('model.metrics[0]: "metrics.json" gives "accuracy"');
  });

  describe("when every part is skipped (nothing was checked)", () => {
    const root = copyExample();
    const env = { PATH: binDir({ git: "/usr/bin/git" }) };

    it("exit 2, saying why, with the report that says so", async () => {
      const result = await runCli(["run", "--skip", "data"], { cwd: root, env });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        "⚠️ nothing was checked; data, model and package skipped (see above) — a run must check something; fix a skipped part, or pass --allow-empty.",
      );
      expect(result.stderr).toContain("model   – skipped  no Python on PATH");
      expect(readReport(root).model).toBeNull();
    });

    it("--allow-empty: exit 0", async () => {
      const result = await runCli(["run", "--skip", "data", "--allow-empty"], { cwd: root, env });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain("⚠️ nothing was checked; data, model and package skipped (see above).");
    });
  });

  it("with a config too broken to load: exit 2, and the earlier run's report removed", async () => {
    const root = copyExample();
    writeFileSync(join(root, "slipway-report.json"), '{"from": "an earlier run"}');
    writeFileSync(join(root, ".github", "slipway.yml"), "version: 1\nmodle: {}\n");
    const result = await runCli(["run"], { cwd: root, env: { PATH: "" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("modle");
    expect(() => readReport(root)).toThrow();
  });

  it("bad usage: an unknown part to skip", async () => {
    const result = await runCli(["run", "--skip", "model,tests"], { cwd: copyExample(), env: { PATH: "" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'slipway: --skip: "tests" is not a part; use data, model, package (comma-separated).\n',
    );
  });
});
