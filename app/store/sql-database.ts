/**
 * The seam between the store's SQL and the two drivers (pglite-store.ts, pg-store.ts): a query, a
 * transaction, a lock, and the migrations both run unchanged. Values cross it as text for
 * timestamps and JSON, because the two drivers convert dates, arrays and bigints differently;
 * rows come back through the helpers below for the same reason.
 */
import { migrations } from "./migrations.js";

export type Row = Record<string, unknown>;

export interface SqlQuerier {
  query(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface SqlDatabase extends SqlQuerier {
  transaction<T>(fn: (tx: SqlQuerier) => Promise<T>): Promise<T>;
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Applies the migrations not yet applied, under a lock so replicas starting together do not race. */
export async function migrate(db: SqlDatabase): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('slipway:migrate', 0))");
    await tx.query(
      `CREATE TABLE IF NOT EXISTS slipway_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const applied = new Set(
      (await tx.query("SELECT version FROM slipway_migrations")).map((r) => Number(r.version)),
    );
    const ran: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query("INSERT INTO slipway_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      ran.push(migration.version);
    }
    return ran;
  });
}

export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}

/** A NOT NULL timestamp column: a missing value means the schema and the query disagree. */
export function toRequiredDate(value: unknown, column: string): Date {
  const date = toDate(value);
  if (date === null) throw new Error(`the store returned no ${column}, which the schema requires`);
  return date;
}

export function toNumberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

export function toStringOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A timestamp parameter: ISO text, or null. */
export function at(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}

/** jsonb arrives parsed from both drivers (pg's and PGlite's default type parsers). */
export function json(value: unknown): unknown {
  return value;
}
