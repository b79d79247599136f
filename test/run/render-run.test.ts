import { describe, expect, it } from "@jest/globals";
import { renderRunParts, runVerdict } from "../../src/run/render-run.js";
import type { PartOutcome } from "../../src/run/run-result.js";

const data: PartOutcome = { part: "data", status: "passed", summary: "train: valid", seconds: 1.23 };
const modelFailed: PartOutcome = {
  part: "model",
  status: "failed",
  summary: "1 of 3 rules failed",
  seconds: 9,
};
const modelSkipped: PartOutcome = {
  part: "model",
  status: "skipped",
  reason: "no Python",
  next: "Install one.",
};
const packageOff: PartOutcome = {
  part: "package",
  status: "off",
  reason: "no package section in the config",
};
const packageSkipped: PartOutcome = { part: "package", status: "skipped", reason: "--skip", next: null };

describe("renderRunParts", () => {
  it("one line per part, and the next step under a skipped one", () => {
    expect(renderRunParts([data, modelSkipped, packageOff])).toEqual([
      "data    ✓ passed   train: valid (1.2 s)",
      "model   – skipped  no Python",
      "                    next: Install one.",
      "package · off      no package section in the config",
    ]);
  });
});

describe("runVerdict", () => {
  it.each([
    [
      [data, { ...modelFailed, status: "passed" } as PartOutcome, packageOff],
      true,
      "✅ passed — data and model checked. Report: r.json",
    ],
    [
      [data, modelSkipped, packageSkipped],
      true,
      "✅ passed — data checked; model and package skipped (see above). Report: r.json",
    ],
    [
      [data, modelFailed, packageSkipped],
      false,
      "❌ failed: model; package skipped (see above). Report: r.json",
    ],
    [
      [{ ...data, status: "failed" } as PartOutcome, modelFailed],
      false,
      "❌ failed: data and model. Report: r.json",
    ],
    [
      [{ ...modelSkipped, part: "data" } as PartOutcome, modelSkipped, packageOff],
      true,
      "⚠️ nothing was checked; data and model skipped (see above) — a run must check something; fix a skipped part, or pass --allow-empty. Report: r.json",
    ],
    [
      [{ ...modelSkipped, part: "data" } as PartOutcome, modelSkipped, packageOff],
      true,
      "⚠️ nothing was checked; data and model skipped (see above). Report: r.json",
      0,
    ],
  ] as [PartOutcome[], boolean, string, (0 | 1 | 2)?][])("%#", (...[parts, passed, expected, allowed]) => {
    const exitCode = !passed ? 1 : parts.some((p) => p.status === "passed") ? 0 : (allowed ?? 2);
    expect(runVerdict({ parts, passed, exitCode }, "r.json")).toBe(expected);
  });
});
