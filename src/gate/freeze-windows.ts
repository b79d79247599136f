/**
 * Freeze windows: a cron expression for each window's start, a duration and a time zone, or fixed
 * from/to moments. Whether a moment is frozen, since when, and until when — following windows that
 * chain or overlap, so "frozen until" is the moment deploys may really go again.
 *
 * Cron evaluation (time zones, DST) is cron-parser's: a well-kept library, not ours to re-derive.
 */
import { type CronExpression, CronExpressionParser } from "cron-parser";
import { parseDuration } from "../config/duration.js";
import type { EnvironmentPolicy } from "../config/schema.js";
import { formatInstant } from "./format-instant.js";

export type FreezeWindow = EnvironmentPolicy["freeze"][number];

export type FreezeState =
  | { frozen: false }
  | {
      frozen: true;
      /** Start of the earliest window open at `now`. */
      since: number;
      /** When no window is open any more — or, with atLeast, the furthest end followed so far. */
      until: number;
      /** Windows keep chaining past `until`: it is a lower bound, to be looked at again then. */
      atLeast: boolean;
      /** The windows that hold the freeze, described. */
      windows: string[];
    };

const CRON_NAMES = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat)\b/gi;
const HORIZON_MS = 62 * 86_400_000;
const MAX_LINKS = 32;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** What is wrong with a window, in plain words, keyed by its sub-key; empty when it can be used. */
export function freezeWindowProblems(window: FreezeWindow): { key: string; message: string }[] {
  if ("cron" in window) {
    const problems: { key: string; message: string }[] = [];
    const fields = window.cron.trim().split(/\s+/);
    if (fields.length !== 5) {
      problems.push({
        key: "cron",
        message: `"${window.cron}" has ${fields.length} fields; write 5: minute hour day-of-month month day-of-week (e.g. "0 17 * * 5").`,
      });
    } else if (/h/i.test(window.cron.replace(CRON_NAMES, "0"))) {
      // "H" picks a random minute/hour in cron-parser: a freeze must start at a time people can read.
      problems.push({ key: "cron", message: `"${window.cron}" uses "H" (a random time); write the time.` });
    } else {
      try {
        CronExpressionParser.parse(window.cron, { tz: "UTC", currentDate: 0 });
      } catch (error) {
        problems.push({
          key: "cron",
          message: `"${window.cron}" is not a cron expression (${error instanceof Error ? error.message : String(error)}).`,
        });
      }
    }
    if (!validTimeZone(window.timezone)) {
      problems.push({
        key: "timezone",
        message: `"${window.timezone}" is not a time zone; use an IANA name such as "Europe/Paris" or "UTC".`,
      });
    }
    const duration = parseDuration(window.duration);
    if (duration === null || duration <= 0) {
      problems.push({ key: "duration", message: `"${window.duration}" is not a positive duration.` });
    }
    return problems;
  }
  const problems: { key: string; message: string }[] = [];
  const from = parseMoment(window.from);
  const to = parseMoment(window.to);
  if (from === null) problems.push({ key: "from", message: momentHint(window.from) });
  if (to === null) problems.push({ key: "to", message: momentHint(window.to) });
  if (from !== null && to !== null && to <= from) {
    problems.push({ key: "to", message: `${window.to} is not after ${window.from}.` });
  }
  return problems;
}

/** Whether `now` is inside any window; windows with problems must be rejected before (see checkPolicy). */
export function freezeAt(windows: readonly FreezeWindow[], now: number): FreezeState {
  const open = openAt(windows, now);
  if (open.length === 0) return { frozen: false };
  const since = Math.min(...open.map((w) => w.span.start));
  let until = Math.max(...open.map((w) => w.span.end));
  const described = new Set(open.map((w) => describeWindow(w.window)));
  // A window that opens exactly when (or before) another closes keeps the freeze going. Followed for a
  // bounded number of links and time: past that, "until at least" is said and looked at again then.
  for (let link = 0; ; link++) {
    const next = openAt(windows, until);
    if (next.length === 0) return { frozen: true, since, until, atLeast: false, windows: [...described] };
    if (link >= MAX_LINKS || until - now > HORIZON_MS) {
      return { frozen: true, since, until, atLeast: true, windows: [...described] };
    }
    for (const w of next) described.add(describeWindow(w.window));
    until = Math.max(...next.map((w) => w.span.end));
  }
}

function openAt(windows: readonly FreezeWindow[], at: number) {
  return windows.flatMap((window) => {
    const span = openSpan(window, at);
    return span ? [{ window, span }] : [];
  });
}

/** The occurrence of a window that contains `at` (start ≤ at < end), if any. */
function openSpan(window: FreezeWindow, at: number): { start: number; end: number } | null {
  if ("cron" in window) {
    const duration = parseDuration(window.duration) ?? 0;
    // prev() is strictly before currentDate: ask from just after `at` so a window starting at `at` counts.
    const expression = parsedCron(window.cron, window.timezone);
    expression.reset(new Date(at + 1));
    const start = expression.prev().getTime();
    return start <= at && at < start + duration ? { start, end: start + duration } : null;
  }
  const start = parseMoment(window.from);
  const end = parseMoment(window.to);
  // checkPolicy refuses a window whose moments do not parse, so null here is never reached in use.
  if (start === null || end === null) return null;
  return start <= at && at < end ? { start, end } : null;
}

const parsed = new Map<string, CronExpression>();

/** Parsing is the costly part of cron-parser; an expression is reset before every use, so reuse is safe. */
function parsedCron(cron: string, timezone: string): CronExpression {
  const key = `${timezone}\u0000${cron}`;
  let expression = parsed.get(key);
  if (!expression) {
    if (parsed.size > 1000) parsed.clear();
    expression = CronExpressionParser.parse(cron, { tz: timezone });
    parsed.set(key, expression);
  }
  return expression;
}

export function describeWindow(window: FreezeWindow): string {
  if ("cron" in window) return `"${window.cron}" for ${window.duration} (${window.timezone})`;
  return `${formatInstant(parseMoment(window.from) ?? 0)} to ${formatInstant(parseMoment(window.to) ?? 0)}`;
}

/** The time zone to show a freeze's end in: the first cron window's, else UTC. */
export function freezeTimeZone(windows: readonly FreezeWindow[]): string {
  const cron = windows.find((window) => "cron" in window);
  return cron && "cron" in cron && validTimeZone(cron.timezone) ? cron.timezone : "UTC";
}

/** "2025-12-24" (midnight UTC) or a date-time with Z or an offset; anything else is ambiguous. */
export function parseMoment(text: string): number | null {
  const value = text.trim();
  if (DATE_ONLY.test(value)) {
    const ms = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value ? null : ms;
  }
  if (!DATE_TIME.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function momentHint(text: string): string {
  return `"${text}" is not a date (2025-12-24, midnight UTC) or a date-time with Z or an offset (2025-12-24T17:00:00+01:00).`;
}

function validTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
