import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { pino } from "pino";
import type { Context } from "probot";
import type { AppDeps } from "../../../app/deps.js";
import { DEFAULT_LIMITS } from "../../../app/github/artifact-limits.js";
import { guardDelivery } from "../../../app/handlers/guard-delivery.js";
import { defineHandler } from "../../../app/handlers/handler.js";
import type { Store } from "../../../app/store/store.js";
import { openTestPgliteStore } from "../helpers/pglite-template.js";

let store: Store;
let deps: AppDeps;
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  store = await openTestPgliteStore();
  deps = {
    store,
    limits: DEFAULT_LIMITS,
    now: () => new Date("2026-03-02T10:00:00Z"),
    appLogin: async () => "slipway[bot]",
  };
});
afterAll(async () => {
  await store?.close();
});

/** The parts of a Probot context the guard reads. */
function context(id: string): Context<"workflow_run.completed"> {
  const log = pino({ level: "debug" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  return {
    id,
    name: "workflow_run",
    payload: { action: "completed" },
    log,
  } as unknown as Context<"workflow_run.completed">;
}

function counting(name: string, fail = 0) {
  const calls: string[] = [];
  let failures = fail;
  const handler = defineHandler({
    name,
    events: ["workflow_run.completed"],
    async handle(ctx) {
      calls.push(ctx.id);
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
});
