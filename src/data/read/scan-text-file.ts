/**
 * One streaming pass over a text data file before DuckDB parses it, for the facts DuckDB hides or
 * words badly: binary bytes, gzip data under a plain name (or a truncated .gz), lines longer than the
 * reader takes, bytes that are not valid UTF-8 (an `encoding-error`, with its line), and blank lines
 * (DuckDB skips them silently, so Frictionless's `blank-row` and the file's row numbers need them).
 * Files in another encoding (or with invalid UTF-8) are transcoded here to a UTF-8 temporary file,
 * which DuckDB then reads. The pass is a byte search (no per-line work), so it costs far less than the parse.
 */

import { isUtf8 } from "node:buffer";
import { once } from "node:events";
import {
  closeSync,
  createReadStream,
  createWriteStream,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createGunzip } from "node:zlib";
import { InputError } from "../../errors.js";
import type { Encoding } from "./dialect.js";

/** Longest line DuckDB is asked to read (its max_line_size); longer ones are refused with their line. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;
const CHUNK = 4 * 1024 * 1024;

export interface ScannedFile {
  /** The file as listed (readPath may be a transcoded copy of it). */
  file: string;
  /** The name messages give it: the path as the user gave it, or the file when several are read. */
  shown: string;
  /** The file DuckDB reads: the original, or a UTF-8 transcoding of it. */
  readPath: string;
  /** The first 64 KiB as text, for dialect detection. */
  head: string;
  encoding: Encoding;
  /** The first line holding bytes that are not valid in the encoding, when there is one. */
  encodingError: { line: number } | null;
  /** 1-based lines that are empty (not the file's final line ending). */
  blankLines: number[];
}

export async function scanTextFile(
  file: string,
  shown: string,
  stated: Encoding | null,
): Promise<ScannedFile> {
  return { file, shown, ...(await scanContent(file, shown, stated)) };
}

async function scanContent(
  file: string,
  shown: string,
  stated: Encoding | null,
): Promise<Omit<ScannedFile, "file" | "shown">> {
  const gzipped = file.toLowerCase().endsWith(".gz");
  const first = await readStart(file);
  refuseOtherFormats(first, shown, gzipped);
  const bom = first.subarray(0, 2);
  const utf16 = (bom[0] === 0xff && bom[1] === 0xfe) || (bom[0] === 0xfe && bom[1] === 0xff);
  const encoding: Encoding = stated ?? (utf16 && !gzipped ? "utf-16" : "utf-8");

  if (encoding === "utf-8") {
    const scan = await scanUtf8(file, shown, gzipped);
    if (!scan.invalidAt) {
      const lines = await lineNumbersAt(file, gzipped, [...scan.blankOffsets]);
      return {
        readPath: file,
        head: scan.head,
        encoding,
        encodingError: null,
        blankLines: lines,
      };
    }
    // Keep every row readable (bad bytes become U+FFFD) and report the first bad line.
    const [line] = await lineNumbersAt(file, gzipped, [scan.invalidAt]);
    const transcoded = await transcode(file, shown, gzipped, "utf-8");
    return { ...transcoded, encoding, encodingError: { line: line ?? 1 } };
  }
  const transcoded = await transcode(file, shown, gzipped, encoding);
  return { ...transcoded, encoding, encodingError: null };
}

