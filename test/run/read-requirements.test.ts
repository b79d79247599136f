import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { InputError } from "../../src/errors.js";
import { parseRequirements, readRequirements } from "../../src/run/read-requirements.js";

describe("parseRequirements", () => {
  it.each([
    ["plain names and specifiers", "scikit-learn>=1.2\npandas\n", ["scikit-learn>=1.2", "pandas"], [], []],
    ["comments and blank lines", "# tools\n\nnumpy  # pinned below\n", ["numpy"], [], []],
    [
      "a URL keeps its #fragment",
      "https://x.org/p.whl#sha256=abc\n",
      [],
      [],
      ["https://x.org/p.whl#sha256=abc"],
    ],
    ["continuations", "scikit-learn \\\n  >=1.2\n", ["scikit-learn    >=1.2"], [], []],
    [
      "markers and extras",
      'pandas[parquet]; python_version >= "3.9"\n',
      ['pandas[parquet]; python_version >= "3.9"'],
      [],
      [],
    ],
    ["includes", "-r base.txt\n--requirement=more.txt\n", [], ["base.txt", "more.txt"], []],
    [
      "options, editable and local paths are not checked",
      "--index-url https://i\n-e .\n./pkg\n",
      [],
      [],
      ["--index-url https://i", "-e .", "./pkg"],
    ],
    [
      "a direct reference is checked by name",
      "mylib @ https://x.org/mylib.whl\n",
      ["mylib @ https://x.org/mylib.whl"],
      [],
      [],
    ],
  ])("%s", (_, text, requirements, includes, unchecked) => {
    expect(parseRequirements(text)).toEqual({ requirements, includes, unchecked });
  });
});

describe("readRequirements", () => {
  const dir = mkdtempSync(join(tmpdir(), "slipway-req-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("follows -r includes relative to the including file, each once", () => {
    writeFileSync(join(dir, "requirements.txt"), "-r serve.txt\npytest\n-r serve.txt\n");
    writeFileSync(join(dir, "serve.txt"), "scikit-learn>=1.2\njoblib\npytest\n");
    expect(readRequirements("requirements.txt", dir)).toEqual({
      file: "requirements.txt",
      requirements: ["pytest", "scikit-learn>=1.2", "joblib"],
      unchecked: [],
    });
  });

  it("names the file that includes a missing one", () => {
    writeFileSync(join(dir, "broken.txt"), "-r nowhere.txt\n");
    const read = () => readRequirements("broken.txt", dir);
    expect(read).toThrow(InputError);
    expect(read).toThrow("nowhere.txt: does not exist (included with -r from broken.txt)");
  });
});
