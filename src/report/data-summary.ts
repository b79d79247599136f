/** Facts about a DataReport that every rendering (terminal, Markdown, annotations) shows alike. */
import { formatPercent } from "./format.js";
import type { CheckResult, DataReport } from "./types.js";

/** Failed checks first (most unexpected first), then the passed ones in schema order. */
export function checksFailuresFirst(checks: readonly CheckResult[]): CheckResult[] {
  const failed = checks
    .filter((check) => !check.success)
    .sort((a, b) => b.unexpected_percent - a.unexpected_percent);
  return [...failed, ...checks.filter((check) => check.success)];
}

export function dataVerdict(report: DataReport): string {
  const failed = report.checks.filter((check) => !check.success).length;
  const parts = [`${report.rows.toLocaleString("en-US")} rows`, `${report.columns} columns`];
  const problems = [
    failed > 0
      ? `${failed} of ${report.checks.length} checks failed`
      : `${report.checks.length} checks passed`,
    ...(report.errors.length > 0
      ? [`${report.errors.length} structural error${report.errors.length === 1 ? "" : "s"}`]
      : []),
  ];
  return `${report.valid ? "valid" : "invalid"} — ${parts.join(", ")}; ${problems.join(", ")}`;
}

/** "≥ 0", "in [1, 3]", "matches ^a+$" — what a check expected, in words. */
export function describeExpected(check: CheckResult): string {
  const e = check.expected as Record<string, unknown> | unknown;
  switch (check.check) {
    case "type":
      return `is ${String(e)}`;
    case "required":
      return "not null";
    case "unique":
      return "unique";
    case "primaryKey":
      return "unique, non-null key";
    case "duplicate_rows":
      return "no duplicate rows";
    case "foreignKey": {
      const reference = (e as { reference?: { resource?: string; fields?: string[] } }).reference;
      return `found in ${reference?.resource || "this table"} (${(reference?.fields ?? []).join(", ")})`;
    }
    case "minimum":
      return `≥ ${String(e)}`;
    case "maximum":
      return `≤ ${String(e)}`;
    case "exclusiveMinimum":
      return `> ${String(e)}`;
    case "exclusiveMaximum":
      return `< ${String(e)}`;
    case "minLength":
      return `length ≥ ${String(e)}`;
    case "maxLength":
      return `length ≤ ${String(e)}`;
    case "pattern":
      return `matches ${String(e)}`;
    case "enum":
      return `one of ${(e as unknown[]).map(String).join(", ")}`;
    case "freshness":
      return `newer than ${String((e as { max_age?: unknown }).max_age)}`;
    case "null_fraction":
      return `null share ≤ ${String((e as { max?: unknown }).max)}`;
    default:
      return describeBounds(check.check, e as { min?: number; max?: number; quantile?: number });
  }
}

function describeBounds(name: string, bounds: { min?: number; max?: number; quantile?: number }): string {
  const label = bounds.quantile !== undefined ? `q${bounds.quantile}` : name;
  if (bounds.min !== undefined && bounds.max !== undefined)
    return `${label} in [${bounds.min}, ${bounds.max}]`;
  if (bounds.min !== undefined) return `${label} ≥ ${bounds.min}`;
  return `${label} ≤ ${bounds.max}`;
}

/** "12 (2.1%)" for counted checks; the observed value for aggregate ones. */
export function describeOutcome(check: CheckResult): string {
  if (check.observed !== undefined) return `observed ${formatNumber(check.observed)}`;
  if (check.unexpected_count === 0) return "0";
  return `${check.unexpected_count.toLocaleString("en-US")} (${formatPercent(check.unexpected_percent)})`;
}

export function formatNumber(value: unknown): string {
  if (typeof value !== "number") return String(value);
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  return String(Number(value.toPrecision(6)));
}

export function describeSamples(check: CheckResult, max = 5): string {
  if (check.samples.length === 0) return "";
  const shown = check.samples.slice(0, max).map((sample) => {
    const where = sample.file ? `${sample.file}:${sample.row}` : `row ${sample.row}`;
    const repeats = sample.repeat_of !== undefined ? ` (repeats row ${sample.repeat_of})` : "";
    return `${where}: ${sample.value === null ? "(empty)" : JSON.stringify(sample.value)}${repeats}`;
  });
  const more = check.unexpected_count - Math.min(max, check.samples.length);
  return shown.join("; ") + (more > 0 ? `; … ${more.toLocaleString("en-US")} more` : "");
}
