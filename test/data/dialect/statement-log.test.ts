/**
 * What PostgreSQL is asked, read from its own statement log (a private server with
 * log_statement = 'all'): the checks arrive as aggregate queries, failing rows only as LIMITed
 * samples, never as a full `SELECT *` of the table; and the database URL's password appears in
 * neither the report nor an error message.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import pg from "pg";
import { openPostgres, type PostgresSql } from "../../../src/data/dialect/open-postgres.js";
import { withPostgres } from "../../../src/data/validate-datasets.js";
import { validateTable } from "../../../src/data/validate-table.js";
import {
  type PrivatePostgres,
  privatePostgresMissing,
  startPrivatePostgres,
} from "../../app/helpers/private-postgres.js";
import { loadTable } from "../../helpers/test-postgres.js";

const missing = privatePostgresMissing();
const NOW = new Date("2026-11-28T12:00:00Z");
const PASSWORD = "s3cret-pw-never-shown";

/** The error a promise rejects with (a test failure when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

/** The log's statements, one string each (continuation lines joined). */
function statements(log: string): string[] {
  const entries = log.split(/\n(?=\d{4}-\d{2}-\d{2} )/);
  return entries
    .map((entry) => /LOG: {2}statement: ([\s\S]*)$/.exec(entry)?.[1]?.replace(/\s+/g, " ").trim())
    .filter((text): text is string => Boolean(text));
}

if (missing) {
  describe.skip(`statement log (${missing})`, () => {
    it("needs a private PostgreSQL server", () => {});
  });
} else {
  let server: PrivatePostgres;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let sql: PostgresSql;

  beforeAll(async () => {
    server = await startPrivatePostgres({ logStatements: true });
    // Trust authentication ignores the password, which lets the test see where it would leak.
    env = { ORDERS_URL: server.url.replace("slipway@", `slipway:${PASSWORD}@`) };
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const rows = Array.from({ length: 5000 }, (_, i) => [
      String(i + 1),
      String(i % 97 === 0 ? -1 : i % 50),
      i % 1000 === 0 ? "" : `user${i}@example.com`,
    ]);
    await loadTable(
      client,
      "public.orders",
      [
        { name: "id", type: "bigint" },
        { name: "qty", type: "integer" },
        { name: "email", type: "text" },
      ],
      rows,
    );
    await client.end();
    dir = mkdtempSync(join(tmpdir(), "slipway-statements-"));
    writeFileSync(
      join(dir, "orders.schema.yaml"),
      `fields:
  - { name: id, type: integer, constraints: { required: true, unique: true } }
  - { name: qty, type: integer, constraints: { minimum: 0, quantiles: [{ quantile: 0.5, max: 40 }] } }
  - { name: email, type: string, constraints: { required: true, pattern: "[a-z0-9]+@example\\\\.com" } }
primaryKey: id
rows: { min: 1000 }
`,
    );
    sql = await openPostgres("ORDERS_URL", env, 'data "orders"');
  }, 60_000);
  afterAll(async () => {
    await sql?.end();
    server?.remove();
  });

  describe("statement log", () => {
    it("shows aggregate queries and LIMITed samples, never the whole table", async () => {
      const report = await validateTable(sql, {
        name: "orders",
        source: { "url-env": "ORDERS_URL", table: "public.orders" },
        schema: "orders.schema.yaml",
        cwd: dir,
        now: NOW,
      });
      expect(report.rows).toBe(5000);
      expect(report.checks.find((c) => c.id === "qty.minimum")).toMatchObject({
        success: false,
        unexpected_count: 52,
      });
      expect(report.checks.find((c) => c.id === "qty.minimum")!.samples).toHaveLength(20);
      expect(report.checks.find((c) => c.id === "email.required")).toMatchObject({ unexpected_count: 5 });
      expect(JSON.stringify(report)).not.toContain(PASSWORD);

      const ran = statements(readFileSync(server.logFile, "utf8")).filter((s) => s.includes('"orders"'));
      if (process.env.SLIPWAY_SHOW_STATEMENTS) console.log(ran.join("\n\n"));
      expect(ran.length).toBeGreaterThanOrEqual(3);
      for (const statement of ran) {
        const aggregate = /\bcount\(|percentile_cont\(/.test(statement) && !/\bLIMIT\b/.test(statement);
        const limited = /\bLIMIT (0|20)\)?/.test(statement);
        // The statement is in the expectation so a failure shows it.
        expect({ statement, allowed: aggregate || limited }).toEqual({ statement, allowed: true });
        expect(statement).not.toMatch(/^SELECT \* FROM "public"."orders"( AS \w+)?$/);
      }
      // The scan that counts every check is one aggregate query over the table.
      expect(ran.filter((s) => /count\(\*\) FILTER/.test(s))).toHaveLength(1);
    });

    it("names the variable, never the URL, when the database refuses", async () => {
      const failure = await rejection(
        withPostgres("ORDERS_URL", env, 'data "orders"', (opened) =>
          validateTable(opened, {
            name: "orders",
            source: { "url-env": "ORDERS_URL", table: "public.missing_table" },
            cwd: dir,
            now: NOW,
          }),
        ),
      );
      expect(failure.message).toMatch(
        /orders \(postgres:public\.missing_table\): cannot read: relation .*missing_table.* does not exist/,
      );
      expect(failure.message).not.toContain(PASSWORD);
      const unset = await rejection(openPostgres("NOT_SET_URL", {}, 'data "orders"'));
      expect(unset.message).toBe(
        'data "orders": the environment variable NOT_SET_URL is not set; set it to the database URL (a repository secret in CI).',
      );
      const refused = await rejection(
        openPostgres("BAD", { BAD: `postgres://slipway:${PASSWORD}@127.0.0.1:1/x` }, "d"),
      );
      expect(refused.message).toMatch(/^d: cannot connect to the database in BAD: /);
      expect(refused.message).not.toContain(PASSWORD);
    });
  });
}
