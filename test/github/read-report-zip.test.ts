import { describe, expect, it } from "@jest/globals";
import { isSlipwayError } from "../../src/errors.js";
import { DEFAULT_LIMITS } from "../../src/github/artifact-limits.js";
import { readReportZip } from "../../src/github/read-report-zip.js";
import { makeZip, renameEntry, zeroBomb } from "../helpers/github/make-zip.js";

const REPORT = { schema: "slipway/report@1", passed: true };
const json = JSON.stringify(REPORT);

async function refusal(zip: Buffer | Promise<Buffer>, limits = DEFAULT_LIMITS): Promise<string> {
  try {
    await readReportZip(await zip, "slipway-report-xgb", limits);
  } catch (error) {
    if (isSlipwayError(error) && error.code === "INPUT") return error.message;
    throw error;
  }
  throw new Error("the zip was accepted");
}

/** Sets the uncompressed size the central directory declares for every entry (a lying zip). */
function declareSize(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (
    let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
  ) {
    out.writeUInt32LE(size, at + 24);
  }
  return out;
}

describe("readReportZip", () => {
  it("reads slipway-report.json at the root, as upload-artifact makes it", async () => {
    const zip = await makeZip([{ name: "slipway-report.json", data: json }]);
    expect(await readReportZip(zip, "slipway-report", DEFAULT_LIMITS)).toEqual({
      path: "slipway-report.json",
      json: REPORT,
    });
  });

  it("reads the only report in a folder, and prefers the root's over a nested one", async () => {
    const nested = await makeZip([
      { name: "out/", data: "" },
      { name: "out/slipway-report.json", data: json },
      { name: "out/metrics.json", data: "{}" },
    ]);
    expect((await readReportZip(nested, "a", DEFAULT_LIMITS)).path).toBe("out/slipway-report.json");
    const both = await makeZip([
      { name: "out/slipway-report.json", data: "{}" },
      { name: "slipway-report.json", data: json },
    ]);
    expect(await readReportZip(both, "a", DEFAULT_LIMITS)).toEqual({
      path: "slipway-report.json",
      json: REPORT,
    });
  });

  it.each<[string, () => Promise<Buffer> | Buffer, RegExp, Partial<typeof DEFAULT_LIMITS>?]>([
    [
      "no report",
      () => makeZip([{ name: "metrics.json", data: "{}" }]),
      /holds no slipway-report\.json \(it holds metrics\.json\)/,
    ],
    ["an empty zip", () => makeZip([]), /holds no slipway-report\.json \(it is empty\)/],
    [
      "two nested reports",
      () =>
        makeZip([
          { name: "a/slipway-report.json", data: json },
          { name: "b/slipway-report.json", data: json },
        ]),
      /holds 2 slipway-report\.json files \(a\/slipway-report\.json, b\/slipway-report\.json\)/,
    ],
    [
      "a name climbing out of the archive",
      async () =>
        renameEntry(
          await makeZip([{ name: "aa/slipway-report.json", data: json }]),
          "aa/slipway",
          "../slipway",
        ),
      /refused: invalid relative path: \.\.\/slipway-report\.json/,
    ],
    [
      "an absolute name",
      async () =>
        renameEntry(await makeZip([{ name: "etc/slipway-report.json", data: json }]), "etc/", "/et/"),
      /refused: absolute path: \/et\/slipway-report\.json/,
    ],
    [
      "a backslash in a name",
      async () =>
        renameEntry(await makeZip([{ name: "a/b/slipway-report.json", data: json }]), "a/b/", "a\\b/"),
      /refused: invalid characters in fileName/,
    ],
    [
      "too many entries",
      () => makeZip(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.txt`, data: "x" }))),
      /holds 11 files; the Slipway app reads at most 10/,
      { maxEntries: 10 },
    ],
    [
      "a zip bomb",
      () => zeroBomb("slipway-report.json", 8 * 1024 * 1024),
      /unpacks to 8388608 bytes; the Slipway app unpacks at most 1048576/,
      { maxUncompressedBytes: 1024 * 1024 },
    ],
    [
      "a report over the report limit",
      () => makeZip([{ name: "slipway-report.json", data: " ".repeat(5000) + json }]),
      /slipway-report\.json is \d+ bytes; the Slipway app reads reports up to 4096/,
      { maxReportBytes: 4096 },
    ],
    [
      "a zip that lies about its sizes",
      async () => declareSize(await zeroBomb("slipway-report.json", 2 * 1024 * 1024), 100),
      /slipway-report\.json could not be unpacked \(too many bytes in the stream/,
    ],
    [
      "text that is not UTF-8",
      () => makeZip([{ name: "slipway-report.json", data: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }]),
      /is not UTF-8 text/,
    ],
    [
      "text that is not JSON",
      () => makeZip([{ name: "slipway-report.json", data: "{ passed: yes }" }]),
      /is not valid JSON \(/,
    ],
    [
      "bytes that are not a zip",
      () => Buffer.from("PK this is not a zip at all, only text"),
      /is not a readable zip/,
    ],
  ])("refuses %s, saying why", async (_name, make, message, limits = {}) => {
    const text = await refusal(make(), { ...DEFAULT_LIMITS, ...limits });
    expect(text.startsWith("slipway-report-xgb: ")).toBe(true);
    expect(text).toMatch(message);
  });
});
