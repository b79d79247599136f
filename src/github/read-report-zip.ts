/**
 * Reads slipway-report.json out of an artifact's zip with yauzl, refusing what a hostile fork could
 * send: too many entries, too many bytes once inflated (declared sizes are checked up front and
 * yauzl checks the actual ones), names that climb out of the archive (`../`, absolute paths,
 * backslashes), encrypted entries, invalid UTF-8 and invalid JSON. Nothing is written to disk.
 */
import { posix } from "node:path";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { InputError } from "../errors.js";
import type { ArtifactLimits } from "./artifact-limits.js";

export const REPORT_FILE = "slipway-report.json";

export async function readReportZip(
  zip: Buffer,
  artifactName: string,
  limits: Pick<ArtifactLimits, "maxEntries" | "maxUncompressedBytes" | "maxReportBytes">,
  /** The JSON file looked for (the monitor's run artifact holds another). */
  fileName = REPORT_FILE,
): Promise<{ path: string; json: unknown }> {
  const fail = (detail: string, cause?: unknown) =>
    new InputError(artifactName, detail, {}, cause === undefined ? undefined : { cause });
  let zipfile: ZipFile;
  try {
    zipfile = await openZip(zip);
  } catch (error) {
    throw fail(`the artifact is not a readable zip (${messageOf(error)}).`, error);
  }
  try {
    if (zipfile.entryCount > limits.maxEntries) {
      throw fail(
        `the artifact holds ${zipfile.entryCount} files; the Slipway app reads at most ${limits.maxEntries}.`,
      );
    }
    let entries: Entry[];
    try {
      entries = await listEntries(zipfile);
    } catch (error) {
      // yauzl's own checks: "invalid relative path: ../x", "absolute path: /x", "invalid characters in fileName".
      throw fail(`the artifact's zip is refused: ${messageOf(error)}.`, error);
    }
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limits.maxUncompressedBytes) {
      throw fail(
        `the artifact unpacks to ${declared} bytes; the Slipway app unpacks at most ${limits.maxUncompressedBytes}.`,
      );
    }
    const entry = pickReportEntry(entries, fail, fileName);
    if (entry.isEncrypted()) throw fail(`${entry.fileName} is encrypted.`);
    if (entry.uncompressedSize > limits.maxReportBytes) {
      throw fail(
        `${entry.fileName} is ${entry.uncompressedSize} bytes; the Slipway app reads reports up to ${limits.maxReportBytes}.`,
      );
    }
    let bytes: Buffer;
    try {
      bytes = await readEntry(zipfile, entry, limits.maxReportBytes);
    } catch (error) {
      throw fail(`${entry.fileName} could not be unpacked (${messageOf(error)}).`, error);
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch (error) {
      throw fail(`${entry.fileName} is not UTF-8 text.`, error);
    }
    try {
      return { path: entry.fileName, json: JSON.parse(text) };
    } catch (error) {
      throw fail(`${entry.fileName} is not valid JSON (${messageOf(error)}).`, error);
    }
  } finally {
    zipfile.close();
  }
}

/** The file (slipway-report.json) at the root, else the only one in a folder. */
function pickReportEntry(entries: Entry[], fail: (detail: string) => InputError, fileName: string): Entry {
  const files = entries.filter((entry) => !entry.fileName.endsWith("/"));
  const root = files.find((entry) => entry.fileName === fileName);
  if (root) return root;
  const nested = files.filter((entry) => posix.basename(entry.fileName) === fileName);
  const [only] = nested;
  if (only && nested.length === 1) return only;
  if (nested.length > 1) {
    const names = nested.slice(0, 3).map((entry) => entry.fileName);
    throw fail(
      `the artifact holds ${nested.length} ${fileName} files (${names.join(", ")}); upload one report per ` +
        "artifact (slipway-report-<variant> for variants).",
    );
  }
  const names = files.slice(0, 5).map((entry) => entry.fileName);
  throw fail(
    `the artifact holds no ${fileName}${names.length > 0 ? ` (it holds ${names.join(", ")}${files.length > 5 ? ", …" : ""})` : " (it is empty)"}.`,
  );
}

function openZip(zip: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      zip,
      {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: true,
        validateEntrySizes: true,
        strictFileNames: true,
      },
      (error, zipfile) => (error ? reject(error) : resolve(zipfile)),
    );
  });
}

function listEntries(zipfile: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zipfile.on("entry", (entry: Entry) => {
      entries.push(entry);
      zipfile.readEntry();
    });
    zipfile.once("end", () => resolve(entries));
    zipfile.once("error", reject);
    zipfile.readEntry();
  });
}

function readEntry(zipfile: ZipFile, entry: Entry, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > max) {
          stream.destroy(new Error(`more than ${max} bytes once inflated`));
          return;
        }
        chunks.push(chunk);
      });
      stream.once("error", reject);
      stream.once("end", () => resolve(Buffer.concat(chunks, total)));
    });
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
