import { afterAll, describe, expect, test } from "@jest/globals";
import { commandGit, gitFiles } from "../../../src/model/baseline/git-files.js";
import { commitAll, git, upstreamAndClone } from "../helpers/git-repo.js";
import { removeTempDirs } from "../helpers/temp-dir.js";

afterAll(removeTempDirs);

describe("commandGit and gitFiles, on a real repository", () => {
  const { clone } = upstreamAndClone({
    "metrics.json": '{"acc": 0.8}',
    "eval/a.yaml": "auc: 0.9\n",
    "eval/b.yaml": "f1: 0.7\n",
    "data/p.bin": Buffer.from([0, 1, 2, 255]),
  });
  commitAll(clone, { "metrics.json": '{"acc": 0.9}', "eval/c.yaml": "x: 1\n" });
  const repo = commandGit(clone);

  test("resolves refs to commits, and says null for refs that do not exist", async () => {
    expect(await repo.resolve("origin/main")).toBe(git(clone, "rev-parse", "origin/main"));
    expect(await repo.resolve("HEAD")).toBe(git(clone, "rev-parse", "HEAD"));
    expect(await repo.resolve("origin/nope")).toBeNull();
    expect(await repo.resolve("--output=/tmp/x")).toBeNull();
  });

  test("reads files as they were at the revision, bytes intact, null when absent there", async () => {
    const base = (await repo.resolve("origin/main"))!;
    const files = gitFiles(repo, base, "origin/main");
    expect((await files.read("metrics.json"))?.toString()).toBe('{"acc": 0.8}');
    expect((await files.read("./metrics.json"))?.toString()).toBe('{"acc": 0.8}');
    expect(await files.read("data/p.bin")).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(await files.read("eval/c.yaml")).toBeNull();
    expect(await files.expand("eval/*.yaml")).toEqual(["eval/a.yaml", "eval/b.yaml"]);
    expect(await files.expand("metrics.json")).toEqual(["metrics.json"]);
  });
});
