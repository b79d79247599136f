/** Every `slipway` command, registered in one place: a new command is one file and one line here. */
import type { Command } from "commander";
import type { CliIo } from "../context.js";
import { registerConfig } from "./config.js";
import { registerDrift } from "./drift.js";
import { registerGate } from "./gate.js";
import { registerInferSchema } from "./infer-schema.js";
import { registerInit } from "./init.js";
import { registerMonitor } from "./monitor.js";
import { registerPackage } from "./package.js";
import { registerReport } from "./report.js";
import { registerRun } from "./run.js";
import { registerTestModel } from "./test-model.js";
import { registerValidateData } from "./validate-data.js";

/** A command sets the exit code through `setExit` (0 passed, 1 failures found) and throws for 2. */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

const commands: RegisterCommand[] = [
  registerValidateData,
  registerInferSchema,
  registerTestModel,
  registerPackage,
  registerDrift,
  registerGate,
  registerConfig,
  registerRun,
  registerInit,
  registerReport,
  registerMonitor,
];

export function registerCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  for (const register of commands) register(program, io, setExit);
}
