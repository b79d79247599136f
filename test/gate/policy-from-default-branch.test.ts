import { describe, expect, it } from "@jest/globals";
import { ConfigError, InputError } from "../../src/errors.js";
import { policyFromDefaultBranch } from "../../src/gate/policy-for.js";

const PATH = ".github/slipway.yml";

describe("policyFromDefaultBranch (the gate action and `slipway gate explain --repo`)", () => {
  it("parses the default branch's file and names it owner/name@branch:path", () => {
    const text = "environments:\n  production:\n    approvers: [alice]\n";
    const { config, configFile } = policyFromDefaultBranch(
      { ok: true, value: { branch: "trunk", text } },
      "acme/churn",
      PATH,
    );
    expect(configFile).toBe("acme/churn@trunk:.github/slipway.yml");
    expect(Object.keys(config.environments)).toEqual(["production"]);
  });

  it("fails closed when the file could not be read, and says which permission reads it", () => {
    const read = () => policyFromDefaultBranch({ ok: false, reason: "HTTP 403" }, "acme/churn", PATH);
    expect(read).toThrow(InputError);
    expect(read).toThrow(
      'acme/churn:.github/slipway.yml: could not be read from the default branch: HTTP 403. The token needs "contents: read".',
    );
  });

  it("fails closed when the default branch has no policy file", () => {
    const read = () =>
      policyFromDefaultBranch({ ok: true, value: { branch: "main", text: null } }, "acme/churn", PATH);
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/^acme\/churn@main:\.github\/slipway\.yml: not found on the default branch/);
  });

  it("names the file in a parse error", () => {
    expect(() =>
      policyFromDefaultBranch(
        { ok: true, value: { branch: "main", text: "environments: [" } },
        "acme/churn",
        PATH,
      ),
    ).toThrow(/^acme\/churn@main:\.github\/slipway\.yml/);
  });
});
