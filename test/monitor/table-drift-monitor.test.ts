/**
 * A monitor run measures drift on a PostgreSQL table (summarised inside the database) against a
 * reference file and against a reference table: drift_share enters the history, the report carries
 * the drift, and the retrain is planned once, when the drift starts.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import pg from "pg";
import { configSchema } from "../../src/config/schema.js";
import { openDuckDB } from "../../src/data/duckdb.js";
import { emptyHistory } from "../../src/monitor/history.js";
import { runMonitor } from "../../src/monitor/run-monitor.js";
import { loadTable, postgresRequired, postgresUnreachable, postgresUrl } from "../helpers/test-postgres.js";

const problem = await postgresUnreachable();
const schema = `slipway_monitor_drift_${process.pid}`;
const START = Date.parse("2026-11-16T06:00:00Z");
const at = (day: number) => new Date(START + (day - 1) * 24 * 3600 * 1000);
const COLUMNS = [
  { name: "amount", type: "double precision" },
  { name: "region", type: "text" },
];
const rows = (shift: number) =>
  Array.from({ length: 300 }, (_, i) => [String((i % 100) + shift), ["n", "s", "e"][i % 3]!]);

if (problem && !postgresRequired) {
  console.log(`Skipping monitor table drift: no PostgreSQL at ${postgresUrl} (${problem}).`);
  describe.skip("monitor table drift (no PostgreSQL server reachable)", () => {
    it("needs a server", () => {});
  });
} else {
  let client: pg.Client;
  let dir: string;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    await loadTable(client, `${schema}.scores_reference`, COLUMNS, rows(0));
    dir = mkdtempSync(join(tmpdir(), "slipway-monitor-drift-"));
    writeFileSync(
      join(dir, "reference.csv"),
      ["amount,region", ...rows(0).map((r) => r.join(","))].join("\n"),
    );
  });
  afterAll(async () => {
    await client?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client?.end();
  });

  describe("monitor drift on a table", () => {
    for (const reference of ["reference.csv", `postgres:${schema}.scores_reference`]) {
      it(`plans the retrain once when drift starts (reference: a ${reference.startsWith("postgres:") ? "table" : "file"})`, async () => {
        const config = configSchema.parse({
          data: [
            {
              name: "scores",
              source: { postgres: { "url-env": "MONITOR_DATABASE_URL", table: `${schema}.scores` } },
              reference,
            },
          ],
          monitor: { metrics: ["rows", "drift"], retrain: { when: ["drift"], workflow: "retrain.yml" } },
        });
        let history = emptyHistory();
        const seen: { share: number | undefined; drifted: boolean | null; retrain: string | null }[] = [];
        for (const [day, shift] of [0, 0, 60, 60].entries()) {
          await loadTable(client, `${schema}.scores`, COLUMNS, rows(shift));
          const result = await runMonitor(config, history, {
            now: at(day + 1),
            cwd: dir,
            env: { MONITOR_DATABASE_URL: postgresUrl },
            openDuckDB,
            github: null,
            configFile: ".github/slipway.yml",
          });
          history = result.history;
          const measured = result.run.datasets.scores!;
          seen.push({
            share: measured.metrics.drift_share,
            drifted: measured.drifted,
            retrain: result.retrain?.reason ?? null,
          });
        }
        expect(seen).toEqual([
          { share: 0, drifted: false, retrain: null },
          { share: 0, drifted: false, retrain: null },
          {
            share: 0.5,
            drifted: true,
            retrain: `slipway monitor at ${at(3).toISOString()}: drift in scores`,
          },
          { share: 0.5, drifted: true, retrain: null },
        ]);
        expect(history.runs.map((run) => run.datasets.scores!.metrics.rows)).toEqual([300, 300, 300, 300]);
      }, 60_000);
    }
  });
}
