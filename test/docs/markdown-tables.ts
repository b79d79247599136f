/** Reads a generated reference back: each `## heading` and the rows of the table under it. */
export interface DocSection {
  heading: string;
  /** The lines of the section, for code blocks. */
  lines: string[];
  /** Table rows as cells, header and separator left out; `\|` inside a cell kept as `|`. */
  rows: string[][];
}

export function docSections(markdown: string): DocSection[] {
  const sections: DocSection[] = [];
  let current: DocSection | null = null;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("## ")) {
      current = { heading: line.slice(3), lines: [], rows: [] };
      sections.push(current);
      continue;
    }
    if (!current) continue;
    current.lines.push(line);
    if (!line.startsWith("| ") || line.startsWith("| ---")) continue;
    const cells = line
      .slice(2, -2)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replace(/\\\|/g, "|"));
    current.rows.push(cells);
  }
  // Drop each table's header row: the first row before a separator.
  for (const section of sections) {
    section.rows = section.rows.filter((row) => !["Key", "Input", "Output"].includes(row[0]!));
  }
  return sections;
}

/** `name` → name, for a cell holding one code span. */
export function unquote(cell: string): string {
  return cell.replace(/^`(.*)`$/, "$1");
}
