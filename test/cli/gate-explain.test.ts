import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { runCli } from "../helpers/run-cli.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const POLICY = `version: 1
environments:
  production:
    require: [data, model]
    approvals: 1
    approvers: [alice, "@acme/ml-leads"]
    branches: [main]
    tags: ["v*"]
    freeze:
      - { cron: "0 17 * * 5", duration: 64h, timezone: Europe/Paris }
    override-approvers: [erin]
  staging: {}
`;

function repo(policy = POLICY): string {
  const dir = mkdtempSync(join(tmpdir(), "slipway-gate-cli-"));
  mkdirSync(join(dir, ".github"));
  writeFileSync(join(dir, ".github/slipway.yml"), policy);
  return dir;
}

const FACTS = `# What was known when production was asked for.
environment: production
commit: ${SHA}
ref: refs/tags/v1.2.0
deployer: deploy-bot
pull_requests: [{ number: 12, author: carol }]
reports:
  - { part: data, passed: true }
  - { part: model, passed: true, detail: f1 0.91 }
reviews:
  - { pull_request: 12, user: alice, state: APPROVED, submitted_at: "2025-01-08T09:00:00Z" }
now: "2025-01-08T10:00:00Z"
`;

describe("slipway gate explain --facts", () => {
  test("approved: exit 0, and every rule said", async () => {
    const dir = repo();
    writeFileSync(join(dir, "facts.yml"), FACTS);
    const run = await runCli(["gate", "explain", "--facts", "facts.yml"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "production: APPROVED for commit 0123456 (refs/tags/v1.2.0)",
        '  ✓ ref: tag v1.2.0 may deploy here (matches "v*").',
        "  ✓ require: the data checks passed for commit 0123456.",
        "  ✓ require: the model checks passed for commit 0123456 (f1 0.91).",
        "  ✓ approvals: 1 of 1 approval: alice (review on #12).",
        "  ✓ freeze: no freeze window is open.",
        "",
      ].join("\n"),
    );
  });

  test("pending inside the freeze (--now overrides the file's clock): exit 1 and when to look again", async () => {
    const dir = repo();
    writeFileSync(join(dir, "facts.yml"), FACTS);
    const run = await runCli(["gate", "explain", "--facts", "facts.yml", "--now", "2025-01-10T20:00:00Z"], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^production: PENDING for commit 0123456/);
    expect(run.stdout).toMatch(/… freeze: production is frozen until 2025-01-13 09:00 Europe\/Paris/);
    expect(run.stdout).toMatch(/Look again at 2025-01-13 08:00 UTC\./);
  });

  test("rejected: a failed report, exit 1; --json carries the decision and the facts", async () => {
    const dir = repo();
    writeFileSync(
      join(dir, "facts.yml"),
      FACTS.replace("{ part: model, passed: true", "{ part: model, passed: false"),
    );
    const run = await runCli(["gate", "explain", "--facts", "facts.yml", "--json"], { cwd: dir });
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.decision.outcome).toBe("rejected");
    expect(out.decision.reasons).toEqual(["the model checks failed for commit 0123456 (f1 0.91)."]);
    expect(out.facts.commit).toBe(SHA);
  });

  test("--environment decides the same facts for another environment", async () => {
    const dir = repo();
    writeFileSync(join(dir, "facts.yml"), FACTS);
    const run = await runCli(["gate", "explain", "--facts", "facts.yml", "-e", "staging"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^staging: APPROVED/);
  });

  test("--save-facts writes a file that replays to the same decision", async () => {
    const dir = repo();
    writeFileSync(join(dir, "facts.yml"), FACTS);
    const first = await runCli(
      [
        "gate",
        "explain",
        "--facts",
        "facts.yml",
        "--now",
        "2025-01-10T20:00:00Z",
        "--save-facts",
        "saved.json",
      ],
      { cwd: dir },
    );
    const saved = JSON.parse(readFileSync(join(dir, "saved.json"), "utf8"));
    expect(saved.now).toBe("2025-01-10T20:00:00.000Z");
    const replay = await runCli(["gate", "explain", "--facts", "saved.json"], { cwd: dir });
    expect(replay.stdout).toBe(first.stdout);
    expect(replay.code).toBe(1);
  });
});

describe("slipway gate explain: could not run (exit 2, one line naming the file and field)", () => {
  test.each([
    [
      "a review state GitHub does not have",
      FACTS.replace("state: APPROVED", "state: LGTM"),
      [],
      /^slipway: facts\.yml: line 11: reviews\[0\]\.state: .*APPROVED/,
    ],
    [
      "a commit that is not a SHA",
      FACTS.replace(SHA, "main"),
      [],
      /^slipway: facts\.yml: line 3: commit: expected a commit SHA/,
    ],
    [
      "an unknown key",
      `${FACTS}reviewers: []\n`,
      [],
      /^slipway: facts\.yml: line 13: reviewers: unknown key "reviewers"\. Did you mean "reviews"\?/,
    ],
    [
      "a time without a zone",
      FACTS.replace('"2025-01-08T09:00:00Z"', '"2025-01-08 09:00"'),
      [],
      /facts\.yml: line 11: reviews\[0\]\.submitted_at/,
    ],
    ["not YAML", "environment: [production\n", [], /^slipway: facts\.yml: line \d+: not valid YAML/],
    [
      "an environment without a policy",
      FACTS,
      ["-e", "prod"],
      /\.github\/slipway\.yml: environments: no policy for environment "prod" \(it has: production, staging\)/,
    ],
    [
      "a --now that is no date",
      FACTS,
      ["--now", "friday"],
      /^slipway: --now: "friday" is not an ISO 8601 date-time/,
    ],
  ])("%s", async (_, facts, extra, message) => {
    const dir = repo();
    writeFileSync(join(dir, "facts.yml"), facts);
    const run = await runCli(["gate", "explain", "--facts", "facts.yml", ...extra], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test("a policy that cannot be applied names its key", async () => {
    const dir = repo(POLICY.replace('"0 17 * * 5"', '"0 17 * *"'));
    writeFileSync(join(dir, "facts.yml"), FACTS);
    const run = await runCli(["gate", "explain", "--facts", "facts.yml"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /slipway\.yml: environments\.production\.freeze\[0\]\.cron: "0 17 \* \*" has 4 fields/,
    );
  });

  test("a missing facts file", async () => {
    const run = await runCli(["gate", "explain", "--facts", "nope.yml"], { cwd: repo() });
    expect(run).toMatchObject({ code: 2, stderr: "slipway: nope.yml: file not found. Check the path.\n" });
  });

  test("neither --facts nor --repo, or both", async () => {
    const neither = await runCli(["gate", "explain"], { cwd: repo() });
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/give --facts <file>, or --repo <owner\/name> with --ref/);
    const both = await runCli(["gate", "explain", "--facts", "f", "--repo", "a/b"], { cwd: repo() });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/give either --facts or --repo, not both/);
  });

  test("--repo without a token", async () => {
    const run = await runCli(
      ["gate", "explain", "--repo", "acme/churn", "-e", "production", "--ref", "refs/heads/main"],
      {
        cwd: repo(),
        env: {},
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/GITHUB_TOKEN: not set/);
  });
});
