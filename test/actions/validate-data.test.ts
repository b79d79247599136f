import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { runActionStep } from "../helpers/run-action-step.js";

const root = join(import.meta.dirname, "..", "..");
const bundle = join(root, "dist", "validate-data", "index.js");

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "slipway-ws-"));
  mkdirSync(join(dir, "data"));
  writeFileSync(join(dir, "data", "people.csv"), "id,age\n1,34\n2,-1\n3,40\n");
  writeFileSync(
    join(dir, "data", "people.schema.yaml"),
    "fields:\n  - { name: id, type: integer, constraints: { unique: true } }\n  - { name: age, type: integer, constraints: { minimum: 0 } }\n",
  );
  return dir;
}

describe("validate-data action (the bundled step, as the runner runs it)", () => {
  it("fails the step on invalid data, with outputs, a job summary, an annotation on the line, and the report", () => {
    const dir = workspace();
    const run = runActionStep(
      bundle,
      {
        data: "data/people.csv",
        schema: "data/people.schema.yaml",
        "fail-on": "error",
        "report-path": "out/slipway-report.json",
      },
      {
        GITHUB_WORKSPACE: dir,
        GITHUB_SHA: "abc123",
        GITHUB_REPOSITORY: "acme/churn",
        GITHUB_RUN_ID: "42",
        GITHUB_WORKFLOW: "ml",
      },
    );
    expect(run.status).toBe(1);
    expect(run.outputs).toEqual({ valid: "false", "report-path": join(dir, "out", "slipway-report.json") });
    expect(run.annotations).toEqual([
      {
        level: "error",
        properties: { title: "Slipway: data/people.csv: age.minimum", file: "data/people.csv", line: "3" },
        message: "minimum on column age: 1 unexpected (33.33%); expected 0; rows 2",
      },
      expect.objectContaining({ level: "error", message: expect.stringMatching(/^Data validation failed/) }),
    ]);
    expect(run.summary).toContain("❌ Data: data/people.csv");
    expect(run.summary).toContain("age.minimum");
    const report = JSON.parse(readFileSync(join(dir, "out", "slipway-report.json"), "utf8"));
    expect(report).toMatchObject({
      schema: "slipway/report@1",
      commit: "abc123",
      repository: "acme/churn",
      passed: false,
      run: { id: 42, workflow: "ml" },
    });
    expect(report.data[0].checks.find((c: { id: string }) => c.id === "age.minimum").samples).toEqual([
      { row: 2, value: "-1" },
    ]);
  });

  it("passes under fail-on: never while still reporting valid=false", () => {
    const dir = workspace();
    const run = runActionStep(
      bundle,
      { data: "data/people.csv", schema: "data/people.schema.yaml", "fail-on": "never" },
      { GITHUB_WORKSPACE: dir },
    );
    expect(run.status).toBe(0);
    expect(run.outputs.valid).toBe("false");
  });

  it("fail-on empty: each dataset's fail-on from the config decides; an input overrides it", () => {
    const dir = workspace();
    mkdirSync(join(dir, ".github"));
    writeFileSync(
      join(dir, ".github", "slipway.yml"),
      "version: 1\ndata:\n  - { name: people, path: data/people.csv, schema: data/people.schema.yaml, fail-on: never }\n",
    );
    const byConfig = runActionStep(bundle, { config: ".github/slipway.yml" }, { GITHUB_WORKSPACE: dir });
    expect(byConfig.status).toBe(0);
    expect(byConfig.outputs.valid).toBe("false");
    const byInput = runActionStep(
      bundle,
      { config: ".github/slipway.yml", "fail-on": "error" },
      { GITHUB_WORKSPACE: dir },
    );
    expect(byInput.status).toBe(1);
    // The composite passes its inputs on: a default there would hide the config again.
    const action = parse(readFileSync(join(root, "actions", "validate-data", "action.yml"), "utf8"));
    expect(action.inputs["fail-on"].default).toBe("");
  });

  it("reads the datasets from .github/slipway.yml when no data input is given", () => {
    const dir = workspace();
    mkdirSync(join(dir, ".github"));
    writeFileSync(
      join(dir, ".github", "slipway.yml"),
      "version: 1\ndata:\n  - { name: people, path: data/people.csv, fail-on: never }\n",
    );
    const run = runActionStep(bundle, { config: ".github/slipway.yml" }, { GITHUB_WORKSPACE: dir });
    expect(run.status).toBe(0);
    expect(run.outputs.valid).toBe("true");
    expect(run.summary).toContain("Data: people");
  });

  it("fails with one clear line for a bad input", () => {
    const dir = workspace();
    const run = runActionStep(
      bundle,
      { data: "data/missing.csv", "fail-on": "sometimes" },
      { GITHUB_WORKSPACE: dir },
    );
    expect(run.status).toBe(1);
    expect(run.annotations).toEqual([
      {
        level: "error",
        properties: {},
        message: 'fail-on: must be error, warning or never, not "sometimes".',
      },
    ]);
    expect(run.stderr).toBe("");
  });
});

describe("the composite action's engine install (DuckDB is not in dist/)", () => {
  let toolCache: string;
  beforeAll(() => {
    toolCache = mkdtempSync(join(tmpdir(), "slipway-toolcache-"));
  });

  it("installs the pinned engine into the tool cache, and the bundle runs from outside the repository with it", () => {
    const action = parse(readFileSync(join(root, "actions", "validate-data", "action.yml"), "utf8"));
    const installer = join(root, "actions", "setup-engine", "install-engine.mjs");
    expect(action.runs.steps[0].run).toContain("setup-engine/install-engine.mjs");
    const envFile = join(toolCache, "env");
    writeFileSync(envFile, "");
    execFileSync(process.execPath, [installer], {
      env: { ...process.env, RUNNER_TOOL_CACHE: toolCache, GITHUB_ENV: envFile },
      stdio: "pipe",
    });
    const prefix = /SLIPWAY_DUCKDB_PREFIX=(.+)/.exec(readFileSync(envFile, "utf8"))?.[1];
    const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies[
      "@duckdb/node-api"
    ];
    expect(prefix).toContain(`slipway-duckdb/${pinned}-${process.platform}-${process.arch}`);
    expect(existsSync(join(prefix!, "node_modules", "@duckdb", "node-api", "package.json"))).toBe(true);

    // A second run in the same job reuses it.
    const again = execFileSync(process.execPath, [installer], {
      env: { ...process.env, RUNNER_TOOL_CACHE: toolCache, GITHUB_ENV: envFile },
    });
    expect(String(again)).toContain("already in");

    // The bundle copied where no node_modules can be found, as GitHub checks out an action.
    const away = mkdtempSync(join(tmpdir(), "slipway-action-copy-"));
    cpSync(join(root, "dist", "validate-data"), join(away, "validate-data"), { recursive: true });
    const dir = workspace();
    const run = runActionStep(
      join(away, "validate-data", "index.js"),
      { data: "data/people.csv", "fail-on": "error" },
      { GITHUB_WORKSPACE: dir, SLIPWAY_DUCKDB_PREFIX: prefix! },
    );
    expect(run.stderr).toBe("");
    expect(run.outputs.valid).toBe("true");
  }, 180_000);
});
