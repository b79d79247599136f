/**
 * The plots a dvc.yaml defines, as plot specs: top-level `plots:` (a file; a file with `x`/`y`; or
 * a named plot whose `y` maps files to fields) and each stage's `plots:` outputs (`- file:` with
 * `x`/`y`). `template`, `x_label` and the like are DVC's rendering choices and are left out.
 */
import { parse } from "yaml";
import type { PlotSpec } from "../../config/schema.js";
import { InputError } from "../../errors.js";

export function dvcPlotSpecs(text: string, file: string): PlotSpec[] {
  let doc: { plots?: unknown; stages?: Record<string, { plots?: unknown; wdir?: string }> };
  try {
    doc = (parse(text) ?? {}) as typeof doc;
  } catch (cause) {
    throw new InputError(
      file,
      `is not valid YAML: ${(cause as Error).message.split("\n")[0]}`,
      {},
      { cause },
    );
  }
  const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
  const specs: PlotSpec[] = [];
  for (const entry of list(doc.plots)) specs.push(...topLevel(entry, folder));
  for (const stage of Object.values(doc.stages ?? {})) {
    const wdir = join(folder, stage?.wdir ?? "");
    for (const entry of list(stage?.plots)) specs.push(...fileEntry(entry, wdir));
  }
  return specs;
}

function topLevel(entry: unknown, folder: string): PlotSpec[] {
  if (typeof entry === "string") return [{ path: join(folder, entry) }];
  if (!isObject(entry)) return [];
  return Object.entries(entry).flatMap(([name, raw]) => {
    const definition = isObject(raw) ? raw : {};
    const { x, y, title } = definition as { x?: unknown; y?: unknown; title?: unknown };
    const shownTitle = typeof title === "string" ? title : name;
    if (isObject(y)) {
      // A named plot: y maps each file to its field(s); x is one field or maps files too.
      return Object.entries(y).map(([path, fields]) => ({
        path: join(folder, path),
        x:
          typeof x === "string"
            ? x
            : isObject(x) && typeof x[path] === "string"
              ? (x[path] as string)
              : undefined,
        y: fieldList(fields),
        title: shownTitle,
      }));
    }
    return [
      {
        path: join(folder, name),
        x: typeof x === "string" ? x : undefined,
        y: fieldList(y),
        ...(typeof title === "string" ? { title } : {}),
      },
    ];
  });
}

function fileEntry(entry: unknown, wdir: string): PlotSpec[] {
  if (typeof entry === "string") return [{ path: join(wdir, entry) }];
  if (!isObject(entry)) return [];
  return Object.entries(entry).map(([path, raw]) => {
    const { x, y, title } = (isObject(raw) ? raw : {}) as { x?: unknown; y?: unknown; title?: unknown };
    return {
      path: join(wdir, path),
      x: typeof x === "string" ? x : undefined,
      y: fieldList(y),
      ...(typeof title === "string" ? { title } : {}),
    };
  });
}

function fieldList(value: unknown): string | string[] | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((item) => typeof item === "string") && value.length > 0)
    return value as string[];
  return undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function join(folder: string, path: string): string {
  const base = folder.replace(/^\.\/?|\/+$/g, "");
  return (base ? `${base}/${path}` : path).replace(/^\.\//, "").replace(/\/\.\//g, "/");
}
