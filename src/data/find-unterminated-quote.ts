/**
 * DuckDB reports a CSV with an unbalanced quote only as "could not detect the dialect". To give the
 * user a line to look at, we scan the file ourselves (only on that error path): the line where a
 * quoted field opened and never closed.
 */
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";

export async function findUnterminatedQuote(path: string, quote = '"'): Promise<number | null> {
  let input: NodeJS.ReadableStream = createReadStream(path);
  if (path.toLowerCase().endsWith(".gz")) input = input.pipe(createGunzip());
  let line = 1;
  let inQuotes = false;
  let maybeClosed = false; // saw a quote inside a quoted field: closes it unless another quote follows ("")
  let openedAt = 0;
  let atFieldStart = true;
  for await (const chunk of input) {
    for (const ch of String(chunk)) {
      if (inQuotes && maybeClosed) {
        maybeClosed = false;
        if (ch === quote) continue; // an escaped quote; still inside the field
        inQuotes = false;
      }
      if (ch === "\n") line++;
      if (inQuotes) {
        if (ch === quote) maybeClosed = true;
        continue;
      }
      if (ch === quote && atFieldStart) {
        inQuotes = true;
        openedAt = line;
      }
      atFieldStart = ch === "," || ch === "\t" || ch === ";" || ch === "|" || ch === "\n";
    }
  }
  if (maybeClosed) inQuotes = false;
  return inQuotes ? openedAt : null;
}
