/**
 * The datasets of a list of data files: one per file; a folder with many files of one format is one
 * dataset read as a glob; a file named like "reference" beside exactly one other dataset is that
 * dataset's drift reference; names are unique. Pure.
 */

export interface FoundDataset {
  name: string;
  path: string;
  reference?: string;
}

/** Extensions Slipway reads (.txt only where the finder takes it for data: see find-project-files.ts). */
export const DATA_FILE = /\.(csv|tsv|txt|parquet|jsonl|ndjson)(\.gz)?$/i;
/** A folder with more files of one format than this becomes one dataset with a glob. */
const GLOB_OVER = 5;

export function groupDatasets(files: readonly string[]): FoundDataset[] {
  const byFolderAndFormat = new Map<string, string[]>();
  for (const file of files) {
    const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    // Every file here was picked by DATA_FILE, so it has a format.
    const format = (DATA_FILE.exec(file)?.[0] ?? "").toLowerCase();
    const key = `${folder}\u0000${format}`;
    byFolderAndFormat.set(key, [...(byFolderAndFormat.get(key) ?? []), file]);
  }
  const datasets: (FoundDataset & { folder: string; isReference: boolean })[] = [];
  for (const [key, group] of byFolderAndFormat) {
    const [folder, format] = key.split("\u0000") as [string, string];
    if (group.length > GLOB_OVER) {
      const name = folder ? folder.slice(folder.lastIndexOf("/") + 1) : "data";
      datasets.push({ name, path: `${folder ? `${folder}/` : ""}*${format}`, folder, isReference: false });
      continue;
    }
    for (const path of group) {
      const stem = path.slice(path.lastIndexOf("/") + 1).replace(DATA_FILE, "");
      datasets.push({ name: stem, path, folder, isReference: /(^|[-_])ref(erence)?([-_]|$)/i.test(stem) });
    }
  }
  const out: FoundDataset[] = [];
  for (const dataset of datasets.filter((d) => !d.isReference)) {
    out.push({ name: dataset.name, path: dataset.path });
  }
  for (const reference of datasets.filter((d) => d.isReference)) {
    const [sibling, ...others] = out.filter((d) => folderOf(d.path) === reference.folder);
    if (sibling && others.length === 0) sibling.reference = reference.path;
    else out.push({ name: reference.name, path: reference.path });
  }
  // Names are unique in a config: prefix the folder when two files share a stem.
  const clashing = new Set(
    out.filter((d, i) => out.findIndex((o) => o.name === d.name) !== i).map((d) => d.name),
  );
  for (const dataset of out.filter((d) => clashing.has(d.name))) {
    dataset.name = dataset.path.replace(DATA_FILE, "").replace(/[/*]+/g, "-").replace(/^-|-$/g, "");
  }
  return out;
}

function folderOf(path: string): string {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}
