/**
 * One file out of a downloaded artifact zip, with limits: an artifact from another run is
 * untrusted, and a zip bomb must not fill the runner's memory. yauzl reads the central directory
 * lazily and checks each entry's declared size against the bytes it actually inflates.
 */
import yauzl from "yauzl";

export interface ZipLimits {
  /** Most entries we look through. */
  maxEntries: number;
  /** Largest uncompressed size of the entry we read. */
  maxEntryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxEntryBytes: 20 * 1024 * 1024 };

export class ZipReadError extends Error {
  override name = "ZipReadError";
}

/** The bytes of the entry named `name` (at the top level of the zip), or null when there is none. */
export function readZipEntry(
  zip: Buffer,
  name: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      zip,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: true },
      (error, zipfile) => {
        if (error || !zipfile) {
          reject(new ZipReadError(`not a readable zip (${error?.message ?? "no entries"})`));
          return;
        }
        let seen = 0;
        let settled = false;
        const finish = (fn: () => void) => {
          if (settled) return;
          settled = true;
          zipfile.close();
          fn();
        };
        zipfile.on("error", (cause: Error) =>
          finish(() => reject(new ZipReadError(`a broken zip (${cause.message})`))),
        );
        zipfile.on("end", () => finish(() => resolve(null)));
        zipfile.on("entry", (entry: yauzl.Entry) => {
          seen++;
          if (seen > limits.maxEntries) {
            finish(() => reject(new ZipReadError(`more than ${limits.maxEntries} entries`)));
            return;
          }
          if (entry.fileName !== name) {
            zipfile.readEntry();
            return;
          }
          if (entry.uncompressedSize > limits.maxEntryBytes) {
            finish(() =>
              reject(
                new ZipReadError(
                  `${name} is ${entry.uncompressedSize} bytes, over the ${limits.maxEntryBytes}-byte limit`,
                ),
              ),
            );
            return;
          }
          zipfile.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) {
              finish(() => reject(new ZipReadError(`${name} cannot be read (${streamError?.message})`)));
              return;
            }
            const chunks: Buffer[] = [];
            let size = 0;
            stream.on("data", (chunk: Buffer) => {
              size += chunk.length;
              // validateEntrySizes catches a lying header at the end; this stops inflating at the limit.
              if (size > limits.maxEntryBytes) {
                stream.destroy();
                finish(() =>
                  reject(new ZipReadError(`${name} inflates past the ${limits.maxEntryBytes}-byte limit`)),
                );
                return;
              }
              chunks.push(chunk);
            });
            stream.on("error", (cause: Error) =>
              finish(() => reject(new ZipReadError(`${name} is corrupt (${cause.message})`))),
            );
            stream.on("end", () => finish(() => resolve(Buffer.concat(chunks))));
          });
        });
        zipfile.readEntry();
      },
    );
  });
}
