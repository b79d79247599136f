/**
 * Ten simulated days of a monitor against real PostgreSQL tables, with the history built run by
 * run: an injected volume drop (orders), a stale table (events) and a NULL-rate jump (customers)
 * on day 8 each open one issue on the GitHub double (through the @octokit/rest adapter, checked
 * against GitHub's OpenAPI description), are updated on day 9 while they last — no duplicates —
 * and closed with a comment on day 10 when the data recovers. A drifting file dispatches the
 * retrain workflow once, not on every run the drift lasts.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import pg from "pg";
import { configSchema } from "../../src/config/schema.js";
import { openDuckDB } from "../../src/data/duckdb.js";
import { octokitMonitorGitHub } from "../../src/github/octokit-monitor-github.js";
import { emptyHistory, parseHistory, serialiseHistory } from "../../src/monitor/history.js";
import { type MonitorResult, runMonitor } from "../../src/monitor/run-monitor.js";
import type { MonitorHistory } from "../../src/monitor/types.js";
import { type DoubleIssue, GitHubDouble } from "../helpers/github/github-double.js";
import { postgresRequired, postgresUnreachable, postgresUrl } from "../helpers/test-postgres.js";

const problem = await postgresUnreachable();
const schema = `slipway_monitor_${process.pid}`;
const DAY = 24 * 3600 * 1000;
const START = Date.parse("2026-11-16T06:00:00Z");
const at = (day: number) => new Date(START + (day - 1) * DAY);
const REPO = { id: 4201, owner: "acme", name: "churn" };

if (problem && !postgresRequired) {
  console.log(
    `Skipping the monitor run: no PostgreSQL at ${postgresUrl} (${problem}). Run .ci/setup-postgres.`,
  );
  describe.skip("runMonitor (no PostgreSQL server reachable)", () => {
    it("needs a server", () => {});
  });
} else {
  let client: pg.Client;
  let github: GitHubDouble;
  let dir: string;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    for (const table of ["orders", "events", "customers"]) {
      await client.query(
        `CREATE TABLE ${schema}.${table} (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL, email text)`,
      );
    }
    github = await GitHubDouble.start();
    github.addRepo(REPO);
    dir = mkdtempSync(join(tmpdir(), "slipway-monitor-"));
  });
  afterAll(async () => {
    await client?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client?.end();
    await github?.close();
  });

  /** `count` rows spread over the day before `until` (the last a minute before it), every `nullEvery`th email NULL. */
  const insert = (table: string, count: number, until: Date, nullEvery = 0) =>
    client.query(
      `INSERT INTO ${schema}.${table} (created_at, email)
       SELECT $1::timestamptz - interval '1 minute' - (i * interval '1 day' / $2::int),
              CASE WHEN $3::int > 0 AND i % $3::int = 0 THEN NULL ELSE 'user' || i || '@example.com' END
       FROM generate_series(0, $2::int - 1) AS i`,
      [until.toISOString(), count, nullEvery],
    );

  const config = configSchema.parse({
    data: ["orders", "events", "customers"].map((name) => ({
      name,
      source: { postgres: { "url-env": "MONITOR_DATABASE_URL", table: `${schema}.${name}` } },
    })),
    monitor: {
      metrics: ["rows", "rows-since-last", { freshness: "created_at" }, "null-share"],
      limits: { "max-staleness": "12h" },
      "min-history": 5,
    },
  });

  const runDay = (day: number, history: MonitorHistory): Promise<MonitorResult> =>
    runMonitor(config, history, {
      now: at(day),
      cwd: dir,
      env: { MONITOR_DATABASE_URL: postgresUrl },
      openDuckDB,
      github: octokitMonitorGitHub({
        token: "test-token",
        owner: "acme",
        repo: "churn",
        baseUrl: github.url,
      }),
      configFile: ".github/slipway.yml",
    });

  describe("runMonitor over ten simulated days", () => {
    it("flags the volume drop, the stale table and the NULL jump, updates their issues, closes them on recovery", async () => {
      let history = emptyHistory();
      const results: MonitorResult[] = [];
      const opened: DoubleIssue[] = [];
      const updated: DoubleIssue[] = [];
      for (let day = 1; day <= 10; day++) {
        const broken = day === 8 || day === 9;
        await insert("orders", broken ? 200 : 1000 + ((day * 37) % 50) - 25, at(day));
        if (!broken) await insert("events", 500, at(day));
        await insert("customers", 1000, at(day), broken ? 2 : 50);
        // Day 10: the team backfilled the emails lost on days 8–9 (the usual 2% stay NULL).
        if (day === 10) {
          const window = [at(7).toISOString(), at(9).toISOString()];
          const lost = `created_at > $1 AND created_at < $2`;
          await client.query(
            `UPDATE ${schema}.customers SET email = 'backfilled@example.com' WHERE ${lost}`,
            window,
          );
          await client.query(
            `UPDATE ${schema}.customers SET email = NULL WHERE id IN (SELECT id FROM ${schema}.customers WHERE ${lost} ORDER BY id LIMIT 40)`,
            window,
          );
        }
        const result = await runDay(day, history);
        // The history is carried as the file the CLI writes: serialised and read back each day.
        history = parseHistory(serialiseHistory(result.history), "history.json");
        results.push(result);
        if (day === 8) opened.push(...github.issuesOf(REPO).map((issue) => ({ ...issue })));
        if (day === 9) updated.push(...github.issuesOf(REPO).map((issue) => ({ ...issue })));
      }
      expect(github.problems).toEqual([]);

      // Days 1–7: normal data, nothing flagged (days 2–6 build the history, day 1 has no "since last").
      for (const result of results.slice(0, 7)) expect(result.problems).toEqual([]);
      expect(results[1]!.run.datasets.orders!.metrics.rows_since_last).toBe(1000 + ((2 * 37) % 50) - 25);

      const day8 = results[7]!;
      expect(day8.problems.map((p) => [p.dataset, p.kind, p.metric, p.source]).sort()).toEqual([
        ["customers", "null-share", "null_share.email", "anomaly"],
        ["events", "freshness", "freshness_seconds", "limit"],
        ["orders", "volume", "rows_since_last", "anomaly"],
      ]);
      const drop = day8.problems.find((p) => p.dataset === "orders")!;
      expect(drop.value).toBe(200);
      expect(drop.expected!.runs).toEqual([2, 3, 4, 5, 6, 7].map((d) => at(d).toISOString()));
      expect(drop.expected!.low).toBeGreaterThan(900);
      expect(drop.expected!.high).toBeLessThan(1100);
      const nulls = day8.problems.find((p) => p.dataset === "customers")!;
      // NULL share of the whole table: 7 days at 2%, then 1000 rows of which 500 NULL.
      expect(nulls.value).toBeCloseTo((7 * 20 + 500) / 8000, 9);
      expect(nulls.expected!.median).toBeCloseTo(0.02, 9);
      // The last events arrived a minute before day 7's run: a day old, over the 12h limit.
      expect(day8.problems.find((p) => p.dataset === "events")!.value).toBe(24 * 3600 + 60);

      expect(opened.map((i) => i.title).sort()).toEqual([
        "Monitor: customers — NULL share anomaly",
        "Monitor: events — stale data",
        "Monitor: orders — volume anomaly",
      ]);
      for (const issue of opened) expect(issue.labels).toEqual(["slipway-monitor"]);
      const orders = opened.find((i) => i.title.includes("orders"))!;
      expect(orders.body).toContain("| `rows_since_last` | 200 |");
      expect(orders.body).toContain("6 runs, 2026-11-17T06:00:00.000Z … 2026-11-22T06:00:00.000Z");
      expect(orders.body).toMatch(/```mermaid\nxychart-beta\n {2}title "rows_since_last \(last 7 runs\)"/);
      expect(orders.body).toContain(
        `line [${[2, 3, 4, 5, 6, 7].map((d) => 1000 + ((d * 37) % 50) - 25).join(", ")}, 200]`,
      );

      // Day 9: the same three problems, the same three issues, edited (no duplicates).
      expect(results[8]!.issues.map((i) => i.action.action)).toEqual(["update", "update", "update"]);
      expect(updated).toHaveLength(3);
      for (const issue of updated) expect(issue.edits).toBe(1);
      expect(updated.find((i) => i.title.includes("events"))!.body).toContain(
        "| `freshness_seconds` | 48.0 h | limit 12.0 h |",
      );

      // Day 10: recovered; each issue closed with a comment saying so.
      expect(results[9]!.problems).toEqual([]);
      expect(github.openIssues(REPO)).toEqual([]);
      for (const issue of github.issuesOf(REPO)) {
        expect(issue.state_reason).toBe("completed");
        expect(issue.comments).toEqual([
          expect.stringMatching(/^Recovered: the monitor run at 2026-11-25T06:00:00.000Z found no /),
        ]);
      }
      expect(github.dispatches).toEqual([]);
      expect(github.problems).toEqual([]);
    }, 60_000);
  });

  describe("retraining", () => {
    it("dispatches the retrain workflow once when drift starts, with the reason", async () => {
      const rows = (shift: number) =>
        [
          "amount,region",
          ...Array.from({ length: 300 }, (_, i) => `${(i % 100) + shift},${["n", "s", "e"][i % 3]}`),
        ].join("\n");
      writeFileSync(join(dir, "reference.csv"), rows(0));
      const retrainConfig = configSchema.parse({
        data: [{ name: "scores", path: "current.csv", reference: "reference.csv" }],
        monitor: { metrics: ["rows", "drift"], retrain: { when: ["drift"], workflow: "retrain.yml" } },
      });
      const dispatchesBefore = github.dispatches.length;
      let history = emptyHistory();
      const drifted: boolean[] = [];
      for (const [day, shift] of [0, 0, 60, 60, 60].entries()) {
        writeFileSync(join(dir, "current.csv"), rows(shift));
        const result = await runMonitor(retrainConfig, history, {
          now: at(day + 1),
          cwd: dir,
          env: {},
          openDuckDB,
          github: octokitMonitorGitHub({ token: "t", owner: "acme", repo: "churn", baseUrl: github.url }),
          configFile: ".github/slipway.yml",
        });
        history = result.history;
        drifted.push(result.run.datasets.scores!.drifted === true);
      }
      expect(drifted).toEqual([false, false, true, true, true]);
      expect(github.dispatches.slice(dispatchesBefore)).toEqual([
        {
          workflow: "retrain.yml",
          ref: "main",
          inputs: { reason: `slipway monitor at ${at(3).toISOString()}: drift in scores` },
        },
      ]);
      expect(github.openIssues(REPO).map((i) => i.title)).toEqual(["Monitor: scores — data drift"]);
      expect(github.openIssues(REPO)[0]!.body).toContain("| `drift_share` |");
      expect(github.problems).toEqual([]);
    });
  });
}
