/**
 * Opens a PostgreSQL connection as a `Sql`, the same seam DuckDB sits behind. The URL comes only
 * from an environment variable named in the config; it is never logged or put in a message (errors
 * name the variable, and PostgreSQL's own words, which hold no password). Values come back as
 * DuckDB's adapter returns them: bigint and numeric as numbers, dates and timestamps as ISO text
 * in UTC.
 */
import pg from "pg";
import { InputError } from "../../errors.js";
import type { Sql, SqlRow } from "../sql.js";

const TEXT_TYPES = [1082, 1083, 1114, 1184]; // date, time, timestamp, timestamptz
const NUMBER_TYPES = [20, 1700]; // int8, numeric

const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (TEXT_TYPES.includes(oid)) return (value: string) => value;
    if (NUMBER_TYPES.includes(oid)) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format ?? "text");
  },
};

export interface PostgresSql extends Sql {
  /** The columns a relation (a quoted table name or a parenthesised query) yields, with pg_type names. */
  columns(relation: string): Promise<{ name: string; type: string }[]>;
  /** Waits for the connection to close (close() starts it). */
  end(): Promise<void>;
}

/** Reads the URL from `env[urlEnv]`; `where` names the config entry for messages. */
export async function openPostgres(
  urlEnv: string,
  env: NodeJS.ProcessEnv,
  where: string,
): Promise<PostgresSql> {
  const url = env[urlEnv];
  if (!url) {
    throw new InputError(
      where,
      `the environment variable ${urlEnv} is not set; set it to the database URL (a repository secret in CI).`,
    );
  }
  const client = new pg.Client({ connectionString: url, types, application_name: "slipway" });
  try {
    await client.connect();
    // Timestamps as UTC text, as DuckDB prints TIMESTAMPTZ; the checks only read (see docs).
    await client.query("SET TimeZone = 'UTC'");
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new InputError(where, `cannot connect to the database in ${urlEnv}: ${postgresMessage(error)}.`);
  }
  let ended: Promise<void> | null = null;
  return {
    async all(text) {
      const result = await client.query(text);
      return result.rows as SqlRow[];
    },
    async run(text) {
      await client.query(text);
    },
    async columns(relation) {
      const { fields } = await client.query(`SELECT * FROM ${relation} AS src LIMIT 0`);
      const oids = [...new Set(fields.map((field) => field.dataTypeID))];
      const { rows } = await client.query<{ oid: number; typname: string }>(
        "SELECT oid::int AS oid, typname FROM pg_type WHERE oid = ANY($1::oid[])",
        [oids],
      );
      const names = new Map(rows.map((row) => [Number(row.oid), row.typname]));
      return fields.map((field) => ({ name: field.name, type: names.get(field.dataTypeID) ?? "unknown" }));
    },
    close() {
      ended ??= client.end();
    },
    end() {
      ended ??= client.end();
      return ended;
    },
  };
}

/** PostgreSQL's message without anything that could hold the URL (pg puts none in it). */
export function postgresMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/postgres(ql)?:\/\/\S+/gi, "<database URL>");
}
