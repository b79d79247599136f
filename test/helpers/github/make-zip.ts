/** Real zip files made with yazl, as actions/upload-artifact makes them, and hostile variants of them. */
import { Readable } from "node:stream";
import yazl from "yazl";

export interface ZipEntry {
  name: string;
  data: Buffer | string;
  compress?: boolean;
}

export function makeZip(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    if (entry.name.endsWith("/")) {
      zip.addEmptyDirectory(entry.name);
      continue;
    }
    const data = typeof entry.data === "string" ? Buffer.from(entry.data) : entry.data;
    zip.addBuffer(data, entry.name, { compress: entry.compress ?? true });
  }
  zip.end();
  return collect(zip.outputStream);
}

/** A zip of named files (name → content), the shorthand most tests need. */
export function zipFiles(files: Record<string, string | Buffer>, compress = true): Promise<Buffer> {
  return makeZip(Object.entries(files).map(([name, data]) => ({ name, data, compress })));
}

/** The artifact a Slipway step uploads: slipway-report.json at the root. */
export function reportZip(report: unknown): Promise<Buffer> {
  return makeZip([{ name: "slipway-report.json", data: JSON.stringify(report) }]);
}

/** A zip whose one entry inflates to `bytes` zero bytes (a few kilobytes on the wire). */
export function zeroBomb(name: string, bytes: number): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const chunk = Buffer.alloc(1024 * 1024);
  let left = bytes;
  const stream = new Readable({
    read() {
      if (left <= 0) return this.push(null);
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(chunk.subarray(0, size));
    },
  });
  zip.addReadStream(stream, name, { size: bytes });
  zip.end();
  return collect(zip.outputStream);
}

/**
 * Renames an entry by rewriting its name in the local header and the central directory; yazl
 * refuses to write names like "../x", so hostile names are made from same-length harmless ones.
 */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error("renameEntry keeps lengths equal");
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  let at = out.indexOf(needle);
  let count = 0;
  while (at >= 0) {
    Buffer.from(to).copy(out, at);
    count += 1;
    at = out.indexOf(needle, at + needle.length);
  }
  if (count === 0) throw new Error(`no entry named ${from}`);
  return out;
}

function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}
