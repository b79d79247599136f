/**
 * The delimiter of a CSV file, from its header line: the candidate that occurs most, "," when none
 * does. DuckDB's sniffer is not used for this because a few ragged rows make it pick a delimiter
 * that yields one consistent column ("|"), hiding the real problem.
 */
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";

const CANDIDATES = [",", ";", "\t", "|"];
const HEADER_BYTES = 64 * 1024;

export async function detectDelimiter(path: string): Promise<string> {
  const header = await readHeaderLine(path);
  let best = ",";
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = header.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

async function readHeaderLine(path: string): Promise<string> {
  let input: NodeJS.ReadableStream = createReadStream(path, {
    end: path.endsWith(".gz") ? undefined : HEADER_BYTES,
  });
  if (path.toLowerCase().endsWith(".gz")) input = input.pipe(createGunzip());
  let text = "";
  for await (const chunk of input) {
    text += String(chunk);
    const newline = text.indexOf("\n");
    if (newline >= 0 || text.length >= HEADER_BYTES) {
      (input as unknown as { destroy?: () => void }).destroy?.();
      return newline >= 0 ? text.slice(0, newline) : text;
    }
  }
  return text;
}
