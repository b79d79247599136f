/**
 * The one seam through which domain code reaches DuckDB. Domain functions take a `Sql`; the
 * adapters open it with `openDuckDB()` (duckdb.ts). Values come back as plain JS: BIGINT and
 * HUGEINT as number (exact up to 2^53, which row counts never reach), DATE/TIMESTAMP as ISO text.
 */
export type SqlValue = string | number | boolean | null | SqlValue[] | { [key: string]: SqlValue };
export type SqlRow = Record<string, SqlValue>;

export interface Sql {
  /** Runs one statement and returns its rows. */
  all(sql: string): Promise<SqlRow[]>;
  /** Runs statements whose result is not needed (settings, CREATE ...). */
  run(sql: string): Promise<void>;
  close(): void;
}

/** A SQL string literal. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A quoted SQL identifier (column names come from user files and may hold anything). */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A list literal of strings: ['a', 'b']. */
export function listLiteral(values: readonly string[]): string {
  return `[${values.map(literal).join(", ")}]`;
}
