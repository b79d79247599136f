/**
 * The server store: a PostgreSQL server (DATABASE_URL), for several app replicas behind a load
 * balancer. Locks are session advisory locks, so they hold across replicas; they are taken on a
 * pool of their own, because the work done under a lock needs connections too and must never
 * wait for one that a lock holder keeps.
 */
import pg from "pg";
import { migrate, type SqlDatabase, sqlStore } from "./sql-store.js";
import type { Store } from "./store.js";

export interface PgStoreOptions {
  connectionString: string;
  /** A schema of its own (created when missing); tests use one per run. Default: the role's search_path. */
  schema?: string;
  /** Connections for queries (default 10); locks have a pool of the same size. */
  max?: number;
}

export async function openPgStore(options: PgStoreOptions): Promise<Store> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error(`schema "${options.schema}" must be a lower-case PostgreSQL identifier`);
  }
  const config: pg.PoolConfig = {
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
  const pool = new pg.Pool(config);
  const lockPool = new pg.Pool(config);
  // An idle client that loses its server would otherwise crash the process with an unhandled 'error'.
  pool.on("error", () => {});
  lockPool.on("error", () => {});
  const close = async () => {
    await Promise.all([pool.end(), lockPool.end()]);
  };

  const db: SqlDatabase = {
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({ query: async (sql, params) => (await client.query(sql, params)).rows });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async withLock(key, fn) {
      const client = await lockPool.connect();
      let broken: Error | undefined;
      try {
        await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [`slipway:${key}`]);
        try {
          return await fn();
        } finally {
          await client
            .query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [`slipway:${key}`])
            .catch((error: Error) => {
              // Dropping the connection releases its session locks.
              broken = error;
            });
        }
      } finally {
        client.release(broken);
      }
    },
    close,
  };

  try {
    if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    await migrate(db);
  } catch (error) {
    await close();
    throw error;
  }
  return sqlStore(db);
}
