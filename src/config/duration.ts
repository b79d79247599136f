/**
 * Durations as people write them in YAML: "90s", "30m", "1h", "64h", "2d", "1w", "1h30m",
 * or ISO 8601 ("PT1H", "P2D"). Returns milliseconds, or null when the text does not parse,
 * so each caller can name its own file and key in the error.
 */
const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const COMPACT = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const COMPACT_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const ISO =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (value === "") return null;
  if (COMPACT.test(value)) {
    let total = 0;
    // COMPACT matched the whole text, so every part has an amount and one of UNIT_MS's units.
    for (const [, amount = "", unit = ""] of value.matchAll(COMPACT_PART)) {
      total += Number(amount) * (UNIT_MS[unit] ?? Number.NaN);
    }
    return total;
  }
  const iso = ISO.exec(value.toUpperCase());
  if (iso && value.length > 1 && !value.toUpperCase().endsWith("T")) {
    const [, w = 0, d = 0, h = 0, m = 0, s = 0] = iso.map((part) => (part === undefined ? 0 : Number(part)));
    return (w * 7 * 86_400 + d * 86_400 + h * 3600 + m * 60 + s) * 1000;
  }
  return null;
}

export const DURATION_HINT = 'a duration such as "90s", "30m", "1h", "2d", "1w", "1h30m" or ISO 8601 "PT1H"';
