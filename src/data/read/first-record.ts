/**
 * The cells of a file's first record (after skipped and comment lines), parsed as the dialect says:
 * how many columns the file has and, with a header, its labels. DuckDB is then told exactly these
 * columns, so it never guesses them from a sample.
 */
import type { Dialect } from "./dialect.js";

export function firstRecord(head: string, dialect: Dialect): string[] {
  const lines = head.split("\n");
  const isSkipped = (line: string) =>
    line.replace(/\r$/, "") === "" || (dialect.comment ? line.startsWith(dialect.comment) : false);
  const index = lines.findIndex((line, i) => i >= dialect.skipRows && !isSkipped(line));
  const text = index === -1 ? "" : lines.slice(index).join("\n");
  if (text.trim() === "") return [];
  if (dialect.whitespaceDelimited) {
    const line = (text.split("\n")[0] ?? "").trim();
    return line === "" ? [] : line.split(/\s+/);
  }
  return parseRecord(text, dialect);
}

function parseRecord(text: string, dialect: Dialect): string[] {
  const { delimiter, quote, escape: escapeChar } = dialect;
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === escapeChar && escapeChar !== quote && text[i + 1] !== undefined) {
        cell += text[i + 1];
        i += 2;
        continue;
      }
      if (ch === quote) {
        if (escapeChar === quote && text[i + 1] === quote) {
          cell += quote;
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (quote && ch === quote && cell === "") {
      quoted = true;
      i++;
      continue;
    }
    if (text.startsWith(delimiter, i)) {
      cells.push(cell);
      cell = "";
      i += delimiter.length;
      continue;
    }
    if (ch === "\n" || ch === "\r") break;
    cell += ch;
    i++;
  }
  cells.push(cell);
  return cells;
}
