import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "@jest/globals";
import { InputError } from "../../src/errors.js";
import { workingTreeFiles } from "../../src/model/files/model-files.js";
import { MAX_SECTION_CHARS } from "../../src/report/markdown/comment-extras.js";
import { copyCommentImages, IMAGES_FOLDER } from "../../src/run/copy-comment-images.js";
import { readCommentFiles } from "../../src/run/read-comment-files.js";
import { removeTempDirs, tempDir } from "../model/helpers/temp-dir.js";

afterAll(removeTempDirs);

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

describe("readCommentFiles", () => {
  test("sections as written (a long one cut and counted), images with their sizes, a glob matching nothing warned", async () => {
    const root = tempDir({
      "reports/a.md": "# A\n\nhello @team\n",
      "reports/b.md": "x".repeat(MAX_SECTION_CHARS + 5),
      "reports/roc.png": PNG,
      "reports/cal.svg": "<svg/>",
    });
    const read = await readCommentFiles(workingTreeFiles(root), {
      include: ["reports/*.md", "reports/a.md"],
      images: ["reports/*.png", "reports/*.svg", "figures/*.png"],
    });
    expect(read.sections).toEqual([
      { path: "reports/a.md", markdown: "# A\n\nhello @team\n", cut: 0 },
      { path: "reports/b.md", markdown: "x".repeat(MAX_SECTION_CHARS), cut: 5 },
    ]);
    expect(read.images).toEqual([
      { path: "reports/roc.png", size_bytes: PNG.length },
      { path: "reports/cal.svg", size_bytes: 6 },
    ]);
    expect(read.warnings).toEqual(["comment.images: figures/*.png matched no file."]);
  });

  test.each<[string, Record<string, string | Buffer>, { include: string[]; images: string[] }, string]>([
    [
      "a named file that does not exist",
      {},
      { include: ["reports/summary.md"], images: [] },
      "reports/summary.md: does not exist. Write it before Slipway's step ends, or fix comment.include.",
    ],
    ["a binary include", { "a.md": PNG }, { include: ["a.md"], images: [] }, "a.md: is not text"],
    [
      "an image that is not one",
      { "a.csv": "x" },
      { include: [], images: ["a.csv"] },
      "a.csv: is not an image",
    ],
  ])("%s is an InputError naming the file", async (_, files, comment, message) => {
    const root = tempDir(files);
    await expect(readCommentFiles(workingTreeFiles(root), comment)).rejects.toThrow(message);
    await expect(readCommentFiles(workingTreeFiles(root), comment)).rejects.toBeInstanceOf(InputError);
  });
});

describe("copyCommentImages", () => {
  test("images land beside the report under slipway-images/, replacing an earlier run's", () => {
    const root = tempDir({ "reports/roc.png": PNG, "out/slipway-images/old.png": PNG });
    const reportPath = join(root, "out", "slipway-report.json");
    const folder = copyCommentImages(root, reportPath, [{ path: "reports/roc.png", size_bytes: PNG.length }]);
    expect(folder).toBe(join(root, "out", IMAGES_FOLDER));
    expect(readFileSync(join(folder!, "reports/roc.png"))).toEqual(PNG);
    expect(existsSync(join(folder!, "old.png"))).toBe(false);
    expect(copyCommentImages(root, reportPath, [])).toBeNull();
    expect(existsSync(folder!)).toBe(false);
  });

  test("a path leaving the repository is refused", () => {
    const root = tempDir({});
    expect(() =>
      copyCommentImages(root, join(root, "slipway-report.json"), [
        { path: "../../etc/passwd.png", size_bytes: 1 },
      ]),
    ).toThrow("is outside the repository");
  });
});
