import { describe, expect, test } from "@jest/globals";
import {
  type FreezeWindow,
  freezeAt,
  freezeWindowProblems,
  parseMoment,
} from "../../src/gate/freeze-windows.js";
import { runReferencePython } from "../helpers/reference-python.js";

const HOUR = 3_600_000;

// Python's zoneinfo as the independent reference for "Friday 17:00 local time, for 64 hours".
const FRIDAY_EVENING = String.raw`
import json, sys
from datetime import datetime, timedelta, time, timezone
from zoneinfo import ZoneInfo
tz = ZoneInfo(sys.argv[1])
out = []
for ms in json.loads(sys.argv[2]):
    now = datetime.fromtimestamp(ms / 1000, tz)
    day = now.date() - timedelta(days=(now.weekday() - 4) % 7)
    start = datetime.combine(day, time(17, 0), tz)
    if start.timestamp() > now.timestamp():
        start = datetime.combine(day - timedelta(days=7), time(17, 0), tz)
    end = start.timestamp() + 64 * 3600
    frozen = start.timestamp() <= now.timestamp() < end
    out.append({"frozen": frozen, "since": round(start.timestamp() * 1000), "until": round(end * 1000)})
print(json.dumps(out))
`;

describe("freezeAt", () => {
  test.each(["Europe/Paris", "America/New_York", "Asia/Kolkata"])(
    'cron "0 17 * * 5" for 64h in %s agrees with Python zoneinfo across a year (DST included)',
    (timezone) => {
      const instants: number[] = [];
      // Every 7h13m through 2025, plus the edges of two windows around the DST changes.
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 7 * HOUR + 13 * 60_000)
        instants.push(t);
      const expected = runReferencePython<{ frozen: boolean; since: number; until: number }[]>(
        FRIDAY_EVENING,
        [timezone, JSON.stringify(instants)],
      );
      const window: FreezeWindow = { cron: "0 17 * * 5", duration: "64h", timezone };
      let frozenCount = 0;
      instants.forEach((instant, i) => {
        const state = freezeAt([window], instant);
        const want = expected[i]!;
        expect({ at: new Date(instant).toISOString(), frozen: state.frozen }).toEqual({
          at: new Date(instant).toISOString(),
          frozen: want.frozen,
        });
        if (state.frozen) {
          frozenCount++;
          expect(state.since).toBe(want.since);
          expect(state.until).toBe(want.until);
        }
      });
      // 64 of 168 hours a week: the sample must have hit both sides many times.
      expect(frozenCount).toBeGreaterThan(instants.length * 0.3);
      expect(frozenCount).toBeLessThan(instants.length * 0.45);
    },
  );

  test("a window's start belongs to it, its end does not", () => {
    const window: FreezeWindow = { cron: "0 17 * * 5", duration: "64h", timezone: "UTC" };
    const start = Date.parse("2025-01-10T17:00:00Z");
    expect(freezeAt([window], start - 1).frozen).toBe(false);
    expect(freezeAt([window], start)).toMatchObject({ frozen: true, since: start, until: start + 64 * HOUR });
    expect(freezeAt([window], start + 64 * HOUR - 1).frozen).toBe(true);
    expect(freezeAt([window], start + 64 * HOUR).frozen).toBe(false);
  });

  test("date windows: from inclusive, to exclusive; a date alone is midnight UTC", () => {
    const window: FreezeWindow = { from: "2025-12-24", to: "2026-01-02T08:00:00+01:00" };
    expect(freezeAt([window], Date.parse("2025-12-23T23:59:59Z")).frozen).toBe(false);
    expect(freezeAt([window], Date.parse("2025-12-24T00:00:00Z"))).toMatchObject({
      frozen: true,
      until: Date.parse("2026-01-02T07:00:00Z"),
    });
    expect(freezeAt([window], Date.parse("2026-01-02T07:00:00Z")).frozen).toBe(false);
  });

  test("windows that meet or overlap make one freeze, until the last one ends", () => {
    const holidays: FreezeWindow = { from: "2025-12-19T12:00:00Z", to: "2025-12-26T17:00:00Z" };
    const weekend: FreezeWindow = { cron: "0 17 * * 5", duration: "64h", timezone: "UTC" };
    const state = freezeAt([holidays, weekend], Date.parse("2025-12-22T10:00:00Z"));
    // Friday 26 Dec 17:00 starts the weekend window exactly when the holidays end: Monday 29 Dec 09:00.
    expect(state).toMatchObject({
      frozen: true,
      since: Date.parse("2025-12-19T12:00:00Z"),
      until: Date.parse("2025-12-29T09:00:00Z"),
      atLeast: false,
    });
    expect(state.frozen && state.windows).toHaveLength(2);
  });

  test("windows that never end: frozen until at least a bounded moment, to be looked at again then", () => {
    const always: FreezeWindow = { cron: "0 0 * * *", duration: "36h", timezone: "UTC" };
    const now = Date.parse("2025-03-01T10:00:00Z");
    const state = freezeAt([always], now);
    expect(state).toMatchObject({ frozen: true, atLeast: true });
    expect(state.frozen && state.until).toBeGreaterThan(now + 30 * 86_400_000);
    expect(state.frozen && state.until).toBeLessThan(now + 64 * 86_400_000);
  });

  test("no windows, no freeze", () => {
    expect(freezeAt([], Date.parse("2025-03-01T10:00:00Z"))).toEqual({ frozen: false });
  });
});

