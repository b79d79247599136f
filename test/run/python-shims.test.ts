import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { pythonEnv } from "../../src/run/python-shims.js";
import { REFERENCE_PYTHON } from "../helpers/reference-python.js";

describe("pythonEnv", () => {
  it("makes the chosen interpreter the commands' python and python3, even from a path with a quote in it", () => {
    const dir = mkdtempSync(join(tmpdir(), "it's a dir-"));
    const linked = join(dir, "python3");
    symlinkSync(REFERENCE_PYTHON, linked);
    const shims = pythonEnv(linked, { PATH: "/usr/bin:/bin" }, "linux");
    try {
      for (const name of ["python", "python3"]) {
        const out = execFileSync("sh", ["-c", `${name} -c 'import sys; print(sys.argv[1])' "a b"`], {
          env: shims.env,
          encoding: "utf8",
        });
        expect(out).toBe("a b\n");
      }
      const shimDir = shims.env.PATH!.split(":")[0]!;
      expect(shims.env.PATH).toBe(`${shimDir}:/usr/bin:/bin`);
      shims.remove();
      expect(existsSync(shimDir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("on Windows puts the interpreter's folder first instead", () => {
    const shims = pythonEnv("C:\\Python311\\python.exe", { PATH: "C:\\Windows" }, "win32");
    expect(shims.env.PATH?.endsWith(";C:\\Windows")).toBe(true);
  });
});
