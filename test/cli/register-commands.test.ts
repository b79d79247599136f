/**
 * The CLI loads only the module of the command it runs (each command's module pulls in what that
 * command needs: the GitHub client, the Markdown parser, PostgreSQL's driver…); help and an unknown
 * name still see every command.
 */
import { describe, expect, it } from "@jest/globals";
import { Command } from "commander";
import { registerCommands } from "../../src/cli/commands/index.js";
import type { CliIo } from "../../src/cli/context.js";

const io: CliIo = { cwd: process.cwd(), env: {}, stdout: () => {}, stderr: () => {}, isTTY: false };

async function registered(argv: string[]): Promise<string[]> {
  const program = new Command("slipway");
  await registerCommands(program, io, () => {}, argv);
  return program.commands.map((command) => command.name());
}

const ALL = [
  "validate-data",
  "infer-schema",
  "test-model",
  "package",
  "drift",
  "gate",
  "config",
  "run",
  "init",
  "report",
  "monitor",
];

describe("registerCommands", () => {
  it("registers only the command that runs", async () => {
    expect(await registered(["validate-data", "--data", "x.csv"])).toEqual(["validate-data"]);
    expect(await registered(["gate", "explain"])).toEqual(["gate"]);
  });

  it.each([[[]], [["--help"]], [["help", "drift"]], [["--version"]], [["valdate-data"]], [["toString"]]])(
    "registers every command, in help's order, for %j",
    async (argv) => {
      expect(await registered(argv)).toEqual(ALL);
    },
  );
});
