/** Params compared with the baseline's, as `dvc params diff` lists them: only what differs. */
import { isDeepStrictEqual } from "node:util";
import type { ParamChange } from "./types.js";

export type { ParamChange };

export function diffParams(head: Record<string, unknown>, base: Record<string, unknown>): ParamChange[] {
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const changes: ParamChange[] = [];
  for (const name of names) {
    const inHead = Object.hasOwn(head, name);
    const inBase = Object.hasOwn(base, name);
    if (inHead && !inBase) changes.push({ name, change: "added", head: head[name] });
    else if (!inHead && inBase) changes.push({ name, change: "removed", base: base[name] });
    else if (!isDeepStrictEqual(head[name], base[name])) {
      changes.push({ name, change: "changed", base: base[name], head: head[name] });
    }
  }
  return changes;
}
