/**
 * Issue 13's finding 5 against a real PostgreSQL server: the store goes away after a delivery was
 * claimed. The claim is a lease, so once the server is back GitHub's redelivery is handled (after
 * the lease ran out; a redelivery while it holds is answered 409, not dropped as a duplicate).
 * Probot's real HTTP server, signed deliveries, the GitHub double behind a fault proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { openPgStore } from "../../../app/store/pg-store.js";
import type { Store } from "../../../app/store/store.js";
import { GitHubDouble } from "../../helpers/github/github-double.js";
import { type ServerHarness, serverHarness } from "../helpers/app-harness.js";
import { FaultProxy } from "../helpers/fault-proxy.js";
import {
  type PrivatePostgres,
  privatePostgresMissing,
  startPrivatePostgres,
} from "../helpers/private-postgres.js";
import { newId, newRepo, pullRequestRun, sha } from "../helpers/scenario.js";

const missing = privatePostgresMissing();
if (missing) console.log(`Skipping the store-outage test: ${missing}.`);
const describeIf = missing ? describe.skip : describe;

let postgres: PrivatePostgres;
let double: GitHubDouble;
let proxy: FaultProxy;
let store: Store;
let server: ServerHarness;
let clock = new Date("2026-03-02T10:00:00Z");

beforeAll(async () => {
  if (missing) return;
  postgres = await startPrivatePostgres();
  double = await GitHubDouble.start();
  proxy = await FaultProxy.start(double.url);
  store = await openPgStore({ connectionString: postgres.url, schema: "slipway_outage" });
  server = await serverHarness({ store, double: { url: proxy.url } as GitHubDouble, now: () => clock });
});
afterAll(async () => {
  await server?.close();
  await store?.close().catch(() => {});
  await proxy?.close();
  await double?.close();
  postgres?.remove();
});

describeIf("finding 5: a store outage loses no result", () => {
  it("PostgreSQL stops mid-delivery: the delivery fails; once it is back, the redelivery is handled", async () => {
    const repo = newRepo(double);
    const payload = await pullRequestRun(double, repo, {
      runId: newId(),
      pull: 31,
      headSha: sha(9),
      baseSha: sha(1),
    });
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    // The artifact download waits until the store is down: the claim is taken by then.
    proxy.inject({ method: "GET", path: /\/actions\/artifacts\/\d+\/zip$/, mode: "hold", until: held });
    const delivery = server.deliver({ name: "workflow_run", payload });
    while (proxy.seen("GET", /\/actions\/artifacts\/\d+\/zip$/).length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    postgres.stop();
    letGo();
    const failed = await delivery;
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(double.comments(repo, 31)).toEqual([]);
    // What could not be done is on the commit all the same.
    expect(double.checkRuns(repo).map((c) => c.request.conclusion)).toEqual(["failure"]);

    postgres.start();
    // GitHub's redelivery (same delivery id) while the failed claim's lease holds: refused, not dropped.
    const early = await server.deliver({ name: "workflow_run", payload, id: failed.id });
    expect(early.status).toBe(409);
    clock = new Date(clock.getTime() + 11 * 60_000);
    const again = await server.deliver({ name: "workflow_run", payload, id: failed.id });
    expect(again.status).toBe(200);
    expect(double.comments(repo, 31)).toHaveLength(1);
    // The failure check run, found by the run's external_id, now shows the result.
    const checks = double.checkRuns(repo);
    expect(checks).toHaveLength(1);
    expect(checks[0].writes.map((w: { conclusion: string }) => w.conclusion)).toEqual(["failure", "success"]);
  });
});
