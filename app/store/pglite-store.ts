/**
 * The embedded store: PostgreSQL compiled to WebAssembly (PGlite) in a data directory, nothing to
 * install. One connection serialises every query, so transactions go through PGlite's own
 * `transaction()` (a raw BEGIN would let other callers see uncommitted rows), and locks are
 * in-process: only one app process may open a data directory. For replicas, use pg-store.ts.
 */
import { PGlite } from "@electric-sql/pglite";
import { KeyedMutex } from "./keyed-mutex.js";
import { migrate, type Row, type SqlDatabase, type SqlQuerier, sqlStore } from "./sql-store.js";
import type { Store } from "./store.js";

export type PgliteStoreOptions =
  /** A data directory (created when missing), or undefined for memory only. */
  | { dataDir?: string }
  /** An instance opened by the caller (tests load a migrated template with `loadDataDir`). */
  | { pglite: PGlite };

export async function openPgliteStore(options: PgliteStoreOptions = {}): Promise<Store> {
  const pglite = "pglite" in options ? options.pglite : await PGlite.create(options.dataDir);
  const locks = new KeyedMutex();
  const querier = (target: Pick<PGlite, "query">): SqlQuerier => ({
    query: async (sql, params) => (await target.query<Row>(sql, params)).rows,
  });
  const db: SqlDatabase = {
    ...querier(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(querier(tx))),
    withLock: (key, fn) => locks.run(key, fn),
    close: () => pglite.close(),
  };
  try {
    await migrate(db);
  } catch (error) {
    await pglite.close();
    throw error;
  }
  return sqlStore(db);
}
