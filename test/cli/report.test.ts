import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { emptyReport, mergeReport } from "../../src/report/merge-report.js";
import type { ModelReport } from "../../src/report/types.js";
import { runCli } from "../helpers/run-cli.js";

function model(f1: number, passed = true): ModelReport {
  return {
    passed,
    tests: { passed: 3, failed: 0, skipped: 0, failures: [] },
    metrics: { f1, accuracy: f1 + 0.02 },
    baseline: null,
    baseline_ref: null,
    rules: [{ metric: "f1", rule: "min", threshold: 0.8, value: f1, passed: f1 >= 0.8 }],
    params: { C: 1 },
    params_baseline: {},
  };
}

describe("slipway report render", () => {
  const dir = mkdtempSync(join(tmpdir(), "slipway-render-"));
  const write = (name: string, content: unknown) => writeFileSync(join(dir, name), JSON.stringify(content));
  write(
    "slipway-report-logreg.json",
    mergeReport(emptyReport({ commit: "a".repeat(40) }), { model: model(0.93) }),
  );
  write(
    "slipway-report-forest.json",
    mergeReport(emptyReport({ commit: "a".repeat(40) }), { model: model(0.71, false) }),
  );

  it("renders one report as the comment the app posts", async () => {
    const run = await runCli(["report", "render", "slipway-report-logreg.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^### ✅ Slipway/);
    expect(run.stdout).toContain("0.93");
  });

  it("renders variants side by side, named by their files", async () => {
    const run = await runCli(
      ["report", "render", "slipway-report-logreg.json", "slipway-report-forest.json"],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^### ❌ Slipway/);
    expect(run.stdout).toMatch(/variant logreg/);
    expect(run.stdout).toMatch(/variant forest/);
  });

  it("refuses a report that is not one, or of a version it does not know", async () => {
    write("bad.json", { schema: "slipway/report@1", passed: "yes" });
    write("future.json", { schema: "slipway/report@2" });
    const bad = await runCli(["report", "render", "bad.json"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json/);
    const future = await runCli(["report", "render", "future.json"], { cwd: dir });
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/future\.json: uses the report format "slipway\/report@2"/);
    const missing = await runCli(["report", "render", "nope.json"], { cwd: dir });
    expect(missing.code).toBe(2);
  });
});
