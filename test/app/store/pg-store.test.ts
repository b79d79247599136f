/**
 * The store contract against a PostgreSQL server. CI starts one with .ci/setup-postgres and sets
 * SLIPWAY_TEST_DATABASE_URL; then an unreachable server fails the suite. Without the variable the
 * suite tries the URL that script documents and skips, saying why, when nothing answers.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import pg from "pg";
import { migrations } from "../../../app/store/migrations.js";
import { openPgStore } from "../../../app/store/pg-store.js";
import type { Store } from "../../../app/store/store.js";
import {
  DOCUMENTED_URL,
  postgresRequired,
  postgresUnreachable,
  postgresUrl,
} from "../../helpers/test-postgres.js";
import { describeStore } from "./store-contract.js";

const required = postgresRequired;
const url = postgresUrl;
const schema = `slipway_test_${process.pid}_${Date.now().toString(36)}`;

const problem = await postgresUnreachable();
const opened: Store[] = [];
const open = async () => {
  const store = await openPgStore({ connectionString: url, schema });
  opened.push(store);
  return store;
};

if (problem && !required) {
  console.log(
    `Skipping the PostgreSQL store suite: no server at ${DOCUMENTED_URL} (${problem}). ` +
      "Run .ci/setup-postgres to start one, or set SLIPWAY_TEST_DATABASE_URL.",
  );
  describe.skip("PostgreSQL store (no server reachable)", () => {
    it("needs a server", () => {});
  });
} else {
  if (problem) {
    it("reaches the PostgreSQL server named by SLIPWAY_TEST_DATABASE_URL", () => {
      throw new Error(`SLIPWAY_TEST_DATABASE_URL is set but the server does not answer: ${problem}`);
    });
  }

  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close().catch(() => {})));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  describeStore("PostgreSQL server", { open });

  describe("PostgreSQL store with several replicas", () => {
    it("migrates once when replicas start together", async () => {
      const stores = await Promise.all([open(), open(), open()]);
      expect(stores).toHaveLength(3);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(
        `SELECT version FROM ${schema}.slipway_migrations ORDER BY version`,
      );
      await client.end();
      expect(rows.map((row) => row.version)).toEqual(migrations.map((m) => m.version));
    });

    it("holds a lock across replicas", async () => {
      const [a, b] = await Promise.all([open(), open()]);
      const events: string[] = [];
      const hold = (store: Store, name: string, ms: number) =>
        store.withLock("pr-1-77", async () => {
          events.push(`${name}+`);
          await new Promise((resolve) => setTimeout(resolve, ms));
          events.push(`${name}-`);
        });
      const started = async () => {
        while (!events.includes("a+")) await new Promise((r) => setTimeout(r, 5));
      };
      // b asks only once a holds the lock (a busy machine may take a while to get a that far).
      await Promise.all([hold(a!, "a", 150), started().then(() => hold(b!, "b", 10))]);
      expect(events).toEqual(["a+", "a-", "b+", "b-"]);
    });

    it("does not starve queries when more locks are held than the pool has connections", async () => {
      const store = await openPgStore({ connectionString: url, schema, max: 2 });
      opened.push(store);
      const work = Array.from({ length: 4 }, (_, i) =>
        store.withLock(`starve-${i}`, async () => store.commentId(1, i, 1)),
      );
      await expect(Promise.all(work)).resolves.toEqual([null, null, null, null]);
    });
  });
}
