/**
 * DuckDB reports a CSV with an unbalanced quote only as "could not detect the dialect" or a parse
 * error far from the cause. To give the user a place to look, we scan the file ourselves (only on
 * that error path): the line and column where a quoted field opened and never closed.
 */
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";

export interface QuotePosition {
  line: number;
  /** 1-based character position of the opening quote in its line. */
  column: number;
}

export async function findUnterminatedQuote(
  path: string,
  quote = '"',
  delimiters = ",\t;|",
): Promise<QuotePosition | null> {
  let input: NodeJS.ReadableStream = createReadStream(path);
  if (path.toLowerCase().endsWith(".gz")) input = input.pipe(createGunzip());
  let line = 1;
  let column = 0;
  let inQuotes = false;
  let maybeClosed = false; // saw a quote inside a quoted field: closes it unless another quote follows ("")
  let opened: QuotePosition = { line: 0, column: 0 };
  let atFieldStart = true;
  for await (const chunk of input) {
    for (const ch of String(chunk)) {
      column++;
      if (inQuotes && maybeClosed) {
        maybeClosed = false;
        if (ch === quote) continue; // an escaped quote; still inside the field
        inQuotes = false;
      }
      if (ch === "\n") {
        line++;
        column = 0;
      }
      if (inQuotes) {
        if (ch === quote) maybeClosed = true;
        continue;
      }
      if (ch === quote && atFieldStart) {
        inQuotes = true;
        opened = { line, column };
      }
      atFieldStart = delimiters.includes(ch) || ch === "\n" || ch === "\r";
    }
  }
  if (maybeClosed) inQuotes = false;
  return inQuotes ? opened : null;
}
