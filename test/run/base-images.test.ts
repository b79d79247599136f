import { describe, expect, it } from "@jest/globals";
import type { ProcessResult, RunProcess } from "../../src/package/builders/run-process.js";
import { renderDockerfile } from "../../src/package/serving/dockerfile.js";
import { dockerfileBaseImages, ensureImagesWith } from "../../src/run/base-images.js";

describe("dockerfileBaseImages", () => {
  it("reads the images of the Dockerfile packaging generates, through its ARG defaults", () => {
    const dockerfile = renderDockerfile({
      baseImage: "docker.io/library/python:3.11-slim",
      buildImage: "ghcr.io/acme/build:1",
      port: 8080,
      labels: {},
    });
    expect(dockerfileBaseImages(dockerfile)).toEqual([
      "ghcr.io/acme/build:1",
      "docker.io/library/python:3.11-slim",
    ]);
  });

  it.each([
    ["one image", "FROM python:3.12-slim\nRUN true\n", ["python:3.12-slim"]],
    [
      "its own stages and scratch are not pulled",
      "FROM golang:1.22 AS build\nFROM build AS test\nFROM scratch\n",
      ["golang:1.22"],
    ],
    ["--platform and lower case", "from --platform=linux/amd64 node:20 as base\n", ["node:20"]],
    ["$VAR and quoted defaults", 'ARG TAG="3.11"\nFROM python:$TAG\n', ["python:3.11"]],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile syntax, not a template
    ["an ARG without default is left out", "ARG BASE\nFROM ${BASE}\nFROM alpine\n", ["alpine"]],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile syntax, not a template
    ["an ARG after FROM is no global default", "FROM alpine\nARG X=1\nFROM busybox:${X}\n", ["alpine"]],
    ["continuations and comments", "# base\nFROM \\\n  debian:12 \\\n  AS deb\n", ["debian:12"]],
    ["the same image once", "FROM a:1\nFROM a:1\n", ["a:1"]],
  ])("%s", (_, text, images) => {
    expect(dockerfileBaseImages(text)).toEqual(images);
  });
});

describe("ensureImagesWith", () => {
  const result = (code: number, output = ""): ProcessResult => ({
    code,
    stdout: output,
    stderr: "",
    output,
    startError: null,
  });

  /** A tool where `present` images exist and pulls of `pullable` succeed. */
  function tool(present: string[], pullable: string[]) {
    const calls: string[] = [];
    const run: RunProcess = async (command, args) => {
      calls.push([command, ...args].join(" "));
      const image = args.at(-1)!;
      if (args[0] === "pull")
        return pullable.includes(image)
          ? result(0)
          : result(125, `Trying to pull ${image}...\nError: pinging registry: no such host\n`);
      return result(present.includes(image) ? 0 : 1);
    };
    return { run, calls };
  }

  it.each([
    ["docker", ["docker image inspect a:1", "docker image inspect b:1", "docker pull b:1"]],
    ["buildah", ["buildah inspect --type image a:1", "buildah inspect --type image b:1", "buildah pull b:1"]],
    ["podman", ["podman image exists a:1", "podman image exists b:1", "podman pull b:1"]],
  ] as const)("%s: uses what is there, pulls what is not", async (builder, expected) => {
    const { run, calls } = tool(["a:1"], ["b:1"]);
    const progress: string[] = [];
    const check = await ensureImagesWith(run)(builder, ["a:1", "b:1"], {
      env: {},
      onProgress: (l) => progress.push(l),
    });
    expect(check).toEqual({ ready: true, pulled: ["b:1"] });
    expect(calls).toEqual(expected);
    expect(progress).toEqual([`Pulling b:1 with ${builder}…`]);
  });

  it("an image it cannot pull is named with the tool's last words", async () => {
    const { run } = tool([], []);
    expect(await ensureImagesWith(run)("buildah", ["python:3.11-slim"], { env: {} })).toEqual({
      ready: false,
      image: "python:3.11-slim",
      detail: "Error: pinging registry: no such host",
    });
  });
});
