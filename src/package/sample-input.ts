/**
 * The smoke test's sample: the JSON body POST /predict takes — `{"instances": [row, …]}` (the
 * TensorFlow Serving / KServe v1 shape) or a bare array of rows, each row an array of values or an
 * object of feature name → value. Checked here so a broken sample is a clear input error before
 * any build starts; whether the model accepts it is the smoke test's question.
 */
import { InputError } from "../errors.js";

export interface SampleInput {
  file: string;
  /** The body sent to /predict, as written. */
  body: string;
  rows: number;
}

export function parseSampleInput(text: string, file: string): SampleInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    const position = /position (\d+)/.exec(String((cause as Error).message))?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
    throw new InputError(
      file,
      `is not valid JSON (${(cause as Error).message}). The sample is the body POST /predict receives: {"instances": [[…], …]}.`,
      line === undefined ? {} : { line },
      { cause },
    );
  }
  const rows = Array.isArray(parsed)
    ? parsed
    : isObject(parsed) && Array.isArray(parsed.instances)
      ? parsed.instances
      : undefined;
  if (!rows) {
    throw new InputError(
      file,
      'must be {"instances": [row, …]} or a JSON array of rows (each row an array of values or an object of feature → value).',
      { field: "instances" },
    );
  }
  if (rows.length === 0) {
    throw new InputError(file, "has no rows: put at least one row in instances.", { field: "instances" });
  }
  rows.forEach((row, index) => {
    if (!Array.isArray(row) && !isObject(row)) {
      throw new InputError(
        file,
        `row ${index + 1} is ${JSON.stringify(row)}: each row is an array of values or an object of feature → value.`,
        { field: `instances[${index}]` },
      );
    }
  });
  return {
    file,
    body: JSON.stringify(Array.isArray(parsed) ? { instances: rows } : parsed),
    rows: rows.length,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
