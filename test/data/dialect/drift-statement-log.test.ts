/**
 * What PostgreSQL is asked when drift is measured on a table, read from its own statement log (a
 * private server with log_statement = 'all'): the table's columns arrive only as aggregates —
 * counts, distinct counts, value counts per GROUP BY, discrete quantiles — never as a `SELECT *`
 * or any other per-row read of the table; and the URL's password is in no report.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import pg from "pg";
import { openPostgres, type PostgresSql } from "../../../src/data/dialect/open-postgres.js";
import { measureTableDrift } from "../../../src/data/drift/table-drift.js";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import {
  type PrivatePostgres,
  privatePostgresMissing,
  startPrivatePostgres,
} from "../../app/helpers/private-postgres.js";
import { loadTable } from "../../helpers/test-postgres.js";

const missing = privatePostgresMissing();
const PASSWORD = "s3cret-drift-pw";

/** The log's statements, one string each (continuation lines joined). */
function statements(log: string): string[] {
  return log
    .split(/\n(?=\d{4}-\d{2}-\d{2} )/)
    .map((entry) => /LOG: {2}statement: ([\s\S]*)$/.exec(entry)?.[1]?.replace(/\s+/g, " ").trim())
    .filter((text): text is string => Boolean(text));
}

const COLUMNS = [
  { name: "amount", type: "double precision" },
  { name: "qty", type: "integer" },
  { name: "channel", type: "text" },
];

/** 20,000 rows: amount has more distinct values than value counts are fetched for (quantiles). */
function rows(count: number, shift: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    String(((i * 7919) % 20_011) / 100 + shift),
    String((i * 31) % 50),
    ["web", "shop", "phone"][(i + Math.floor(shift)) % 3]!,
  ]);
}

if (missing) {
  describe.skip(`drift statement log (${missing})`, () => {
    it("needs a private PostgreSQL server", () => {});
  });
} else {
  let server: PrivatePostgres;
  let dir: string;
  let remote: PostgresSql;
  let duck: Sql;

  beforeAll(async () => {
    server = await startPrivatePostgres({ logStatements: true });
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await loadTable(client, "public.orders", COLUMNS, rows(20_000, 30));
    await loadTable(client, "public.orders_reference", COLUMNS, rows(20_000, 0));
    await client.end();
    dir = mkdtempSync(join(tmpdir(), "slipway-drift-statements-"));
    writeFileSync(
      join(dir, "reference.csv"),
      [COLUMNS.map((c) => c.name), ...rows(20_000, 0)].map((r) => r.join(",")).join("\n"),
    );
    // Trust authentication ignores the password, which lets the test see where it would leak.
    const env = { ORDERS_URL: server.url.replace("slipway@", `slipway:${PASSWORD}@`) };
    remote = await openPostgres("ORDERS_URL", env, 'data "orders"');
    duck = await openDuckDB();
  }, 60_000);
  afterAll(async () => {
    duck?.close();
    await remote?.end();
    server?.remove();
  });

  describe("drift statement log", () => {
    it("shows only aggregates over the tables, never their rows", async () => {
      const source = { "url-env": "ORDERS_URL", table: "public.orders" };
      const fromFile = await measureTableDrift(duck, remote, {
        name: "orders",
        current: source,
        reference: "reference.csv",
        cwd: dir,
      });
      const fromTable = await measureTableDrift(duck, remote, {
        name: "orders",
        current: source,
        reference: "postgres:public.orders_reference",
        cwd: dir,
      });
      for (const report of [fromFile, fromTable]) {
        expect(report.columns.map((c) => c.column)).toEqual(["amount", "qty", "channel"]);
        expect(report.columns.map((c) => c.drifted)).toEqual([true, false, false]);
        expect(report.columns[0]!.note).toMatch(/summarised in the database by 10001 quantiles/);
        expect(JSON.stringify(report)).not.toContain(PASSWORD);
      }

      const ran = statements(readFileSync(server.logFile, "utf8")).filter((s) =>
        /"orders(_reference)?"/.test(s),
      );
      if (process.env.SLIPWAY_SHOW_STATEMENTS) console.log(ran.join("\n\n"));
      // Per table: the column list, one profile scan, one GROUP BY per few-valued column, one quantile scan.
      expect(ran.length).toBeGreaterThanOrEqual(2 * 4 + 4);
      for (const statement of ran) {
        const columnList = /^SELECT \* FROM "public"."orders(_reference)?" AS src LIMIT 0$/.test(statement);
        const aggregate = /\b(count\(|percentile_disc\()/.test(statement) && !/\bLIMIT\b/.test(statement);
        // The statement is in the expectation so a failure shows it.
        expect({ statement, allowed: columnList || aggregate }).toEqual({ statement, allowed: true });
        expect(statement).not.toMatch(/^SELECT \* FROM "public"."orders(_reference)?"( AS \w+)?$/);
      }
      expect(ran.filter((s) => /percentile_disc\(/.test(s))).toHaveLength(3);
      expect(ran.filter((s) => /GROUP BY v$/.test(s))).toHaveLength(6);
    }, 120_000);
  });
}
