import { describe, expect, test } from "@jest/globals";
import { readZipEntry } from "../../../src/model/baseline/read-zip-entry.js";
import { makeZip } from "../helpers/make-zip.js";

describe("readZipEntry", () => {
  test.each([true, false])("reads the named entry (compressed: %s)", async (compress) => {
    const zip = await makeZip(
      { "other.txt": "x", "slipway-report.json": '{"schema": "slipway/report@1"}' },
      compress,
    );
    expect((await readZipEntry(zip, "slipway-report.json"))?.toString()).toBe(
      '{"schema": "slipway/report@1"}',
    );
  });

  test("null when the zip does not hold it (a nested path is not the top-level file)", async () => {
    const zip = await makeZip({ "dir/slipway-report.json": "{}" });
    expect(await readZipEntry(zip, "slipway-report.json")).toBeNull();
  });

  test("an entry over the size limit is refused before it is inflated", async () => {
    const zip = await makeZip({ "slipway-report.json": "0".repeat(100_000) });
    await expect(
      readZipEntry(zip, "slipway-report.json", { maxEntries: 10, maxEntryBytes: 1000 }),
    ).rejects.toThrow("slipway-report.json is 100000 bytes, over the 1000-byte limit");
  });

  test("a header that lies about the size is caught while inflating (zip bomb)", async () => {
    const zip = await makeZip({ "slipway-report.json": "0".repeat(100_000) });
    // Patch both size fields (local header and central directory) to claim 10 bytes.
    const patched = Buffer.from(zip);
    const patch = (signature: number, sizeOffset: number) => {
      for (let i = 0; i < patched.length - 4; i++) {
        if (patched.readUInt32LE(i) === signature) patched.writeUInt32LE(10, i + sizeOffset);
      }
    };
    patch(0x04034b50, 22); // local file header: uncompressed size
    patch(0x02014b50, 24); // central directory: uncompressed size
    await expect(
      readZipEntry(patched, "slipway-report.json", { maxEntries: 10, maxEntryBytes: 1000 }),
    ).rejects.toThrow(/inflates past the 1000-byte limit|broken zip|corrupt/);
  });

  test("too many entries is refused", async () => {
    const zip = await makeZip(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.txt`, "x"])));
    await expect(
      readZipEntry(zip, "slipway-report.json", { maxEntries: 5, maxEntryBytes: 1000 }),
    ).rejects.toThrow("more than 5 entries");
  });

  test("bytes that are not a zip are refused", async () => {
    await expect(readZipEntry(Buffer.from("<html>not found</html>"), "slipway-report.json")).rejects.toThrow(
      /not a readable zip/,
    );
  });
});
