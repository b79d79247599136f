/**
 * Moments as people read them in a reason: "2025-01-06 08:00 Europe/Paris (07:00 UTC)". Built from
 * Intl parts rather than a locale string so the text is the same on every machine.
 */
export function formatInstant(ms: number, timeZone = "UTC"): string {
  const local = wallClock(ms, timeZone);
  if (timeZone === "UTC") return `${local} UTC`;
  return `${local} ${timeZone} (${wallClock(ms, "UTC").slice(11)} UTC)`;
}

/** "2025-01-06 08:00" in the zone. */
function wallClock(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/** "3h 20m", "2d 4h", "45s": how long until something, rounded up to what a person cares about. */
export function formatSpan(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  const restMinutes = minutes % 60;
  if (hours < 48) return restMinutes ? `${hours}h ${restMinutes}m` : `${hours}h`;
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours ? `${days}d ${restHours}h` : `${days}d`;
}

/** A commit as people quote it. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}
