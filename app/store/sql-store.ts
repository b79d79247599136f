/**
 * The Store on PostgreSQL SQL, shared by both adapters: they differ only in how a query reaches the
 * database and how a lock is held (see pglite-store.ts, pg-store.ts). One module per concern.
 */
import { sqlApprovals } from "./sql-approvals.js";
import { sqlComments } from "./sql-comments.js";
import type { SqlDatabase } from "./sql-database.js";
import { sqlDeliveries } from "./sql-deliveries.js";
import { sqlGates } from "./sql-gates.js";
import { sqlMonitorHistory } from "./sql-monitor-history.js";
import { sqlReports } from "./sql-reports.js";
import { sqlRunResults } from "./sql-run-results.js";
import type { Store } from "./store.js";

export { migrate, type Row, type SqlDatabase, type SqlQuerier } from "./sql-database.js";

export function sqlStore(db: SqlDatabase): Store {
  return {
    ...sqlDeliveries(db),
    ...sqlReports(db),
    ...sqlRunResults(db),
    ...sqlComments(db),
    ...sqlApprovals(db),
    ...sqlGates(db),
    ...sqlMonitorHistory(db),
    withLock: (key, fn) => db.withLock(key, fn),
    close: () => db.close(),
  };
}
