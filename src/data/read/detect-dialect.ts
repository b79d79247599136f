/**
 * The dialect of a text data file: what the user stated, and the rest detected from the file's first
 * 64 KiB. The delimiter comes from the first line (DuckDB's sniffer is not used for it because a few
 * ragged rows make it pick a delimiter that yields one consistent column, hiding the real problem);
 * a file with none of , ; tab | but cells separated by spaces is whitespace-delimited (numpy.savetxt);
 * a first row of numbers only is read as data (no header row), with a warning naming the fix.
 * validate-data, infer-schema, drift and init all read files through this one detection.
 */
import { DEFAULT_DIALECT, type Dialect, type DialectInput } from "./dialect.js";

const CANDIDATES = [",", ";", "\t", "|"];
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$|^[+-]?(inf|nan)$/i;

export interface DetectedDialect {
  dialect: Dialect;
  /** Keys the user stated. */
  stated: string[];
  warnings: string[];
}

export function detectDialect(head: string, stated: DialectInput, tabSeparated: boolean): DetectedDialect {
  const keys = Object.keys(stated).filter((key) => stated[key as keyof DialectInput] !== undefined);
  const skipRows = stated["skip-rows"] ?? 0;
  const comment = stated.comment ?? null;
  const lines = head
    .split(/\r\n|\r|\n/)
    .slice(skipRows)
    .filter((line) => line.length > 0 && !(comment && line.startsWith(comment)));
  // The last line of the head may be cut short; leave it out when there are others.
  const sample = lines.length > 1 ? lines.slice(0, -1) : lines;
  const firstLine = sample[0] ?? "";

  let delimiter = stated.delimiter ?? (tabSeparated ? "\t" : null);
  let whitespace = stated["whitespace-delimited"] ?? false;
  if (delimiter === null && stated["whitespace-delimited"] === undefined) {
    delimiter = mostFrequent(firstLine);
    whitespace = delimiter === null && looksWhitespaceDelimited(sample);
  }
  const dialect: Dialect = {
    delimiter: whitespace ? " " : (delimiter ?? ","),
    header: stated.header ?? true,
    quote: stated.quote ?? DEFAULT_DIALECT.quote,
    escape: stated.escape ?? stated.quote ?? DEFAULT_DIALECT.escape,
    comment,
    skipRows,
    whitespaceDelimited: whitespace,
    decimal: stated.decimal ?? DEFAULT_DIALECT.decimal,
  };
  const warnings: string[] = [];
  if (stated.header === undefined && firstLine.length > 0) {
    const cells = whitespace ? firstLine.trim().split(/\s+/) : firstLine.split(dialect.delimiter);
    if (cells.every((cell) => NUMBER.test(cell.trim().replace(/^"(.*)"$/, "$1")))) {
      dialect.header = false;
      warnings.push(
        `row ${skipRows + 1} holds only numbers, so it was read as data (no header row): if it is the header, state dialect: { header: true } for this dataset (--header on the command line).`,
      );
    }
  }
  return { dialect, stated: keys, warnings };
}

function mostFrequent(line: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = outsideQuotes(line).split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function outsideQuotes(line: string): string {
  return line.replace(/"[^"]*"/g, "");
}

/** Every sampled line splits on runs of spaces into the same number (> 1) of cells. */
function looksWhitespaceDelimited(lines: string[]): boolean {
  if (lines.length === 0) return false;
  const counts = new Set(lines.map((line) => line.trim().split(/\s+/).length));
  const [count] = [...counts];
  return counts.size === 1 && (count ?? 0) > 1;
}
