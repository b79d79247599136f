/**
 * Reads the structured files DVC reads for metrics and params — JSON, YAML and TOML — into plain
 * data, and says on which line a key sits so a bad value can be pointed at.
 *
 * JSON needs care: Python's `json.dump` writes NaN and ±Infinity as bare `NaN`/`Infinity` tokens,
 * which `JSON.parse` rejects with a message about a position. Evaluation scripts do write them
 * (a metric that diverged), and the person should hear "eval.loss is NaN on line 4", so those
 * tokens are turned into numbers here and their lines remembered.
 */
import { parse as parseToml, TomlError } from "smol-toml";
import { LineCounter, parseDocument } from "yaml";
import { InputError } from "../../errors.js";

export type StructuredFormat = "json" | "yaml" | "toml";

export interface StructuredFile {
  data: unknown;
  /** The 1-based line of the value at `path`, where the format lets us know it. */
  lineOf(path: readonly string[]): number | undefined;
}

export function structuredFormat(file: string): StructuredFormat | null {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".toml")) return "toml";
  return null;
}

export function parseStructuredFile(text: string, file: string, format: StructuredFormat): StructuredFile {
  switch (format) {
    case "json":
      return parseJson(text, file);
    case "yaml":
      return parseYaml(text, file);
    case "toml":
      return parseTomlFile(text, file);
  }
}

const MARKER = "\u0000slipway-nonfinite:";

function parseJson(text: string, file: string): StructuredFile {
  const marked = markNonFinite(text);
  let data: unknown;
  try {
    data = JSON.parse(marked);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const position = /position (\d+)/.exec(detail);
    const line = position ? lineAt(marked, Number(position[1])) : undefined;
    throw new InputError(file, `is not valid JSON: ${detail.replace(/ in JSON at position \d+.*$/, "")}.`, {
      line,
    });
  }
  const lines = new Map<string, number>();
  const restore = (value: unknown, path: string[]): unknown => {
    if (typeof value === "string" && value.startsWith(MARKER)) {
      const [token, line] = value.slice(MARKER.length).split("@");
      lines.set(pathKey(path), Number(line));
      return token === "NaN" ? Number.NaN : token === "-Infinity" ? -Infinity : Infinity;
    }
    if (Array.isArray(value)) return value.map((item, i) => restore(item, [...path, String(i)]));
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) out[key] = restore(inner, [...path, key]);
      return out;
    }
    return value;
  };
  return { data: restore(data, []), lineOf: (path) => lines.get(pathKey(path)) };
}

/** Replaces bare NaN / Infinity / -Infinity tokens (outside strings) with marker strings holding their line. */
function markNonFinite(text: string): string {
  let out = "";
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === "\n") line++;
    if (ch === '"') {
      // Copy the whole string literal, escapes included.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const token = /^(-?Infinity|NaN)\b/.exec(text.slice(i, i + 9))?.[1];
    if (token !== undefined) {
      out += JSON.stringify(`${MARKER}${token}@${line}`);
      i += token.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function parseYaml(text: string, file: string): StructuredFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new InputError(file, `is not valid YAML: ${error.message.split("\n")[0]}`, { line });
  }
  return {
    data: document.toJS() ?? {},
    lineOf: (path) => {
      const node = document.getIn(path as string[], true) as { range?: [number, number] } | undefined;
      return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    },
  };
}

function parseTomlFile(text: string, file: string): StructuredFile {
  try {
    // smol-toml gives null-prototype objects; a JSON round trip would lose NaN, so copy by hand.
    return { data: plain(parseToml(text)), lineOf: () => undefined };
  } catch (cause) {
    if (cause instanceof TomlError) {
      const message = (cause.message.split("\n")[0] ?? cause.message).replace(/^Invalid TOML document: /, "");
      throw new InputError(file, `is not valid TOML: ${message}.`, { line: cause.line }, { cause });
    }
    throw cause;
  }
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = plain(inner);
    return out;
  }
  return value;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

function pathKey(path: readonly string[]): string {
  return path.join("\u0001");
}
