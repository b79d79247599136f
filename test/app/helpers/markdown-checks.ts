/**
 * Checks that a rendered comment is inert and well formed, whatever the reports held: only our own
 * HTML tags, no live mentions, issue links or images, tables whose rows keep their column count,
 * and every <details> and code fence closed.
 */
import { expect } from "@jest/globals";

const OUR_TAGS = new Set(["details", "summary", "sub", "code", "br"]);

export function expectInertMarkdown(markdown: string, options: { links?: number } = {}): void {
  const lines = markdown.replace(/^<!-- [^<>]* -->\n/, "").split("\n");
  // Code blocks show their text literally; a fence inside report text that closed one early would
  // leave the rest outside, where the checks below see it. Fences as CommonMark reads them: a block
  // opened by N backticks closes only on a line of at least N backticks and nothing else.
  let open: string | null = null;
  const outside = lines.filter((line) => {
    if (open === null) {
      const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) open = fence;
      return !fence;
    }
    const closes = new RegExp(`^ {0,3}${open[0] === "`" ? "`" : "~"}{${open.length},}\\s*$`).test(line);
    if (closes) open = null;
    return false;
  });
  expect(open).toBeNull();
  const withoutMarker = outside.join("\n");
  const tags = [...withoutMarker.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((match) => match[1]!.toLowerCase());
  expect(tags.filter((tag) => !OUR_TAGS.has(tag))).toEqual([]);
  expect(withoutMarker).not.toContain("<!--");
  // A mention needs "@" directly followed by a login character; the escape puts a zero-width joiner there.
  expect(withoutMarker).not.toMatch(/@[A-Za-z0-9]/);
  // "#123" links an issue; "&#35;" is the escaped "#" and fine.
  expect(withoutMarker).not.toMatch(/(?<!&)#\d/);
  expect(withoutMarker).not.toMatch(/!\[/);
  expect(withoutMarker.match(/\]\(/g)?.length ?? 0).toBe(options.links ?? 1);
  expect(withoutMarker).not.toMatch(/javascript:/i);

  expect(count(withoutMarker, /<details[ >]/g)).toBe(count(withoutMarker, /<\/details>/g));
  expect(count(withoutMarker, /<summary>/g)).toBe(count(withoutMarker, /<\/summary>/g));
  expect(count(withoutMarker, /<code>/g)).toBe(count(withoutMarker, /<\/code>/g));
  expectTablesKeepColumns(withoutMarker);
}

/** Every row of every Markdown table has as many cells as the table's header. */
export function expectTablesKeepColumns(markdown: string): void {
  let columns: number | null = null;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      columns = null;
      continue;
    }
    const cells = cellsOf(line).length;
    if (columns === null) columns = cells;
    else expect({ line, cells }).toEqual({ line, cells: columns });
  }
}

/** The rows of the first table whose header is `header`, as arrays of cells (header and rule excluded). */
export function tableRows(markdown: string, header: string[]): string[][] {
  const [first] = tablesWithHeader(markdown, header);
  if (!first) throw new Error(`no table with header ${header.join(" | ")}`);
  return first;
}

/** Every table whose header is `header`, each as its rows of cells. */
export function tablesWithHeader(markdown: string, header: string[]): string[][][] {
  const lines = markdown.split("\n");
  const tables: string[][][] = [];
  lines.forEach((line, start) => {
    if (!line.startsWith("|") || !sameCells(cellsOf(line), header)) return;
    const rows: string[][] = [];
    for (const row of lines.slice(start + 2)) {
      if (!row.startsWith("|")) break;
      rows.push(cellsOf(row));
    }
    tables.push(rows);
  });
  return tables;
}

function cellsOf(line: string): string[] {
  return line
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

function sameCells(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i]);
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
