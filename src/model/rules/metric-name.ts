/**
 * Metric names and the rule keys that pick them. A slice's metric is `<metric>[<column>=<value>]`;
 * a rule key `recall[region=*]` applies to every slice of region, `recall[region=EU]` to one.
 */
export interface MetricName {
  base: string;
  slice: { column: string; value: string } | null;
}

const SLICE = /^(.+)\[([^=\]]+)=(.*)\]$/;

export function parseMetricName(name: string): MetricName {
  const match = SLICE.exec(name);
  if (!match) return { base: name, slice: null };
  // SLICE's three groups are not optional: a match has all of them.
  const [, base = "", column = "", value = ""] = match;
  return { base, slice: { column, value } };
}

export function isSlicePattern(key: string): boolean {
  return parseMetricName(key).slice?.value === "*";
}

/** The metric names a rule key applies to, in the order given. */
export function matchRuleKey(key: string, names: readonly string[]): string[] {
  const { base, slice } = parseMetricName(key);
  if (slice?.value !== "*") return names.includes(key) ? [key] : [];
  return names.filter((name) => {
    const metric = parseMetricName(name);
    return metric.base === base && metric.slice?.column === slice.column;
  });
}