async function readStart(file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file, { start: 0, end: 7 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function refuseOtherFormats(start: Buffer, shown: string, gzipped: boolean): void {
  const isGzip = start[0] === 0x1f && start[1] === 0x8b;
  if (isGzip && !gzipped)
    throw new InputError(
      shown,
      `this is gzip data but the name ends ${extension(shown)}; rename it to ${basename(shown)}.gz.`,
    );
  if (!isGzip && gzipped)
    throw new InputError(
      shown,
      "the name ends .gz but this is not gzip data; remove the .gz or compress the file.",
    );
  const magic = start.subarray(0, 4).toString("latin1");
  if (magic === "PAR1")
    throw new InputError(
      shown,
      `this is Parquet data but the name ends ${extension(shown)}; rename it to end .parquet.`,
    );
  if (magic === "PK\u0003\u0004")
    throw new InputError(
      shown,
      "this is a zip archive (or an Excel workbook), not a text table; unpack it or export it as CSV.",
    );
}

function extension(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? "without an extension" : path.slice(dot);
}

/**
 * The file's bytes, chunk by chunk. A plain file is read into one reused buffer: a chunk is valid
 * only until the next is asked for (copy what is kept). A read stream of fresh 4 MiB buffers cost
 * about 5× the CPU (and far more wall time on a busy machine) on the 3M-row bench.
 */
function open(file: string, shown: string, gzipped: boolean): AsyncIterable<Buffer> {
  if (!gzipped) return readChunks(file);
  const raw = createReadStream(file, { highWaterMark: CHUNK });
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  raw.on("error", (error) => gunzip.destroy(error));
  raw.pipe(gunzip);
  return (async function* () {
    try {
      for await (const chunk of gunzip) yield chunk as Buffer;
    } catch (error) {
      throw new InputError(
        shown,
        `the gzip data is truncated or corrupt (${(error as Error).message}); compress the file again.`,
        {},
        { cause: error },
      );
    }
  })();
}

// Synchronous reads: an asynchronous read waits for a thread-pool hop, which made reading 239 MB
// from the page cache take 36 ms instead of 23 (and nothing else runs meanwhile).
async function* readChunks(file: string): AsyncGenerator<Buffer> {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, CHUNK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
  }
}

interface Utf8Scan {
  head: string;
  invalidAt: number | null;
  blankOffsets: number[];
}

async function scanUtf8(file: string, shown: string, gzipped: boolean): Promise<Utf8Scan> {
  const headParts: Buffer[] = [];
  let headLength = 0;
  let offset = 0; // bytes of the file before `chunk`
  let carry = Buffer.alloc(0); // an unfinished UTF-8 sequence at the end of the previous chunk
  let tail = Buffer.alloc(0); // the previous chunk's last 2 bytes, for blank lines across chunks
  let sinceNewline = 0;
  let invalidAt: number | null = null;
  const blankOffsets: number[] = [];
  let atStart = true;
  for await (const chunk of open(file, shown, gzipped)) {
    if (headLength < HEAD_BYTES) {
      headParts.push(Buffer.from(chunk.subarray(0, HEAD_BYTES - headLength)));
      headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
    }
    const nul = chunk.indexOf(0);
    if (nul >= 0) {
      const at = offset + nul;
      const [line] = await lineNumbersAt(file, gzipped, [at]);
      throw new InputError(
        shown,
        "holds binary data (a NUL byte), not text: is it the right file, or UTF-16 text (then set encoding: utf-16)?",
        { line: line ?? 1 },
      );
    }
    const firstNewline = chunk.indexOf(10);
    const longest = firstNewline < 0 ? sinceNewline + chunk.length : sinceNewline + firstNewline;
    if (longest > MAX_LINE_BYTES) await refuseLongLine(file, shown, gzipped, offset - sinceNewline);
    sinceNewline = firstNewline < 0 ? longest : chunk.length - chunk.lastIndexOf(10) - 1;

    if (invalidAt === null) {
      const text = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeUtf8Length(text);
      if (!isUtf8(text.subarray(0, cut)))
        invalidAt = offset - carry.length + firstInvalid(text.subarray(0, cut));
      carry = Buffer.from(text.subarray(cut));
    }
    if (atStart && chunk[0] === 10) blankOffsets.push(0);
    atStart = false;
    // A blank line starts after the first \n of a pattern; patterns spanning the previous chunk's
    // last bytes are found in `across` (no copy of the whole chunk).
    const across = Buffer.concat([tail, chunk.subarray(0, 2)]);
    for (const pattern of BLANK_PATTERNS) {
      for (
        let at = across.indexOf(pattern, 0, "latin1");
        at >= 0 && at < tail.length;
        at = across.indexOf(pattern, at + 1, "latin1")
      )
        blankOffsets.push(offset - tail.length + at + 1);
      for (
        let at = chunk.indexOf(pattern, 0, "latin1");
        at >= 0;
        at = chunk.indexOf(pattern, at + 1, "latin1")
      )
        blankOffsets.push(offset + at + 1);
    }
    tail = Buffer.from(chunk.length >= 2 ? chunk.subarray(-2) : Buffer.concat([tail, chunk]).subarray(-2));
    offset += chunk.length;
  }
  if (carry.length > 0 && invalidAt === null) invalidAt = offset - carry.length;
  // A blank line that is only the file's last line ending twice over is still a blank row; one
  // final "\n" is not.
  return {
    head: Buffer.concat(headParts)
      .toString("utf8")
      .replace(/^\uFEFF/, ""),
    invalidAt,
    blankOffsets: [...new Set(blankOffsets)].sort((a, b) => a - b),
  };
}

/** Searched as latin1 strings: Buffer.indexOf finds a string needle about 3× faster than a Buffer one. */
const BLANK_PATTERNS = ["\n\n", "\n\r\n"];

async function refuseLongLine(
  file: string,
  shown: string,
  gzipped: boolean,
  lineStart: number,
): Promise<never> {
  const [line] = await lineNumbersAt(file, gzipped, [lineStart]);
  throw new InputError(
    shown,
    `line ${line ?? 1} is longer than ${MAX_LINE_BYTES.toLocaleString("en-US")} bytes, the longest line Slipway reads: is a line ending missing (the file may use old Mac "\\r" line endings), or is this not a table?`,
    { line: line ?? 1 },
  );
}

/** How many leading bytes end on a complete UTF-8 sequence (the rest continues in the next chunk). */
function completeUtf8Length(buffer: Buffer): number {
  for (let back = 1; back <= Math.min(3, buffer.length); back++) {
    const byte = buffer.readUInt8(buffer.length - back);
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    if (byte < 0x80) return buffer.length;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return back >= needed ? buffer.length : buffer.length - back;
  }
  return buffer.length;
}

function firstInvalid(buffer: Buffer): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = buffer.length;
  // Binary search for the shortest prefix that fails (prefixes cut inside a sequence fail too, so
  // step back to the sequence start afterwards).
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(buffer.subarray(0, completeUtf8Length(buffer.subarray(0, mid))));
      low = mid;
    } catch {
      high = mid;
    }
  }
  return low;
}

