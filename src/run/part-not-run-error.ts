/**
 * A part the config asks for that this machine cannot run (no Python with the requirements, no
 * container builder, a base image it cannot pull). `slipway run` skips it and says so; in strict
 * mode (the one-step action: CI must not pass what it did not check) it is this error, exit 2.
 */
import { SlipwayError } from "../errors.js";
import type { PartName } from "./run-result.js";

export class PartNotRunError extends SlipwayError {
  readonly code = "INPUT";
  readonly exitCode = 2;
  constructor(
    readonly part: PartName,
    readonly reason: string,
    readonly next: string | null,
  ) {
    super(`${part}: cannot run here: ${reason}.${next ? ` ${next}` : ""}`);
    this.name = "PartNotRunError";
  }
}
