/** The monitor run file (slipway/monitor-run@1): written, read back, and refused with the field named. */
import { describe, expect, it } from "@jest/globals";
import { InputError } from "../../src/errors.js";
import {
  MONITOR_RUN_SCHEMA,
  parseMonitorRun,
  serialiseMonitorRun,
} from "../../src/monitor/monitor-run-file.js";
import type { MonitorRun } from "../../src/monitor/types.js";

const RUN: MonitorRun = {
  at: "2026-11-16T06:00:00.000Z",
  datasets: {
    orders: {
      metrics: { rows: 1200, "null_share.email": 0.02 },
      failedChecks: ["id.unique"],
      drifted: false,
    },
  },
};

function refusal(text: string): InputError {
  try {
    parseMonitorRun(text, "slipway-monitor-run.json");
  } catch (error) {
    return error as InputError;
  }
  throw new Error("expected a refusal");
}

describe("monitor run file", () => {
  it("reads back what it wrote, without the judge's triggers", () => {
    expect(parseMonitorRun(serialiseMonitorRun(RUN), "f")).toEqual(RUN);
    const judged = { ...RUN, datasets: { orders: { ...RUN.datasets.orders!, triggers: ["anomaly"] } } };
    expect(parseMonitorRun(serialiseMonitorRun(judged as MonitorRun), "f")).toEqual(RUN);
  });

  it.each([
    ["not JSON", "{", /^slipway-monitor-run\.json: is not JSON .*; it should be a monitor run\.$/],
    [
      "another schema",
      JSON.stringify({ schema: "slipway/report@1" }),
      /is not a monitor run \("schema": "slipway\/monitor-run@1"\)/,
    ],
    [
      "a bad instant",
      JSON.stringify({ schema: MONITOR_RUN_SCHEMA, run: { at: "yesterday", datasets: {} } }),
      /run\.at.*has no valid "at" instant/,
    ],
    [
      "a metric that is not a number",
      JSON.stringify({
        schema: MONITOR_RUN_SCHEMA,
        run: { ...RUN, datasets: { orders: { ...RUN.datasets.orders, metrics: { rows: "many" } } } },
      }),
      /run\.datasets\.orders\.metrics\.rows.*is not a finite number/,
    ],
    [
      "checks that are not a list",
      JSON.stringify({
        schema: MONITOR_RUN_SCHEMA,
        run: { ...RUN, datasets: { orders: { ...RUN.datasets.orders, failedChecks: "x" } } },
      }),
      /run\.datasets\.orders\.failedChecks.*is not a list of check ids/,
    ],
  ])("refuses %s, naming the file and the field", (_name, text, message) => {
    const error = refusal(text);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith("slipway-monitor-run.json")).toBe(true);
  });
});
