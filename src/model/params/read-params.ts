/**
 * Params files (params.yaml and the like, JSON/YAML/TOML) flattened with dots, as `dvc params diff`
 * names them. Lists stay one value. Several files share one namespace; a key set in two files
 * keeps the later file's value and says so.
 */
import { InputError } from "../../errors.js";
import { flattenObject } from "../files/flatten-object.js";
import type { ModelFiles } from "../files/model-files.js";
import { parseStructuredFile, structuredFormat } from "../files/parse-structured-file.js";

export interface ParamsRead {
  params: Record<string, unknown>;
  files: string[];
  missing: string[];
  notes: string[];
}

export function parseParamsFile(text: string, file: string): Record<string, unknown> {
  const format = structuredFormat(file);
  if (!format) throw new InputError(file, "is not a params format Slipway reads; use JSON, YAML or TOML.");
  const { data } = parseStructuredFile(text, file, format);
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(file, "must hold a mapping of parameter names to values.");
  }
  return Object.fromEntries(flattenObject(data).map((entry) => [entry.name, entry.value]));
}

export async function readParams(files: ModelFiles, patterns: readonly string[]): Promise<ParamsRead> {
  const out: ParamsRead = { params: {}, files: [], missing: [], notes: [] };
  const sources: Record<string, string> = {};
  for (const pattern of patterns) {
    let found = false;
    for (const path of await files.expand(pattern)) {
      const bytes = await files.read(path);
      if (bytes === null) continue;
      found = true;
      out.files.push(path);
      for (const [name, value] of Object.entries(parseParamsFile(bytes.toString("utf8"), path))) {
        if (sources[name] !== undefined) {
          out.notes.push(
            `${path}: param "${name}" is also in ${sources[name]}; the value from ${path} is used.`,
          );
        }
        out.params[name] = value;
        sources[name] = path;
      }
    }
    if (!found) out.missing.push(pattern);
  }
  return out;
}
