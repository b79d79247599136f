import { describe, expect, it } from "@jest/globals";
import { InputError } from "../../src/errors.js";
import { parseSampleInput } from "../../src/package/sample-input.js";

describe("parseSampleInput", () => {
  it.each([
    ['{"instances": [[1, 2], [3, 4]]}', 2, '{"instances": [[1, 2], [3, 4]]}'],
    ['[{"age": 3}]', 1, '{"instances":[{"age":3}]}'],
  ])("accepts %s", (text, rows, body) => {
    const sample = parseSampleInput(text, "tests/sample.json");
    expect(sample.rows).toBe(rows);
    expect(JSON.parse(sample.body)).toEqual(JSON.parse(body));
  });

  it.each([
    ['{"instances": [[1, 2],\n  [3, 4]', "tests/sample.json: line 2: is not valid JSON"],
    ['{"rows": [[1]]}', 'tests/sample.json: field "instances": must be {"instances": [row, …]}'],
    ['{"instances": []}', 'tests/sample.json: field "instances": has no rows'],
    ['{"instances": [[1], 7]}', 'tests/sample.json: field "instances[1]": row 2 is 7'],
  ])("rejects %j with one message naming the file and where", (text, start) => {
    let error: unknown;
    try {
      parseSampleInput(text, "tests/sample.json");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message.startsWith(start)).toBe(true);
    expect((error as InputError).exitCode).toBe(2);
  });
});
