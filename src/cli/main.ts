/**
 * `slipway …`: the command-line adapter. Builds the commander program, runs one command, and is
 * the only try/catch: anything thrown becomes one line on stderr and exit code 2 (usage, missing
 * files, bad config) — or the command's own 0/1.
 */
import { Command, CommanderError } from "commander";
import { describeFailure, ExitError } from "../errors.js";
import { registerCommands } from "./commands/index.js";
import type { CliIo } from "./context.js";

export const VERSION = "0.1.0";

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const program = new Command("slipway")
    .description("CI/CD for data-science teams: validate data, test models, package them, gate deployments.")
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  let exitCode = 0;
  try {
    await registerCommands(
      program,
      io,
      (code) => {
        exitCode = code;
      },
      argv,
    );
    await program.parseAsync(argv as string[], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end with code 0; everything else commander rejects is bad usage.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ExitError) return error.exitCode;
    const failure = describeFailure(error);
    io.stderr(`slipway: ${failure.message}\n`);
    return failure.exitCode;
  }
}
