import { describe, expect, test } from "@jest/globals";
import { parseCommand } from "../../src/gate/parse-command.js";

describe("parseCommand", () => {
  test.each([
    ["/slipway approve production", { kind: "approve", environment: "production" }],
    ["  /Slipway   APPROVE   staging  ", { kind: "approve", environment: "staging" }],
    [
      "\n\n/slipway approve production\nShipped after a look at the drift.",
      { kind: "approve", environment: "production" },
    ],
    ["/slipway status", { kind: "status" }],
    ["/slipway status\r\nthanks", { kind: "status" }],
    ["/slipway approve", { kind: "invalid", problem: expect.stringMatching(/say which one environment/) }],
    [
      "/slipway approve production staging",
      { kind: "invalid", problem: expect.stringMatching(/say which one/) },
    ],
    ["/slipway deploy", { kind: "invalid", problem: expect.stringMatching(/unknown command "deploy"/) }],
    ["/slipway", { kind: "invalid", problem: expect.stringMatching(/Commands: `\/slipway approve/) }],
    ["/slipway status now", { kind: "invalid", problem: expect.stringMatching(/takes nothing after it/) }],
  ])("%j", (body, command) => {
    expect(parseCommand(body)).toEqual(command);
  });

  test.each([
    "LGTM",
    "",
    "   \n  ",
    "> /slipway approve production\nquoting someone",
    "Please run /slipway approve production",
    "/slipwayapprove production",
  ])("%j is not a command", (body) => {
    expect(parseCommand(body)).toBeNull();
  });
});
