/**
 * The shared PostgreSQL test server (.ci/setup-postgres starts it; CI sets
 * SLIPWAY_TEST_DATABASE_URL). Without the variable a test tries the documented URL and skips,
 * saying why, when nothing answers; with it, an unreachable server is a failure.
 */
import pg from "pg";

export const DOCUMENTED_URL = "postgres://slipway:slipway@127.0.0.1:5432/slipway_test";
export const postgresRequired = Boolean(process.env.SLIPWAY_TEST_DATABASE_URL);
export const postgresUrl = process.env.SLIPWAY_TEST_DATABASE_URL || DOCUMENTED_URL;

/** Why the server cannot be reached, or null when it can. */
export async function postgresUnreachable(url = postgresUrl): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates `table` with the given columns and rows (empty strings become NULL, as CSV missing values). */
export async function loadTable(
  client: pg.Client,
  table: string,
  columns: readonly { name: string; type: string }[],
  rows: readonly (readonly string[])[],
): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE TABLE ${table} (${columns.map((c) => `"${c.name}" ${c.type}`).join(", ")})`);
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const params: (string | null)[] = [];
    const tuples = chunk.map((row) => {
      const cells = row.map((cell, i) => {
        params.push(cell === "" ? null : cell);
        return `$${params.length}::${columns[i]!.type}`;
      });
      return `(${cells.join(", ")})`;
    });
    await client.query(`INSERT INTO ${table} VALUES ${tuples.join(", ")}`, params);
  }
}
