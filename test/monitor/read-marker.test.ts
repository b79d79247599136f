/** The monitor finds its own issues by the marker in their body; a hand-edited marker is not its. */
import { describe, expect, it } from "@jest/globals";
import { issueMarker, readMarker } from "../../src/monitor/render-issue.js";

describe("readMarker", () => {
  it("reads back the dataset and kind it wrote, whatever the dataset's name", () => {
    const body = `Row count fell.\n\n${issueMarker("orders (eu) %50", "volume")}`;
    expect(readMarker(body)).toEqual({ dataset: "orders (eu) %50", kind: "volume" });
  });

  it.each([
    ["a kind every object has", "<!-- slipway-monitor dataset=orders kind=toString -->"],
    ["a kind it does not know", "<!-- slipway-monitor dataset=orders kind=weather -->"],
    ["a malformed escape in the dataset", "<!-- slipway-monitor dataset=%E0%A4%A kind=volume -->"],
    ["no marker", "an issue someone else opened"],
  ])("is null for %s", (_case, body) => {
    expect(readMarker(body)).toBeNull();
  });
});
