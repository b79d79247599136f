/**
 * Which requirements file the model's commands need, for choosing their Python: `--requirements`,
 * else model.requirements, else what `slipway init` would find (init's findRequirements): a
 * requirements.txt at the root, one dvc.yaml lists among a stage's deps, or one beside the scripts
 * the commands run (`src/requirements.txt` beside `python src/train.py`). Null: none is known.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ModelConfig } from "../config/schema.js";
import { findRequirements } from "../init/find-requirements.js";
import { readDvcProject } from "../init/read-dvc-project.js";

export function findModelRequirements(
  model: ModelConfig,
  root: string,
  explicit: string | null,
): { path: string; from: string } | null {
  if (explicit) return { path: explicit, from: "--requirements" };
  if (model.requirements) return { path: model.requirements, from: "model.requirements" };
  const read = (path: string) => {
    const file = join(root, path);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, "utf8") : null;
  };
  const dvc = readDvcProject([], read);
  const commands = [model.evaluate, model.test, ...(dvc?.commands ?? [])].filter(
    (command): command is string => Boolean(command),
  );
  // Only the files findRequirements may choose are listed: the root's, dvc.yaml's deps, and beside each script.
  const candidates = [
    ...readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name),
    ...(dvc?.deps ?? []),
    ...commands.flatMap((command) =>
      [...command.matchAll(/([\w./-]+)\/[\w.-]+\.(?:py|ipynb)\b/g)].map(
        ([, folder = ""]) => `${folder.replace(/^\.\//, "")}/requirements.txt`,
      ),
    ),
  ].filter((path) => read(path) !== null);
  const found = findRequirements([...new Set(candidates)], { named: dvc?.deps ?? [], commands }).requirements;
  if (!found) return null;
  return { path: found, from: (dvc?.deps ?? []).includes(found) ? "dvc.yaml" : "found" };
}
