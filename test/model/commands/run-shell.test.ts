import { afterAll, describe, expect, test } from "@jest/globals";
import { outputTail, runShell } from "../../../src/model/commands/run-shell.js";
import { removeTempDirs, tempDir } from "../helpers/temp-dir.js";

afterAll(removeTempDirs);

describe("runShell", () => {
  test("runs through the shell in the folder given, passing output through as it comes", async () => {
    const dir = tempDir({ "in.txt": "from the file\n" });
    const chunks: string[] = [];
    const result = await runShell('cat in.txt && echo "to stderr" >&2 && echo "$GREETING" && exit 3', {
      cwd: dir,
      env: { ...process.env, GREETING: "hello" },
      onOutput: (chunk) => chunks.push(chunk),
    });
    expect(result.exitCode).toBe(3);
    expect(result.output).toContain("from the file\n");
    expect(result.output).toContain("to stderr\n");
    expect(result.output).toContain("hello\n");
    expect(chunks.join("")).toBe(result.output);
    expect(result.seconds).toBeGreaterThanOrEqual(0);
  });

  test("a command that does not exist exits 127 with the shell's message", async () => {
    const result = await runShell("no-such-command-slipway", { cwd: tempDir() });
    expect(result.exitCode).toBe(127);
    expect(result.output).toMatch(/not found/);
  });

  test("a command killed by a signal is a failure", async () => {
    const result = await runShell("kill -TERM $$", { cwd: tempDir() });
    expect(result.exitCode).not.toBe(0);
  });

  test("keeps only the tail of a huge output", async () => {
    const result = await runShell("yes line | head -n 200000", { cwd: tempDir() });
    expect(result.exitCode).toBe(0);
    expect(result.output.length).toBeLessThanOrEqual(64 * 1024);
    expect(result.output.endsWith("line\n")).toBe(true);
  });
});

describe("outputTail", () => {
  test.each([
    ["a\nb\nc\n", 5, "a\nb\nc"],
    ["a\nb\nc\nd\n", 2, "… (2 earlier lines in the log)\nc\nd"],
    ["", 3, ""],
  ])("%j, %i lines", (output, lines, expected) => {
    expect(outputTail(output, lines)).toBe(expected);
  });
});
