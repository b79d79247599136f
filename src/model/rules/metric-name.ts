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
  return { base: match[1]!, slice: { column: match[2]!, value: match[3]! } };
}

export function isSlicePattern(key: string): boolean {
  return parseMetricName(key).slice?.value === "*";
}

/** The metric names a rule key applies to, in the order given. */
export function matchRuleKey(key: string, names: readonly string[]): string[] {
  const rule = parseMetricName(key);
  if (rule.slice?.value !== "*") return names.includes(key) ? [key] : [];
  return names.filter((name) => {
    const metric = parseMetricName(name);
    return metric.base === rule.base && metric.slice?.column === rule.slice!.column;
  });
}
