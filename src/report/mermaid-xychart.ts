/**
 * Mermaid `xychart-beta` source for a chart of lines (GitHub draws ```mermaid blocks). Pure: data
 * in, text out, for any part that charts numbers (the comment's plots and trend, the monitor's
 * history). The text goes inside a fenced code block, where GitHub links nothing; labels are still
 * cut to characters that cannot end a quoted Mermaid string, start a directive (%%) or an entity
 * (#), so report text cannot change the chart's code.
 */

export interface XyLine {
  values: readonly number[];
}

export type XyAxis =
  | { label?: string; categories: readonly string[] }
  | { label?: string; min: number; max: number };

export interface XyChart {
  title?: string;
  x: XyAxis;
  y?: { label?: string; min?: number; max?: number };
  lines: readonly XyLine[];
  /** CSS colours of the lines, in order (Mermaid's xyChart plotColorPalette); xychart has no legend, so say in text which is which. */
  colors?: readonly string[];
}

/** The chart's Mermaid source, without the fence. */
export function xyChart(chart: XyChart): string {
  const out: string[] = [];
  if (chart.colors && chart.colors.length > 0) {
    const palette = chart.colors.filter((color) => /^#[0-9a-f]{3,8}$/i.test(color)).join(", ");
    out.push(`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`);
  }
  out.push("xychart-beta");
  if (chart.title) out.push(`  title "${mermaidLabel(chart.title)}"`);
  const xLabel = chart.x.label ? `"${mermaidLabel(chart.x.label)}" ` : "";
  if ("categories" in chart.x) {
    out.push(`  x-axis ${xLabel}[${chart.x.categories.map((c) => `"${mermaidLabel(c, 24)}"`).join(", ")}]`);
  } else {
    out.push(`  x-axis ${xLabel}${chartNumber(chart.x.min)} --> ${chartNumber(chart.x.max)}`);
  }
  if (chart.y) {
    const range =
      chart.y.min !== undefined && chart.y.max !== undefined
        ? ` ${chartNumber(chart.y.min)} --> ${chartNumber(chart.y.max)}`
        : "";
    out.push(`  y-axis ${chart.y.label ? `"${mermaidLabel(chart.y.label)}"` : '""'}${range}`);
  }
  for (const line of chart.lines) out.push(`  line [${line.values.map(chartNumber).join(", ")}]`);
  return out.join("\n");
}

/** Text for a quoted Mermaid label: letters, digits and a few marks; anything else becomes "_". */
export function mermaidLabel(text: string, max = 60): string {
  const safe = text.replace(/[^\p{L}\p{N}_.\-=[\] /:,()·+?!]/gu, "_");
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/** Chart data, not display: six significant digits as JavaScript writes numbers. */
export function chartNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}
