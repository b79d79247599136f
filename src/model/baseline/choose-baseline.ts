/**
 * Which baseline a model is compared with, written once for every entry point (the test-model
 * action, the one-step action, `slipway test-model`, `slipway run`): what this run names beats
 * what the config names, a file beats a ref at each level, and only then — in a pull request —
 * the base branch's latest slipway-report artifact. Pure: the caller reads its flags, inputs and
 * environment and hands over plain values.
 */
import type { ModelConfig } from "../../config/schema.js";
import type { BaselineSource } from "./resolve-baseline.js";

/** In a pull request: its base branch, and that branch's report artifact (null when it cannot be read, e.g. no token). */
export interface BaseBranchReport {
  branch: string;
  report: Extract<BaselineSource, { kind: "artifact" }> | null;
}

export interface BaselineChoice {
  /** Named for this run (a CLI flag, an action input): a report or metrics file, paths resolved by the caller. */
  file?: string | undefined;
  /** Named for this run: a git ref whose metrics files are the baseline. */
  ref?: string | undefined;
  /** model.baseline from the config. */
  config?: ModelConfig["baseline"];
  /**
   * Set by an adapter that reads the base branch's report (the actions): the branch when the run is
   * a pull request, null when it is not; undefined where no base branch is looked for (the CLI).
   */
  baseBranch?: BaseBranchReport | null | undefined;
  /** How this run's own baseline options are called, for the message when there is no baseline ("--baseline, --baseline-ref"). */
  optionNames?: string;
}

export function chooseBaseline(choice: BaselineChoice): BaselineSource {
  if (choice.file) return { kind: "file", path: choice.file };
  if (choice.ref) return { kind: "git", ref: choice.ref };
  if (choice.config?.report) return { kind: "file", path: choice.config.report };
  if (choice.config?.ref) return { kind: "git", ref: choice.config.ref };
  if (choice.baseBranch) {
    return (
      choice.baseBranch.report ?? {
        kind: "none",
        reason: `No token to read the ${choice.baseBranch.branch} branch's slipway-report artifact; compared with nothing.`,
      }
    );
  }
  const named = choice.optionNames ? `${choice.optionNames} or model.baseline` : "model.baseline";
  const none =
    choice.baseBranch === null ? "Not a pull request and no baseline configured" : "No baseline given";
  return { kind: "none", reason: `${none} (${named}); compared with nothing.` };
}