describe("freezeWindowProblems", () => {
  test.each<[string, FreezeWindow, string, RegExp]>([
    [
      "six fields",
      { cron: "0 0 17 * * 5", duration: "1h", timezone: "UTC" },
      "cron",
      /has 6 fields; write 5/,
    ],
    ["a random H", { cron: "H 17 * * 5", duration: "1h", timezone: "UTC" }, "cron", /uses "H"/],
    [
      "out of range",
      { cron: "0 25 * * 5", duration: "1h", timezone: "UTC" },
      "cron",
      /is not a cron expression/,
    ],
    ["an unknown zone", { cron: "0 17 * * 5", duration: "1h", timezone: "Mars/Olympus" }, "timezone", /IANA/],
    [
      "a zero duration",
      { cron: "0 17 * * 5", duration: "0s", timezone: "UTC" },
      "duration",
      /not a positive/,
    ],
    ["a local date-time", { from: "2025-12-24T17:00", to: "2025-12-25" }, "from", /with Z or an offset/],
    ["not a date", { from: "Christmas", to: "2025-12-25" }, "from", /is not a date/],
    ["an impossible date", { from: "2025-02-30", to: "2025-03-02" }, "from", /is not a date/],
    ["ending before it starts", { from: "2025-12-25", to: "2025-12-24" }, "to", /is not after/],
  ])("%s", (_, window, key, message) => {
    const problems = freezeWindowProblems(window);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.key).toBe(key);
    expect(problems[0]!.message).toMatch(message);
  });

  test.each<FreezeWindow>([
    { cron: "0 17 * * FRI", duration: "64h", timezone: "Europe/Paris" },
    { cron: "30 8 1 DEC *", duration: "1w", timezone: "UTC" },
    { cron: "0 17 * * THU-FRI", duration: "2h", timezone: "UTC" },
    { from: "2025-12-24", to: "2026-01-02T08:00:00.000Z" },
  ])("%j is fine", (window) => {
    expect(freezeWindowProblems(window)).toEqual([]);
  });

  test("parseMoment reads only unambiguous moments", () => {
    expect(parseMoment("2025-12-24")).toBe(Date.UTC(2025, 11, 24));
    expect(parseMoment("2025-12-24T17:00:00+01:00")).toBe(Date.UTC(2025, 11, 24, 16));
    expect(parseMoment("2025-12-24 17:00")).toBeNull();
  });
});
