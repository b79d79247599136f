/**
 * Plain-text tables for terminals (the Markdown twins live in ../markdown). Columns are padded to
 * their widest cell; wide characters (✓, ✗) count as one column, which is how terminals draw them.
 */
export type Align = "l" | "r";

export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const widths = header.map((title, i) => Math.max(width(title), ...rows.map((row) => width(row[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        // A cell past the header's columns has no column width to fill, so it is left as it is.
        const target = pad(cell, widths[i] ?? 0);
        return align[i] === "r" ? cell.padStart(target) : cell.padEnd(target);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** ✓ or ✗ — the one mark every report uses for pass/fail. */
export function mark(passed: boolean): string {
  return passed ? "✓" : "✗";
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, target: number): number {
  return target + (text.length - width(text));
}
