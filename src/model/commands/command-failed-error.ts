/**
 * The evaluation command exited non-zero: its metrics cannot be trusted, so the run stops (exit 2)
 * and the person sees the command's own output — usually a Python traceback — in the message.
 */
import { InputError } from "../../errors.js";
import { type CommandResult, outputTail } from "./run-shell.js";

export class CommandFailedError extends InputError {
  override name = "CommandFailedError";
  constructor(
    configFile: string,
    readonly key: string,
    readonly result: CommandResult,
  ) {
    const tail = outputTail(result.output);
    super(
      configFile,
      `the command \`${result.command}\` exited with code ${result.exitCode}.${tail ? ` Its output:\n${tail}` : " It printed nothing."}`,
      { field: key },
    );
  }
}
