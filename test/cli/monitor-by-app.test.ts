/**
 * `slipway monitor` with `monitor.by: app`: the run is measured and written to the run file the
 * workflow uploads; GitHub is never called (the app acts), even with a token in the environment.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parseMonitorRun } from "../../src/monitor/monitor-run-file.js";
import { runCli } from "../helpers/run-cli.js";

describe("slipway monitor, monitor.by: app", () => {
  it("writes the run file and leaves issues and retraining to the app", async () => {
    const dir = mkdtempSync(join(tmpdir(), "slipway-monitor-app-"));
    mkdirSync(join(dir, ".github"), { recursive: true });
    mkdirSync(join(dir, "data"), { recursive: true });
    writeFileSync(
      join(dir, ".github/slipway.yml"),
      `version: 1
data:
  - name: scores
    path: data/scores.csv
monitor:
  by: app
  metrics: [rows]
  limits: { min-rows: 10 }
  retrain: { when: [anomaly], workflow: retrain.yml }
`,
    );
    writeFileSync(join(dir, "data/scores.csv"), "id,score\n1,0.1\n2,0.2\n3,0.3\n");
    // A token and an API nobody answers: a call to GitHub would fail the command (exit 2).
    const env = { GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "acme/churn", GITHUB_API_URL: "http://127.0.0.1:9" };
    const run = await runCli(["monitor", "--history", "h.json", "--run-file", "run.json"], { cwd: dir, env });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("volume: rows = 3, fewer rows than min-rows 10");
    expect(run.stdout).toContain(
      "monitor.by: app — the Slipway app judges this run against its store and acts",
    );
    const measured = parseMonitorRun(readFileSync(join(dir, "run.json"), "utf8"), "run.json");
    expect(measured.datasets).toEqual({ scores: { metrics: { rows: 3 }, failedChecks: [], drifted: null } });
  });
});
