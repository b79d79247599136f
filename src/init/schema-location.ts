/**
 * Where a dataset's drafted schema is kept: beside the data (`data/train.schema.yaml`) unless git
 * ignores that folder — DVC projects ignore `data/` — then `schemas/<name>.schema.yaml`, else
 * `.github/slipway/schemas/`. A schema a person already keeps at one of those places is theirs and
 * is used as it is.
 */
import type { ProjectFiles } from "./find-project-files.js";
import { provenance } from "./generated-marker.js";
import type { FoundDataset } from "./group-datasets.js";

export interface SchemaLocation {
  path: string;
  /** A person's schema file is there already (not drafted). */
  persons: boolean;
}

export function schemaLocation(
  dataset: FoundDataset,
  project: Pick<ProjectFiles, "isIgnored">,
  existing: (path: string) => string | null,
): SchemaLocation {
  const file = `${slug(dataset.name)}.schema.yaml`;
  const candidates = [besideTheData(dataset), `schemas/${file}`, `.github/slipway/schemas/${file}`];
  for (const path of candidates) {
    const current = existing(path);
    if (current !== null && provenance(current) === "foreign") return { path, persons: true };
  }
  const hidden = `.github/slipway/schemas/${file}`;
  return { path: candidates.find((path) => !project.isIgnored(path)) ?? hidden, persons: false };
}

/** `data/train.csv` → `data/train.schema.yaml`; a glob's schema is named after the dataset. */
function besideTheData(dataset: FoundDataset): string {
  const folder = dataset.path.includes("/") ? dataset.path.slice(0, dataset.path.lastIndexOf("/") + 1) : "";
  const file = dataset.path.slice(folder.length);
  const stem = /[*?[]/.test(file)
    ? slug(dataset.name)
    : file.replace(/\.(csv|tsv|txt|parquet|jsonl|ndjson)(\.gz)?$/i, "");
  return `${folder}${stem}.schema.yaml`;
}

function slug(name: string): string {
  return name.replace(/[^\w.-]+/g, "-") || "data";
}
