/**
 * The Store's contract, one suite run against every adapter (pglite-store.test.ts,
 * pg-store.test.ts). Each test works on its own repository id, so tests share one database.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Store } from "../../../app/store/store.js";
import { describeMonitorHistory } from "./monitor-history-contract.js";
import { at, newRepository } from "./store-contract-fixtures.js";
import { describeGatesContract } from "./store-contract-gates.js";
import { describeReportsContract } from "./store-contract-reports.js";

export interface StoreFixture {
  open(): Promise<Store>;
}

export function describeStore(name: string, fixture: StoreFixture): void {
  describe(`${name} store`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await fixture.open();
    });
    afterAll(async () => {
      await store?.close();
    });

    describe("deliveries", () => {
      const LEASE = 10 * 60_000;
      it("claims a delivery once, again after a release, never once handled, and prunes old claims", async () => {
        const id = `delivery-${newRepository()}`;
        expect(await store.claimDelivery(id, "workflow_run", at(0), LEASE)).toEqual({ claimed: true });
        expect(await store.claimDelivery(id, "workflow_run", at(1), LEASE)).toEqual({
          claimed: false,
          state: "claimed",
          leaseUntil: at(10),
        });
        await store.releaseDelivery(id);
        expect(await store.claimDelivery(id, "workflow_run", at(2), LEASE)).toEqual({ claimed: true });
        await store.completeDelivery(id, at(3));
        expect(await store.claimDelivery(id, "workflow_run", at(60), LEASE)).toEqual({
          claimed: false,
          state: "done",
        });
        // Releasing a handled delivery (a late failure report) does not make it claimable again.
        await store.releaseDelivery(id);
        expect((await store.claimDelivery(id, "workflow_run", at(61), LEASE)).claimed).toBe(false);
        const old = `delivery-old-${newRepository()}`;
        await store.claimDelivery(old, "workflow_run", new Date("2000-01-01T00:00:00Z"), LEASE);
        expect(await store.pruneDeliveries(new Date("2001-01-01T00:00:00Z"))).toBeGreaterThanOrEqual(1);
        expect((await store.claimDelivery(old, "workflow_run", at(3), LEASE)).claimed).toBe(true);
      });

      it("lets a claim whose lease ran out be taken again (the claimer crashed or lost the store)", async () => {
        const id = `delivery-lease-${newRepository()}`;
        expect((await store.claimDelivery(id, "workflow_run", at(0), LEASE)).claimed).toBe(true);
        expect((await store.claimDelivery(id, "workflow_run", at(9), LEASE)).claimed).toBe(false);
        expect((await store.claimDelivery(id, "workflow_run", at(10), LEASE)).claimed).toBe(true);
        // The new lease counts from the new claim.
        expect(await store.claimDelivery(id, "workflow_run", at(15), LEASE)).toEqual({
          claimed: false,
          state: "claimed",
          leaseUntil: at(20),
        });
      });

      it("gives a delivery claimed by many at once to exactly one, and an expired lease to exactly one", async () => {
        const id = `delivery-race-${newRepository()}`;
        const claims = await Promise.all(
          Array.from({ length: 8 }, () => store.claimDelivery(id, "workflow_run", at(0), LEASE)),
        );
        expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
        const again = await Promise.all(
          Array.from({ length: 8 }, () => store.claimDelivery(id, "workflow_run", at(30), LEASE)),
        );
        expect(again.filter((claim) => claim.claimed)).toHaveLength(1);
      });
    });

    describe("comments", () => {
      it("remembers, replaces and forgets a pull request's comment per workflow", async () => {
        const repositoryId = newRepository();
        expect(await store.commentId(repositoryId, 12, 77)).toBeNull();
        await store.saveCommentId(repositoryId, 12, 77, 3_000_000_001);
        await store.saveCommentId(repositoryId, 12, 78, 5);
        expect(await store.commentId(repositoryId, 12, 77)).toBe(3_000_000_001);
        await store.saveCommentId(repositoryId, 12, 77, 6);
        expect(await store.commentId(repositoryId, 12, 77)).toBe(6);
        await store.forgetCommentId(repositoryId, 12, 77);
        expect(await store.commentId(repositoryId, 12, 77)).toBeNull();
        expect(await store.commentId(repositoryId, 12, 78)).toBe(5);
      });
    });

    describe("locks", () => {
      it("runs callers of one key one at a time, and other keys meanwhile", async () => {
        const events: string[] = [];
        const hold = (key: string, name: string, ms: number) =>
          store.withLock(key, async () => {
            events.push(`${name}+`);
            await new Promise((resolve) => setTimeout(resolve, ms));
            events.push(`${name}-`);
            return name;
          });
        const key = `pr-${newRepository()}`;
        const results = await Promise.all([
          hold(key, "a", 200),
          hold(key, "b", 200),
          hold(`${key}-other`, "c", 10),
        ]);
        expect(results).toEqual(["a", "b", "c"]);
        // Which of a and b goes first is the lock's choice; that they do not overlap is the promise.
        const sameKey = events.filter((event) => !event.startsWith("c"));
        expect([
          ["a+", "a-", "b+", "b-"],
          ["b+", "b-", "a+", "a-"],
        ]).toContainEqual(sameKey);
        expect(events.indexOf("c+")).toBeLessThan(events.indexOf(sameKey[1]!));
      });

      it("releases the lock when the work throws", async () => {
        const key = `pr-${newRepository()}`;
        await expect(store.withLock(key, async () => Promise.reject(new Error("boom")))).rejects.toThrow(
          "boom",
        );
        await expect(store.withLock(key, async () => "next")).resolves.toBe("next");
      });
    });

    describeReportsContract(() => store);
    describeGatesContract(() => store);
    describeMonitorHistory(() => store, newRepository);
  });
}
