/**
 * Delivery claims as leases. A claim holds for `leaseMs`; completing it makes every redelivery a
 * duplicate; releasing it (the handler failed) or letting the lease run out (the process died, the
 * store went away before it could be released) lets the next delivery of that id be handled.
 */
import { type SqlDatabase, toRequiredDate } from "./sql-database.js";
import type { DeliveryStore } from "./store.js";

export function sqlDeliveries(db: SqlDatabase): DeliveryStore {
  return {
    async claimDelivery(deliveryId, event, at, leaseMs) {
      const claimed = await db.query(
        `INSERT INTO deliveries (id, event, claimed_at, state, lease_until)
         VALUES ($1, $2, $3::timestamptz, 'claimed', $4::timestamptz)
         ON CONFLICT (id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, lease_until = EXCLUDED.lease_until
         WHERE deliveries.state = 'claimed' AND deliveries.lease_until <= EXCLUDED.claimed_at
         RETURNING id`,
        [deliveryId, event, at.toISOString(), new Date(at.getTime() + leaseMs).toISOString()],
      );
      if (claimed.length === 1) return { claimed: true };
      const [row] = await db.query("SELECT state, lease_until FROM deliveries WHERE id = $1", [deliveryId]);
      // Gone between the two statements (released or pruned): the next delivery will claim it.
      if (!row || row.state === "done") return { claimed: false, state: "done" };
      return { claimed: false, state: "claimed", leaseUntil: toRequiredDate(row.lease_until, "lease_until") };
    },

    async completeDelivery(deliveryId, at) {
      await db.query("UPDATE deliveries SET state = 'done', lease_until = $2::timestamptz WHERE id = $1", [
        deliveryId,
        at.toISOString(),
      ]);
    },

    async releaseDelivery(deliveryId) {
      await db.query("DELETE FROM deliveries WHERE id = $1 AND state = 'claimed'", [deliveryId]);
    },

    async pruneDeliveries(before) {
      const rows = await db.query("DELETE FROM deliveries WHERE claimed_at < $1::timestamptz RETURNING id", [
        before.toISOString(),
      ]);
      return rows.length;
    },
  };
}
