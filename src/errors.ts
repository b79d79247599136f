/**
 * The few error classes Slipway throws. Entry points branch on `code`, never on message text.
 * Every message is written for the person at the keyboard: it names the file, the key path or
 * row and field, and says what to do next.
 */

export type SlipwayErrorCode = "CONFIG" | "INPUT" | "EXIT" | "INTERNAL";

export abstract class SlipwayError extends Error {
  abstract readonly code: SlipwayErrorCode;
  /** The exit code a CLI or action step should end with. */
  abstract readonly exitCode: number;
}

/** A problem in `.github/slipway.yml` or a schema file: the file and the key path. */
export class ConfigError extends SlipwayError {
  readonly code = "CONFIG";
  readonly exitCode = 2;
  constructor(
    readonly file: string,
    readonly keyPath: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${keyPath ? `${keyPath}: ` : ""}${detail}`, options);
    this.name = "ConfigError";
  }
}

/** A problem with an input file Slipway was asked to read: the file, and where known the row/line and field. */
export class InputError extends SlipwayError {
  readonly code = "INPUT";
  readonly exitCode = 2;
  constructor(
    readonly file: string,
    detail: string,
    readonly where: { row?: number; line?: number; field?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(`${file}${formatWhere(where)}: ${detail}`, options);
    this.name = "InputError";
  }
}

/** Ends a command with a given exit code after its output was already written (1 = ran and found failures). */
export class ExitError extends SlipwayError {
  readonly code = "EXIT";
  constructor(
    readonly exitCode: number,
    message = `exit ${exitCode}`,
  ) {
    super(message);
    this.name = "ExitError";
  }
}

/** One problem stays on the message's line; several become an indented list under it. */
export function listProblems(lines: readonly string[]): string {
  return lines.length === 1 ? `${lines[0]}` : `\n  ${lines.join("\n  ")}`;
}

export function isSlipwayError(error: unknown): error is SlipwayError {
  return error instanceof SlipwayError;
}

function formatWhere(where: { row?: number; line?: number; field?: string }): string {
  const parts: string[] = [];
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.field !== undefined) parts.push(`field "${where.field}"`);
  return parts.length > 0 ? `: ${parts.join(", ")}` : "";
}

/** Turns anything thrown (not only Error) into one line for a person, and the exit code to end with. */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (isSlipwayError(error)) return { message: error.message, exitCode: error.exitCode };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    message: `internal error: ${detail}\nThis is a bug in Slipway; please report it with the command you ran.`,
    exitCode: 2,
  };
}
