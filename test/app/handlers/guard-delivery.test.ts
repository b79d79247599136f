import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { pino } from "pino";
import type { Context } from "probot";
import type { AppDeps } from "../../../app/deps.js";
import { guardDelivery } from "../../../app/handlers/guard-delivery.js";
import { defineHandler } from "../../../app/handlers/handler.js";
import type { Store } from "../../../app/store/store.js";
import { DEFAULT_LIMITS } from "../../../src/github/artifact-limits.js";
import { workflowRunCompleted } from "../helpers/payloads.js";
import { openTestPgliteStore } from "../helpers/pglite-template.js";

let store: Store;
let deps: AppDeps;
let clock = new Date("2026-03-02T10:00:00Z");
const logs: Record<string, unknown>[] = [];
const PAYLOAD = workflowRunCompleted(
  { id: 5, owner: "acme", name: "churn" },
  { id: 1, headSha: "a".repeat(40), headBranch: "main" },
);

beforeAll(async () => {
  store = await openTestPgliteStore();
  deps = {
    store,
    limits: DEFAULT_LIMITS,
    now: () => clock,
    appLogin: async () => "slipway[bot]",
  };
});
afterAll(async () => {
  await store?.close();
});

/** The parts of a Probot context the guard reads. */
function context(id: string, payload: unknown = PAYLOAD): Context<"workflow_run.completed"> {
  const log = pino({ level: "debug" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  return { id, name: "workflow_run", payload, log } as unknown as Context<"workflow_run.completed">;
}

function counting(name: string, fail = 0, during?: () => Promise<void>) {
  const calls: string[] = [];
  let failures = fail;
  const handler = defineHandler({
    name,
    events: ["workflow_run.completed"],
    async handle(ctx) {
      calls.push(ctx.id);
      await during?.();
      if (failures-- > 0) throw new Error("GitHub is down");
    },
  });
  return { calls, guarded: guardDelivery(handler, deps) };
}

describe("guardDelivery", () => {
  it("runs each handler once per delivery, and every handler of the event", async () => {
    const a = counting("a");
    const b = counting("b");
    for (const ctx of [context("d1"), context("d1"), context("d2")]) {
      await a.guarded(ctx);
      await b.guarded(ctx);
    }
    expect(a.calls).toEqual(["d1", "d2"]);
    expect(b.calls).toEqual(["d1", "d2"]);
  });

  it("logs a failure with the delivery id, throws it on, and handles the redelivery", async () => {
    const flaky = counting("flaky", 1);
    await expect(flaky.guarded(context("d3"))).rejects.toThrow("GitHub is down");
    const failure = logs.find((log) => log.delivery === "d3" && log.level === 50);
    expect(failure?.msg).toBe("handling delivery d3 (workflow_run.completed) failed");
    await flaky.guarded(context("d3"));
    expect(flaky.calls).toEqual(["d3", "d3"]);
  });

  it("refuses a payload that does not match GitHub's schema, before any handler runs (400)", async () => {
    const broken = structuredClone(PAYLOAD);
    delete broken.workflow_run.created_at;
    const strict = counting("strict");
    const refused = await strict.guarded(context("d4", broken)).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      status: 400,
      message: expect.stringContaining("workflow_run.created_at: missing"),
    });
    expect(strict.calls).toEqual([]);
    expect(logs.some((log) => log.delivery === "d4" && log.level === 50)).toBe(true);
  });

  it("answers 409 while another holds the lease, and takes the delivery once the lease ran out", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = counting("slow", 0, () => held);
    const first = slow.guarded(context("d5"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(slow.guarded(context("d5"))).rejects.toMatchObject({ status: 409 });
    release();
    await first;
    await slow.guarded(context("d5"));
    expect(slow.calls).toEqual(["d5"]);

    // A claim that was never given back (the store was down when the handler failed) expires.
    const stuck = counting("stuck");
    await store.claimDelivery("stuck:d6", "workflow_run.completed", clock, 10 * 60_000);
    await expect(stuck.guarded(context("d6"))).rejects.toMatchObject({ status: 409 });
    clock = new Date(clock.getTime() + 10 * 60_000);
    await stuck.guarded(context("d6"));
    expect(stuck.calls).toEqual(["d6"]);
  });
});
