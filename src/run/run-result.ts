/** What `slipway run` and the one-step action did, part by part: the one place these types live. */
import type { BuilderName } from "../package/builders/builder.js";
import type { Report } from "../report/types.js";

export type PartName = "data" | "model" | "package";

export const PART_NAMES: readonly PartName[] = ["data", "model", "package"];

export type PartOutcome =
  /** It ran: passed or failed by its own fail-on policy. */
  | { part: PartName; status: "passed" | "failed"; summary: string; seconds: number }
  /** The config asks for it but it did not run here: why, and what to do about it. */
  | { part: PartName; status: "skipped"; reason: string; next: string | null }
  /** The config has no section for it. */
  | { part: PartName; status: "off"; reason: string };

export interface PythonUsed {
  /** As found (a PATH entry or --python). */
  command: string;
  executable: string;
  version: string;
}

export interface RunResult {
  report: Report;
  reportPath: string;
  parts: PartOutcome[];
  /** No part that ran failed. Skipped parts are no failure; they are named in `parts`. */
  passed: boolean;
  /** No part ran (each skipped or off): a green run that proves nothing. */
  checkedNothing: boolean;
  /**
   * 0 passed, 1 a part failed, 2 nothing was checked (unless allowed: `--allow-empty`).
   * (Could-not-run is a thrown Slipway error: 2.)
   */
  exitCode: 0 | 1 | 2;
  python: PythonUsed | null;
  builder: BuilderName | null;
  /** What the parts found that looks like a mistake (the config's own warnings are the loader's). */
  warnings: string[];
}
