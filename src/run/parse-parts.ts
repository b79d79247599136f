/** `--skip data,package` / the action's `skip` input: part names, each checked. */
import { InputError } from "../errors.js";
import { PART_NAMES, type PartName } from "./run-result.js";

export function parseParts(value: string | undefined, source: string): PartName[] {
  if (!value) return [];
  const parts = value
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  for (const part of parts) {
    if (!PART_NAMES.includes(part as PartName)) {
      throw new InputError(
        source,
        `"${part}" is not a part; use ${PART_NAMES.join(", ")} (comma-separated).`,
      );
    }
  }
  return [...new Set(parts)] as PartName[];
}
