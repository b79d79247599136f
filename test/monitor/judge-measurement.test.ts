/** Judging one measurement: limits, the robust range, the minimum history and weekly seasonality. */
import { describe, expect, it } from "@jest/globals";
import { monitorSchema } from "../../src/config/monitor-schema.js";
import { expectedRange, median } from "../../src/monitor/expected-range.js";
import { judgeMeasurement } from "../../src/monitor/judge-measurement.js";
import type { MonitorRun } from "../../src/monitor/types.js";

const DAY = 24 * 3600 * 1000;
const START = Date.parse("2026-11-02T06:00:00Z"); // a Monday
const at = (day: number) => new Date(START + day * DAY).toISOString();

/** Runs on days 0..n-1 with the metric given by `value(day)`. */
function runs(n: number, value: (day: number) => number): MonitorRun[] {
  return Array.from({ length: n }, (_, day) => ({
    at: at(day),
    datasets: { orders: { metrics: { rows_since_last: value(day) }, failedChecks: [], drifted: null } },
  }));
}

const judge = (history: MonitorRun[], day: number, value: number, monitor: object = {}) =>
  judgeMeasurement({
    dataset: "orders",
    at: at(day),
    measurement: { metrics: { rows_since_last: value }, failedChecks: [], drifted: null },
    history,
    config: monitorSchema.parse(monitor),
  });

describe("expectedRange", () => {
  it.each([
    [[1, 2, 3], 2],
    [[4, 1, 3, 2], 2.5],
  ])("median of %j is %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("is median ± k·1.4826·MAD, and at least ±5% of the median", () => {
    const past = [90, 100, 110, 100, 95, 105].map((value, i) => ({ at: at(i), value }));
    const range = expectedRange(past, 3);
    expect(range.median).toBe(100);
    expect(range.mad).toBe(5);
    expect(range.low).toBeCloseTo(100 - 3 * 1.4826 * 5, 9);
    expect(range.runs).toEqual(past.map((p) => p.at));
    const flat = expectedRange(
      [1000, 1000, 1000].map((value, i) => ({ at: at(i), value })),
      3,
    );
    expect([flat.low, flat.high]).toEqual([950, 1050]);
  });
});

describe("judgeMeasurement", () => {
  it("does not judge before min-history runs, then flags a drop with the runs it used", () => {
    const history = runs(6, (day) => 1000 + (day % 3) * 10);
    expect(judge(history, 6, 100, { "min-history": 7 })).toEqual([]);
    const [problem] = judge(history, 6, 100, { "min-history": 6 });
    expect(problem).toMatchObject({
      kind: "volume",
      source: "anomaly",
      value: 100,
      reason: "below the expected range",
    });
    expect(problem!.expected!.runs).toEqual(history.map((run) => run.at));
  });

  it("judges on the last `history` runs only", () => {
    const history = runs(20, (day) => (day < 10 ? 100 : 1000));
    expect(judge(history, 20, 1000, { history: 10 })).toEqual([]);
    expect(judge(history, 20, 1000, { history: 20 })).toHaveLength(0); // median of 20 is 550: range is wide
    expect(judge(history, 20, 100, { history: 10 })[0]!.expected!.runs).toHaveLength(10);
  });

  it("with weekly seasonality compares a Sunday with Sundays", () => {
    // Weekdays ~1000 new rows, Sundays ~100: a quiet Sunday is normal, a quiet Monday is not.
    const history = runs(35, (day) => (new Date(START + day * DAY).getUTCDay() === 0 ? 100 : 1000));
    const sunday = 41; // day 41 after a Monday is a Sunday
    expect(new Date(at(sunday)).getUTCDay()).toBe(0);
    expect(judge(history, sunday, 100, { seasonality: "weekly", "min-history": 4 })).toEqual([]);
    expect(judge(history, sunday, 100, { "min-history": 4 })).toHaveLength(1);
    expect(judge(history, 42, 100, { seasonality: "weekly", "min-history": 4 })).toHaveLength(1);
  });

  it("applies fixed limits from the first run", () => {
    const problems = judgeMeasurement({
      dataset: "orders",
      at: at(0),
      measurement: {
        metrics: { rows: 10, freshness_seconds: 7 * 3600, "null_share.email": 0.3 },
        failedChecks: ["email.required"],
        drifted: true,
      },
      history: [],
      config: monitorSchema.parse({
        limits: { "min-rows": 1000, "max-staleness": "6h", "max-null-share": 0.2 },
      }),
    });
    expect(problems.map((p) => [p.kind, p.metric, p.source, p.limit])).toEqual([
      ["volume", "rows", "limit", 1000],
      ["freshness", "freshness_seconds", "limit", 21600],
      ["null-share", "null_share.email", "limit", 0.2],
      ["checks", "check.email.required", "check", undefined],
      ["drift", "drift_share", "drift", undefined],
    ]);
  });
});
