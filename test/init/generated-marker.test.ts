import { describe, expect, it } from "@jest/globals";
import { hashOf, provenance, withMarker } from "../../src/init/generated-marker.js";

describe("the slipway init marker", () => {
  const body = "version: 1\ndata: []\n";

  it.each<[string, string, "untouched" | "edited" | "foreign"]>([
    ["as written (#)", withMarker(body, "#"), "untouched"],
    ["as written (//, JSON with comments)", withMarker('{ "a": 1 }\n', "//"), "untouched"],
    ["a line added", `${withMarker(body, "#")}# mine\n`, "edited"],
    ["a value changed", withMarker(body, "#").replace("data: []", "data: [x]"), "edited"],
    [
      "the marker's hash changed by hand",
      withMarker(body, "#").replace(hashOf(body), "0".repeat(16)),
      "edited",
    ],
    ["the marker removed", body, "foreign"],
    ["a person's file", "# my own config\nversion: 1\n", "foreign"],
    ["empty", "", "foreign"],
  ])("%s → %s", (_, text, expected) => {
    expect(provenance(text)).toBe(expected);
  });

  it("starts with one comment line naming the hash of the rest", () => {
    const text = withMarker(body, "#");
    expect(text.split("\n")[0]).toBe(
      `# Written by \`slipway init\` (sha256 ${hashOf(body)}). Edit freely: once edited, slipway init leaves it alone.`,
    );
    expect(text.slice(text.indexOf("\n") + 1)).toBe(body);
  });
});
