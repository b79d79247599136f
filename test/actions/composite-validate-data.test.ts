/**
 * actions/validate-data run as a composite, as the runner runs it: the engine-install steps for real
 * into a temporary tool cache (restored by the actions/cache stand-in in a later job), then the
 * bundled step with node, its outputs through the action's outputs.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { type CacheStore, cacheStore, standardStandIns } from "../helpers/composite/stand-ins.js";
import { runCompositeAction } from "../helpers/composite-runner.js";

const root = join(import.meta.dirname, "..", "..");
const action = join(root, "actions", "validate-data");
const engineVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies[
  "@duckdb/node-api"
] as string;

function workspace(ages: number[]): string {
  const dir = mkdtempSync(join(tmpdir(), "slipway-ws-"));
  mkdirSync(join(dir, "data"));
  mkdirSync(join(dir, ".github"));
  writeFileSync(
    join(dir, "data", "people.csv"),
    `id,age\n${ages.map((age, i) => `${i + 1},${age}`).join("\n")}\n`,
  );
  writeFileSync(
    join(dir, "data", "people.schema.yaml"),
    "fields:\n  - { name: id, type: integer, constraints: { unique: true } }\n  - { name: age, type: integer, constraints: { minimum: 0 } }\n",
  );
  writeFileSync(
    join(dir, ".github", "slipway.yml"),
    "data:\n  - name: people\n    path: data/people.csv\n    schema: data/people.schema.yaml\n",
  );
  return dir;
}

/** One job: a fresh runner (its own tool cache) sharing the repository's cache store. */
function job(ws: string, cache: CacheStore, inputs: Record<string, string> = {}) {
  const toolCache = mkdtempSync(join(tmpdir(), "slipway-tool-cache-"));
  const standIns = standardStandIns({ cache, artifacts: mkdtempSync(join(tmpdir(), "slipway-artifacts-")) });
  return {
    toolCache,
    run: runCompositeAction({
      action,
      workspace: ws,
      inputs,
      standIns,
      runner: { tool_cache: toolCache },
      github: { sha: "a".repeat(40), repository: "acme/churn", run_id: "42" },
    }),
  };
}

describe("actions/validate-data as a composite", () => {
  it("installs the engine into the tool cache, validates the config's datasets, and passes", async () => {
    const ws = workspace([34, 51, 40]);
    const { toolCache, run: running } = job(ws, cacheStore());
    const run = await running;
    expect(run.steps.map((s) => [s.id ?? s.name, s.conclusion])).toEqual([
      ["engine", "success"],
      ["actions/cache@v4", "success"],
      [expect.stringContaining("install-engine.mjs"), "success"],
      ["validate", "success"],
    ]);
    expect(run.passed).toBe(true);
    expect(run.outputs).toEqual({ valid: "true", "report-path": join(ws, "slipway-report.json") });
    // The bundled step found the engine the install step put in this runner's tool cache.
    const prefix = run.steps[3]!.env!.SLIPWAY_DUCKDB_PREFIX!;
    expect(prefix).toBe(
      join(toolCache, "slipway-duckdb", `${engineVersion}-${process.platform}-${process.arch}`),
    );
    expect(existsSync(join(prefix, "node_modules", "@duckdb", "node-api", "package.json"))).toBe(true);
    expect(run.steps[0]!.outputs).toEqual({ version: engineVersion, prefix });
    expect(run.summary).toContain("#### ✅ Data: people");
    const report = JSON.parse(readFileSync(join(ws, "slipway-report.json"), "utf8"));
    expect(report).toMatchObject({
      commit: "a".repeat(40),
      repository: "acme/churn",
      passed: true,
      data: [{ dataset: "people", rows: 3, valid: true }],
    });
  });

  it("fails on invalid data given as inputs: valid=false, an annotation on the row, the report kept", async () => {
    const ws = workspace([34, -1, 40]);
    const run = await job(ws, cacheStore(), {
      data: "data/people.csv",
      schema: "data/people.schema.yaml",
      "report-path": "out/report.json",
    }).run;
    expect(run.passed).toBe(false);
    expect(run.steps.at(-1)).toMatchObject({ id: "validate", outcome: "failure", exitCode: 1 });
    expect(run.outputs).toEqual({ valid: "false", "report-path": join(ws, "out", "report.json") });
    expect(run.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: "error",
          properties: expect.objectContaining({ file: "data/people.csv", line: "3" }),
        }),
      ]),
    );
    expect(JSON.parse(readFileSync(join(ws, "out", "report.json"), "utf8")).passed).toBe(false);
  });

  it("fail-on: never reports invalid data without failing", async () => {
    const run = await job(workspace([-5]), cacheStore(), { "fail-on": "never" }).run;
    expect(run.passed).toBe(true);
    expect(run.outputs.valid).toBe("false");
  });

  it("a later job restores the engine from the cache, keyed by OS, arch and version, and installs nothing", async () => {
    const cache = cacheStore();
    const first = await job(workspace([1]), cache).run;
    expect(first.passed).toBe(true);
    const second = job(workspace([2]), cache);
    const run = await second.run;
    expect(run.passed).toBe(true);
    const key = `slipway-duckdb-Linux-${process.arch === "arm64" ? "ARM64" : "X64"}-${engineVersion}`;
    expect(cache.events.map((e) => [e.kind, e.key])).toEqual([
      ["miss", key],
      ["save", key],
      ["hit", key],
    ]);
    expect(run.steps[1]!.outputs).toEqual({ "cache-hit": "true" });
    expect(run.steps[2]!.stdout).toContain(`DuckDB engine ${engineVersion} already in ${second.toolCache}`);
  });
});
