/**
 * The orchestration on a small real repository: real DuckDB for the data and the predictions'
 * metrics, real files; only what this machine must not decide (which Python exists, which
 * container builder, whether a registry answers) comes from stand-ins, so each branch — skip,
 * strict, not built after a failure — is reached on purpose.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { loadConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/errors.js";
import type { Builder } from "../../src/package/builders/builder.js";
import { PackageError } from "../../src/package/errors.js";
import { emptyReport, mergeReport } from "../../src/report/merge-report.js";
import type { EnsureImages } from "../../src/run/base-images.js";
import { defaultRunSeams } from "../../src/run/default-seams.js";
import { PartNotRunError } from "../../src/run/part-not-run-error.js";
import type { ProbePython } from "../../src/run/probe-python.js";
import { type RunOptions, type RunSeams, runPipeline } from "../../src/run/run-pipeline.js";
import { modelReport } from "../app/helpers/build-report.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const PREDICTIONS = ["y,y_pred,p_1", "1,1,0.9", "0,0,0.2", "1,0,0.4", "0,0,0.1", "1,1,0.8"].join("\n");

function repo(config: string, extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "slipway-run-pipeline-"));
  made.push(root);
  const files: Record<string, string> = {
    ".github/slipway.yml": config,
    "data/train.csv": "id,age\n1,30\n2,41\n3,25\n",
    "data/train.schema.yaml":
      "fields:\n  - { name: id, type: integer, constraints: { unique: true } }\n  - { name: age, type: integer, constraints: { minimum: 0 } }\n",
    "reports/predictions.csv": `${PREDICTIONS}\n`,
    "models/model.joblib": "not really a model: the build is never reached here\n",
    ...extra,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const DATA = "data: [{ name: train, path: data/train.csv, schema: data/train.schema.yaml }]\n";
const MODEL = (min: number) =>
  `model:\n  predictions: { path: reports/predictions.csv, task: classification, positive: 1, probabilities: [p_1] }\n  rules: { accuracy: { min: ${min} } }\n`;
const PACKAGE = "package: { name: demo, model: models/model.joblib }\n";
const WITH_COMMANDS =
  "model:\n  evaluate: python evaluate.py\n  predictions: { path: reports/predictions.csv, task: classification }\n";

const noPython: ProbePython = async (command) => ({ error: `${command} could not be started` });
const unusableBuilder = { name: "buildah" } as Builder; // the build itself is never reached in these tests

function seams(overrides: Partial<RunSeams> = {}): RunSeams & { sqlOpened: () => number } {
  let opened = 0;
  const real = defaultRunSeams();
  return {
    ...real,
    openSql: () => {
      opened += 1;
      return real.openSql();
    },
    probePython: noPython,
    detectBuilder: async () => unusableBuilder,
    ensureImages: async () => ({ ready: true, pulled: [] }),
    ...overrides,
    sqlOpened: () => opened,
  };
}

function options(root: string, extra: Partial<RunOptions> = {}): RunOptions {
  return {
    loaded: loadConfig({ cwd: root }),
    reportPath: join(root, "slipway-report.json"),
    meta: { commit: "a".repeat(40) },
    now: new Date("2026-11-28T12:00:00Z"),
    env: { PATH: "" },
    strict: false,
    ...extra,
  };
}

const readReport = (root: string) => JSON.parse(readFileSync(join(root, "slipway-report.json"), "utf8"));

describe("runPipeline", () => {
  it("runs data and model, packages nothing without a section, and starts the report afresh", async () => {
    const root = repo(DATA + MODEL(0.5));
    // A report left by an earlier run must not leak into this one.
    writeFileSync(
      join(root, "slipway-report.json"),
      JSON.stringify(mergeReport(emptyReport(), { model: modelReport() })),
    );
    const result = await runPipeline(options(root), seams());
    expect(result.parts.map((part) => [part.part, part.status])).toEqual([
      ["data", "passed"],
      ["model", "passed"],
      ["package", "off"],
    ]);
    expect(result).toMatchObject({ passed: true, exitCode: 0, python: null, builder: null });
    const report = readReport(root);
    expect(report.commit).toBe("a".repeat(40));
    expect(report.data.map((data: { dataset: string }) => data.dataset)).toEqual(["train"]);
    // 4 of the 5 predictions are right: the model's accuracy is computed, not the stale report's.
    expect(report.model.metrics.accuracy).toBeCloseTo(4 / 5, 12);
    expect(report.model.metrics).not.toHaveProperty("f1_macro", 0.88);
    expect(report).toEqual(result.report);
  });

  it("a failed rule fails the run (exit 1) and the image is not built", async () => {
    const root = repo(DATA + MODEL(0.95) + PACKAGE);
    const progress: string[] = [];
    const result = await runPipeline(options(root, { onProgress: (line) => progress.push(line) }), seams());
    expect(result.parts.find((part) => part.part === "package")).toEqual({
      part: "package",
      status: "skipped",
      reason: "not built: model failed",
      next: "Fix the failures above; `slipway package` builds the image regardless.",
    });
    expect(result).toMatchObject({ passed: false, exitCode: 1 });
    expect(progress).toContain("package: not built — model failed");
    expect(readReport(root)).toMatchObject({ passed: false, package: null });
  });

  describe("on a machine without Python", () => {
    const requirements = { "requirements.txt": "scikit-learn>=1.2\n", "evaluate.py": "print('hi')\n" };

    it("skips the model and the image built from it, says why and what to do, and still validates the data", async () => {
      const root = repo(DATA + WITH_COMMANDS + PACKAGE, requirements);
      const result = await runPipeline(options(root), seams());
      expect(result.parts.map((part) => [part.part, part.status])).toEqual([
        ["data", "passed"],
        ["model", "skipped"],
        ["package", "skipped"],
      ]);
      expect(result.parts[1]).toEqual({
        part: "model",
        status: "skipped",
        reason: "no Python on PATH (looked for python3 and python)",
        next: "Install Python 3, then: python3 -m venv .venv && .venv/bin/python -m pip install -r requirements.txt (slipway run then uses .venv); or name a Python that has them: slipway run --python PATH (or SLIPWAY_PYTHON=PATH).",
      });
      expect(result.parts[2]).toMatchObject({ reason: expect.stringContaining("the model was not trained") });
      expect(result).toMatchObject({ passed: true, exitCode: 0 });
      expect(readReport(root)).toMatchObject({ model: null, package: null, data: [expect.anything()] });
    });

    it("strict: an error before any data is read, and no report", async () => {
      const root = repo(DATA + WITH_COMMANDS, requirements);
      const run = seams();
      const attempt = runPipeline(options(root, { strict: true }), run);
      await expect(attempt).rejects.toThrow(PartNotRunError);
      await expect(attempt).rejects.toThrow("model: cannot run here: no Python on PATH");
      expect(run.sqlOpened()).toBe(0);
      expect(existsSync(join(root, "slipway-report.json"))).toBe(false);
    });

    it("without a requirements file the commands run as they are: nothing is probed", async () => {
      const root = repo(`model:\n  evaluate: "true"\n${MODEL(0.5).split("\n").slice(1).join("\n")}`);
      let probed = 0;
      const result = await runPipeline(
        options(root, { env: { PATH: "/usr/bin:/bin" } }),
        seams({
          probePython: async (command, requirements, env) => {
            probed += 1;
            return noPython(command, requirements, env);
          },
        }),
      );
      expect(probed).toBe(0);
      expect(result.parts.find((part) => part.part === "model")?.status).toBe("passed");
    });
  });

  describe("packaging on a machine that cannot build", () => {
    it("no builder: skipped with how to get one; strict: an error before anything ran", async () => {
      const noBuilder = async () => {
        throw new PackageError("no-builder", "no container builder found.");
      };
      const root = repo(DATA + MODEL(0.5) + PACKAGE);
      const result = await runPipeline(options(root), seams({ detectBuilder: noBuilder }));
      expect(result.parts[2]).toMatchObject({
        status: "skipped",
        reason: "no container builder here (looked for docker with buildx, buildah and podman)",
        next: expect.stringContaining("https://docs.docker.com/engine/install/"),
      });
      const strict = seams({ detectBuilder: noBuilder });
      await expect(runPipeline(options(root, { strict: true }), strict)).rejects.toThrow(
        "package: cannot run here",
      );
      expect(strict.sqlOpened()).toBe(0);
    });

    it("a base image that cannot be pulled: skipped naming the image, after checking the images the plan builds from", async () => {
      const asked: string[][] = [];
      const offline: EnsureImages = async (_builder, images) => {
        asked.push([...images]);
        return {
          ready: false,
          image: images[0]!,
          detail: "dial tcp: lookup registry-1.docker.io: no such host",
        };
      };
      const root = repo(DATA + MODEL(0.5) + PACKAGE);
      const result = await runPipeline(options(root), seams({ ensureImages: offline }));
      expect(asked).toEqual([["docker.io/library/python:3.12-slim"]]);
      expect(result.parts[2]).toMatchObject({
        status: "skipped",
        reason:
          "buildah cannot get the base image docker.io/library/python:3.12-slim (dial tcp: lookup registry-1.docker.io: no such host)",
      });
      await expect(
        runPipeline(options(root, { strict: true }), seams({ ensureImages: offline })),
      ).rejects.toThrow(PartNotRunError);
    });
  });

  it("--skip leaves parts out without probing for them", async () => {
    const root = repo(DATA + WITH_COMMANDS + PACKAGE, { "requirements.txt": "x\n" });
    const result = await runPipeline(
      options(root, { skip: ["model", "package"], strict: true }),
      seams({ detectBuilder: async () => Promise.reject(new Error("must not be called")) }),
    );
    expect(result.parts.map((part) => [part.part, part.status])).toEqual([
      ["data", "passed"],
      ["model", "skipped"],
      ["package", "skipped"],
    ]);
  });

  it("a config that asks for nothing is an error that says what to add", async () => {
    const root = repo("version: 1\n");
    await expect(runPipeline(options(root), seams())).rejects.toThrow(ConfigError);
    await expect(runPipeline(options(root), seams())).rejects.toThrow("asks for nothing to run");
  });
});
