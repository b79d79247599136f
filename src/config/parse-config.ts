/**
 * Parse → validate → messages. Returns `{ config, warnings }` or `{ errors }`; each message starts
 * with the file, line and key path and says what to do. Raw zod issues never reach users.
 */
import { isMap, LineCounter, parseDocument } from "yaml";
import { type ZodType, z } from "zod";
import { nearestKey } from "./nearest-key.js";
import { type Config, configSchema } from "./schema.js";

export type ParseResult = { ok: true; config: Config; warnings: string[] } | { ok: false; errors: string[] };
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };
type LineOf = (path: PropertyKey[]) => number | undefined;

export function parseConfig(text: string, file: string): ParseResult {
  const result = parseYamlWith(configSchema, text, file);
  return result.ok ? { ok: true, config: result.value, warnings: [] } : result;
}

/** Validates already-parsed data (the app reads config through `context.config`). */
export function validateConfig(raw: unknown, file: string, lineOf: LineOf = () => undefined): ParseResult {
  const result = validateWith(configSchema, raw, file, lineOf);
  return result.ok ? { ok: true, config: result.value, warnings: [] } : result;
}

/**
 * Parses YAML (or JSON, which is YAML) against a zod schema, with messages that carry the file,
 * line and key path. Used for slipway.yml and for the data schema files.
 */
export function parseYamlWith<S extends ZodType>(schema: S, text: string, file: string): Parsed<z.output<S>> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const line = lineCounter.linePos(error.pos[0]).line;
        return `${file}${line ? `:${line}` : ""}: not valid YAML: ${firstLine(error.message)}`;
      }),
    };
  }
  const raw = document.toJS() ?? {};
  const lineOf = (path: PropertyKey[]): number | undefined => {
    const node = document.getIn(path as unknown[], true) as { range?: [number, number] } | undefined;
    const offset = node?.range?.[0] ?? (isMap(document.contents) ? undefined : 0);
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  return validateWith(schema, raw, file, lineOf);
}

export function validateWith<S extends ZodType>(
  schema: S,
  raw: unknown,
  file: string,
  lineOf: LineOf = () => undefined,
): Parsed<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.flatMap((issue) => describeIssue(schema, issue, raw, file, lineOf));
  return { ok: false, errors };
}

function describeIssue(
  schema: ZodType,
  issue: z.core.$ZodIssue,
  raw: unknown,
  file: string,
  lineOf: LineOf,
): string[] {
  const at = (path: PropertyKey[]) => {
    const line = lineOf(path);
    return `${file}${line ? `:${line}` : ""}: ${formatPath(path) || "(top level)"}`;
  };
  if (issue.code === "unrecognized_keys") {
    const known = knownKeysAt(schema, issue.path, raw);
    return issue.keys.map((key) => {
      const suggestion = nearestKey(key, known);
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : ` Valid keys: ${known.join(", ")}.`;
      return `${at([...issue.path, key])}: unknown key "${key}".${hint}`;
    });
  }
  if (issue.code === "invalid_value" && "values" in issue) {
    const value = valueAt(raw, issue.path);
    const options = issue.values.map((v) => JSON.stringify(v));
    const suggestion = typeof value === "string" ? nearestKey(value, issue.values.map(String)) : undefined;
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : "";
    return [`${at(issue.path)}: ${JSON.stringify(value)} is not one of ${options.join(", ")}.${hint}`];
  }
  if (issue.code === "invalid_type") {
    const value = valueAt(raw, issue.path);
    const got = value === undefined ? "nothing (the key is missing)" : describeValue(value);
    return [`${at(issue.path)}: expected ${issue.expected}, got ${got}.`];
  }
  if (issue.code === "invalid_union") {
    return [`${at(issue.path)}: ${describeUnion(issue)}`];
  }
  return [`${at(issue.path)}: ${issue.message}.`];
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion): string {
  // Report the branch that got furthest (fewest issues), so the message is about the user's intent.
  const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
  const first = best?.[0];
  if (!first) return "does not match any allowed form.";
  const where = first.path.length > 0 ? `${formatPath(first.path)}: ` : "";
  return `${where}${first.message}.`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** The keys the schema allows at `path`, walking through wrappers, arrays, records and unions. */
function knownKeysAt(schema: ZodType, path: readonly PropertyKey[], raw: unknown): string[] {
  let current: ZodType | undefined = schema;
  for (const part of path) {
    current = current ? childSchema(unwrap(current), part) : undefined;
  }
  if (!current) return [];
  const target = unwrap(current);
  if (target instanceof z.ZodObject) return Object.keys(target.shape);
  if (target instanceof z.ZodUnion) {
    const value = valueAt(raw, path);
    const present = value && typeof value === "object" ? Object.keys(value) : [];
    // Prefer the union member that shares most keys with what the user wrote.
    const members = (target.options as ZodType[]).map(unwrap).filter((m) => m instanceof z.ZodObject);
    const scored = members
      .map((m) => ({ keys: Object.keys((m as z.ZodObject).shape), score: 0 }))
      .map((m) => ({ ...m, score: present.filter((k) => m.keys.includes(k)).length }))
      .sort((a, b) => b.score - a.score);
    return scored[0]?.keys ?? [];
  }
  return [];
}

function childSchema(schema: ZodType, part: PropertyKey): ZodType | undefined {
  if (schema instanceof z.ZodObject) return (schema.shape as Record<string, ZodType>)[String(part)];
  if (schema instanceof z.ZodArray) return schema.element as ZodType;
  if (schema instanceof z.ZodRecord) return schema.valueType as ZodType;
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as ZodType[]) {
      const child = childSchema(unwrap(option), part);
      if (child) return child;
    }
  }
  return undefined;
}

function unwrap(schema: ZodType): ZodType {
  let current: ZodType = schema;
  for (let i = 0; i < 10; i++) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodNullable
    ) {
      current = current.unwrap() as ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as ZodType;
    } else break;
  }
  return current;
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}

/** "file:12: key: detail" → "line 12: key: detail", for messages whose error already names the file. */
export function withoutFile(message: string, file: string): string {
  const rest = message.startsWith(file) ? message.slice(file.length) : message;
  return rest.replace(/^:(\d+): /, "line $1: ").replace(/^: /, "");
}
