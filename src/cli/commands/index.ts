/**
 * Every `slipway` command, registered in one place: a new command is one file and one line here.
 * A command's module is loaded only when that command runs (all of them for help or an unknown
 * name): loading every command — the GitHub client, the Markdown parser, PostgreSQL's driver, the
 * container builders — delayed a 3M-row validation's first query by about 90 ms.
 */
import type { Command } from "commander";
import type { CliIo } from "../context.js";

/** A command sets the exit code through `setExit` (0 passed, 1 failures found) and throws for 2. */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

/** Each command's name and its module's registration, in the order help lists them. */
const commands: Record<string, () => Promise<RegisterCommand>> = {
  "validate-data": async () => (await import("./validate-data.js")).registerValidateData,
  "infer-schema": async () => (await import("./infer-schema.js")).registerInferSchema,
  "test-model": async () => (await import("./test-model.js")).registerTestModel,
  package: async () => (await import("./package.js")).registerPackage,
  drift: async () => (await import("./drift.js")).registerDrift,
  gate: async () => (await import("./gate.js")).registerGate,
  config: async () => (await import("./config.js")).registerConfig,
  run: async () => (await import("./run.js")).registerRun,
  init: async () => (await import("./init.js")).registerInit,
  report: async () => (await import("./report.js")).registerReport,
  monitor: async () => (await import("./monitor.js")).registerMonitor,
};

/** Registers the command `argv` names, or every command when it names none of them. */
export async function registerCommands(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
  argv: readonly string[],
): Promise<void> {
  const [first] = argv;
  const names = first !== undefined && Object.hasOwn(commands, first) ? [first] : Object.keys(commands);
  for (const name of names) {
    const load = commands[name];
    if (load) (await load())(program, io, setExit);
  }
}
