/**
 * Why packaging could not finish. Each reason is a user-facing condition with its own message and
 * exit code 2 ("could not run"); callers branch on `reason`, never on the message text.
 */
import { SlipwayError } from "../errors.js";
import type { PackageReport } from "../report/types.js";

export type PackageFailure =
  /** No usable docker (buildx), buildah or podman on PATH. */
  | "no-builder"
  /** The builder failed on the Dockerfile (not on the requirements: that is an InputError). */
  | "build-failed"
  /** The registry refused the push (credentials, permissions, read-only registry…). */
  | "push-refused"
  /** The builder could not run or inspect the image it built. */
  | "builder-failed";

export class PackageError extends SlipwayError {
  // The shared codes are CONFIG | INPUT | EXIT | INTERNAL: these are problems with what the step
  // was given (its machine, its registry, its Dockerfile), so INPUT, with the finer `reason`.
  readonly code = "INPUT";
  readonly exitCode = 2;
  /** The tool's whole output, when a tool failed. */
  readonly output: string | undefined;
  constructor(
    readonly reason: PackageFailure,
    message: string,
    /** What was done before the failure (an image built and smoke-tested, then refused by the registry). */
    readonly report?: PackageReport,
    options?: { cause?: unknown; output?: string },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.output = options?.output;
    this.name = "PackageError";
  }
}
