import { describe, expect, it } from "@jest/globals";
import { parseDuration } from "../../src/config/duration.js";

describe("parseDuration", () => {
  it.each([
    ["90s", 90_000],
    ["30m", 1_800_000],
    ["1h", 3_600_000],
    ["64h", 230_400_000],
    ["2d", 172_800_000],
    ["1w", 604_800_000],
    ["1h30m", 5_400_000],
    ["PT1H", 3_600_000],
    ["P2D", 172_800_000],
    ["P1DT12H", 129_600_000],
  ])("reads %s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["", "1", "h", "1y", "one hour", "P", "PT", "-1h"])("rejects %j", (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
