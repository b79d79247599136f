/** Reads every configured metrics file into one flat set of metrics, remembering which file gave which. */
import { InputError } from "../../errors.js";
import type { ModelFiles } from "../files/model-files.js";
import { parseMetricsFile } from "./parse-metrics-file.js";

export interface MetricsRead {
  metrics: Record<string, number>;
  /** Metric name → the file it came from. */
  sources: Record<string, string>;
  /** The files read. */
  files: string[];
  /** Configured paths (or globs) that named no file there. */
  missing: string[];
  /** Things said along the way (values that are not numbers and were skipped). */
  notes: string[];
}

export async function readMetrics(files: ModelFiles, patterns: readonly string[]): Promise<MetricsRead> {
  const out: MetricsRead = { metrics: {}, sources: {}, files: [], missing: [], notes: [] };
  for (const pattern of patterns) {
    const paths = await files.expand(pattern);
    let found = false;
    for (const path of paths) {
      const bytes = await files.read(path);
      if (bytes === null) continue;
      found = true;
      out.files.push(path);
      const parsed = parseMetricsFile(bytes.toString("utf8"), path);
      for (const [name, value] of Object.entries(parsed.metrics)) {
        const other = out.sources[name];
        if (other !== undefined) {
          throw new InputError(
            path,
            `metric "${name}" is also in ${other}; a metric must come from one file. Rename or nest one of them.`,
            { field: name },
          );
        }
        out.metrics[name] = value;
        out.sources[name] = path;
      }
      if (parsed.skipped.length > 0) {
        const list = parsed.skipped.map((s) => `${s.name} (${s.kind})`).join(", ");
        out.notes.push(`${path}: skipped values that are not numbers: ${list}.`);
      }
    }
    if (!found) out.missing.push(pattern);
  }
  return out;
}
