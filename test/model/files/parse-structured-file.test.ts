import { describe, expect, test } from "@jest/globals";
import { InputError } from "../../../src/errors.js";
import {
  parseStructuredFile,
  type StructuredFormat,
  structuredFormat,
} from "../../../src/model/files/parse-structured-file.js";

describe("structuredFormat", () => {
  test.each([
    ["metrics.json", "json"],
    ["eval/METRICS.JSON", "json"],
    ["params.yaml", "yaml"],
    ["params.yml", "yaml"],
    ["pyproject.toml", "toml"],
    ["metrics.csv", null],
    ["metrics", null],
  ])("%s → %s", (file, format) => {
    expect(structuredFormat(file)).toBe(format);
  });
});

describe("parseStructuredFile", () => {
  const same = { train: { loss: 0.25, epochs: 3 }, eval: { auc: 0.9 } };
  test.each<[StructuredFormat, string]>([
    ["json", JSON.stringify(same, null, 2)],
    ["yaml", "train:\n  loss: 0.25\n  epochs: 3\neval:\n  auc: 0.9\n"],
    ["toml", "[train]\nloss = 0.25\nepochs = 3\n\n[eval]\nauc = 0.9\n"],
  ])("%s gives the same plain data", (format, text) => {
    expect(parseStructuredFile(text, `m.${format}`, format).data).toEqual(same);
  });

  test("JSON NaN and Infinity written by Python's json.dump become numbers, and their lines are known", () => {
    const text =
      '{\n  "eval": {\n    "loss": NaN,\n    "gain": -Infinity,\n    "note": "NaN stays text"\n  }\n}\n';
    const parsed = parseStructuredFile(text, "m.json", "json");
    expect(parsed.data).toEqual({ eval: { loss: Number.NaN, gain: -Infinity, note: "NaN stays text" } });
    expect(parsed.lineOf(["eval", "loss"])).toBe(3);
    expect(parsed.lineOf(["eval", "gain"])).toBe(4);
  });

  test("a string holding an escaped quote and NaN is left alone", () => {
    const parsed = parseStructuredFile('{"a": "say \\"NaN\\"", "b": 1}', "m.json", "json");
    expect(parsed.data).toEqual({ a: 'say "NaN"', b: 1 });
  });

  test("YAML .nan and .inf are numbers with lines", () => {
    const parsed = parseStructuredFile("a:\n  b: .nan\n  c: -.inf\n", "m.yaml", "yaml");
    expect(parsed.data).toEqual({ a: { b: Number.NaN, c: -Infinity } });
    expect(parsed.lineOf(["a", "b"])).toBe(2);
    expect(parsed.lineOf(["a", "c"])).toBe(3);
  });

  test.each<[StructuredFormat, string, number]>([
    ["json", '{\n  "a": 1\n  "b": 2\n}', 3],
    ["yaml", "a: 1\na: 2\n", 2],
    ["yaml", "- a\nb: 1\n", 2],
    ["toml", "a = 1\nb = = 2\n", 2],
  ])("bad %s is an InputError naming the file and line", (format, text, line) => {
    const run = () => parseStructuredFile(text, `bad.${format}`, format);
    expect(run).toThrow(InputError);
    try {
      run();
    } catch (error) {
      expect((error as InputError).file).toBe(`bad.${format}`);
      expect((error as InputError).where.line).toBe(line);
      expect((error as Error).message).toMatch(new RegExp(`^bad\\.${format}: line ${line}: is not valid`));
    }
  });
});