/** The 1-based line of each byte offset (sorted ascending); a second pass, only when needed. */
async function lineNumbersAt(file: string, gzipped: boolean, offsets: number[]): Promise<number[]> {
  if (offsets.length === 0) return [];
  const lines: number[] = [];
  let line = 1;
  let offset = 0;
  let next = 0;
  let pending = offsets[next];
  for await (const chunk of open(file, file, gzipped)) {
    let at = 0;
    while (pending !== undefined && pending < offset + chunk.length) {
      const target = pending - offset;
      let newline = chunk.indexOf(10, at);
      while (newline >= 0 && newline < target) {
        line++;
        newline = chunk.indexOf(10, newline + 1);
      }
      at = target;
      lines.push(line);
      next++;
      pending = offsets[next];
    }
    if (pending === undefined) break;
    let newline = chunk.indexOf(10, at);
    while (newline >= 0) {
      line++;
      newline = chunk.indexOf(10, newline + 1);
    }
    offset += chunk.length;
  }
  return lines;
}

const temporary: string[] = [];
process.once("exit", () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const DECODER_LABEL: Record<Encoding, string> = {
  "utf-8": "utf-8",
  "latin-1": "latin1",
  cp1252: "windows-1252",
  "utf-16": "utf-16le",
};

/** Writes the file as UTF-8 to a temporary file (bad bytes as U+FFFD) and scans that for blank lines. */
async function transcode(
  file: string,
  shown: string,
  gzipped: boolean,
  encoding: Encoding,
): Promise<Omit<ScannedFile, "file" | "shown" | "encoding" | "encodingError">> {
  const dir = mkdtempSync(join(tmpdir(), "slipway-read-"));
  temporary.push(dir);
  const target = join(dir, "data.csv");
  const out = createWriteStream(target);
  let decoder: { decode(chunk: Buffer, options?: { stream: boolean }): string } | null = null;
  for await (const chunk of open(file, shown, gzipped)) {
    if (!decoder) decoder = makeDecoder(encoding, chunk);
    const text = decoder.decode(chunk, { stream: true });
    if (!out.write(text)) await once(out, "drain");
  }
  out.write(decoder?.decode(Buffer.alloc(0)) ?? "");
  out.end();
  await once(out, "finish");
  const scan = await scanUtf8(target, shown, false);
  const blankLines = await lineNumbersAt(target, false, scan.blankOffsets);
  return { readPath: target, head: scan.head, blankLines };
}

function makeDecoder(encoding: Encoding, first: Buffer) {
  if (encoding === "latin-1") {
    // WHATWG's "latin1" label means windows-1252; ISO-8859-1 proper maps each byte to its code point.
    return { decode: (chunk: Buffer) => chunk.toString("latin1") };
  }
  const label =
    encoding === "utf-16" && first[0] === 0xfe && first[1] === 0xff ? "utf-16be" : DECODER_LABEL[encoding];
  return new TextDecoder(label, { fatal: false, ignoreBOM: false });
}
