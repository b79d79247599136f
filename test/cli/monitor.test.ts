/**
 * `slipway monitor` on files: the history file is read, extended and written back run after run;
 * limits and custom SQL metrics are judged; without a GitHub token the issue actions are planned
 * and said, not sent; bad input stops with exit 2 and one message.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "@jest/globals";
import { runCli } from "../helpers/run-cli.js";

let dir: string;

function writeRepo(monitor: string, rows = 5): void {
  mkdirSync(join(dir, ".github"), { recursive: true });
  writeFileSync(
    join(dir, ".github/slipway.yml"),
    `version: 1
data:
  - name: scores
    path: data/scores.csv
monitor:
${monitor}
`,
  );
  mkdirSync(join(dir, "data"), { recursive: true });
  const lines = ["id,score,created_at"];
  for (let i = 1; i <= rows; i++) lines.push(`${i},${i % 2 === 0 ? "" : i / 10},2026-11-2${i % 8}T10:00:00Z`);
  writeFileSync(join(dir, "data/scores.csv"), lines.join("\n"));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "slipway-monitor-cli-"));
});

describe("slipway monitor", () => {
  it("writes the history, judges limits and custom SQL metrics, plans issues without a token", async () => {
    writeRepo(`  metrics: [rows, rows-since-last, null-share, { name: high_scores, sql: "SELECT count(*) FROM dataset WHERE score > 0.2" }]
  limits: { min-rows: 10 }`);
    const first = await runCli(["monitor", "--history", "history.json"], { cwd: dir });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("✗ scores: 5 rows");
    expect(first.stdout).toContain("volume: rows = 5, fewer rows than min-rows 10; limit 10");
    expect(first.stdout).toContain("issue create: scores (volume) — not sent (no GitHub token)");
    const history = JSON.parse(readFileSync(join(dir, "history.json"), "utf8"));
    expect(history.schema).toBe("slipway/monitor-history@1");
    expect(history.runs).toHaveLength(1);
    expect(history.runs[0].datasets.scores.metrics).toEqual({
      rows: 5,
      "null_share.id": 0,
      "null_share.score": 0.4,
      "null_share.created_at": 0,
      "custom.high_scores": 2,
    });

    writeRepo(
      `  metrics: [rows, rows-since-last]
  limits: { min-rows: 10 }`,
      12,
    );
    const second = await runCli(["monitor", "--history", "history.json", "--json"], { cwd: dir });
    expect(second.code).toBe(0);
    const shown = JSON.parse(second.stdout);
    expect(shown.run.datasets.scores.metrics).toEqual({ rows: 12, rows_since_last: 7 });
    expect(shown.problems).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, "history.json"), "utf8")).runs).toHaveLength(2);
  });

  it("stops with exit 2 on a history file that is not one, and keeps it", async () => {
    writeRepo("  metrics: [rows]");
    writeFileSync(join(dir, "history.json"), '{"runs": "oops"}');
    const run = await runCli(["monitor", "--history", "history.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^slipway: history\.json: is not a monitor history/);
    expect(readFileSync(join(dir, "history.json"), "utf8")).toBe('{"runs": "oops"}');
  });

  it("names the monitor.datasets entry that names no dataset", async () => {
    writeRepo("  datasets: [scores, orders]");
    const run = await runCli(["monitor", "--history", "history.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'monitor.datasets[1]: names no dataset under data: ("orders"; datasets: scores).',
    );
  });

  it("names the environment variable a table's URL should be in", async () => {
    mkdirSync(join(dir, ".github"), { recursive: true });
    writeFileSync(
      join(dir, ".github/slipway.yml"),
      "data:\n  - name: orders\n    source: { postgres: { url-env: ORDERS_URL, table: public.orders } }\nmonitor: {}\n",
    );
    const run = await runCli(["monitor", "--history", "h.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'data "orders": the environment variable ORDERS_URL is not set; set it to the database URL (a repository secret in CI).',
    );
  });
});
