/**
 * The command lines each adapter runs. buildah runs for real in the packaging tests; docker and
 * podman have no engine here, so their commands are checked against the tools' documented flags.
 */
import { describe, expect, it } from "@jest/globals";
import { buildahBuildArgs, cleanCreatedBy } from "../../../src/package/builders/buildah.js";
import { isLoopbackRegistry, registryHost, tail } from "../../../src/package/builders/builder.js";
import {
  digestFromPushOutput,
  dockerBuildArgs,
  imageFactsFromDocker,
  runArgs,
} from "../../../src/package/builders/docker.js";
import { podmanBuildArgs } from "../../../src/package/builders/podman.js";
import { pushArgs } from "../../../src/package/builders/push-with-digestfile.js";

const request = {
  contextDir: "/ctx",
  dockerfile: "/ctx/Dockerfile",
  tags: ["ghcr.io/acme/m:main", "ghcr.io/acme/m:sha-0123456"],
  labels: { "org.opencontainers.image.title": "m", "dev.slipway.model.metrics": '{"a=b":1}' },
};

describe("build command lines", () => {
  it("buildah bud: chroot isolation, cached layers, labels and tags", () => {
    expect(buildahBuildArgs(request, "chroot", "/tmp/iid")).toEqual([
      "bud",
      "--isolation",
      "chroot",
      "--layers",
      "--pull=false",
      "--iidfile",
      "/tmp/iid",
      "-f",
      "/ctx/Dockerfile",
      "--label",
      "org.opencontainers.image.title=m",
      "--label",
      'dev.slipway.model.metrics={"a=b":1}',
      "-t",
      "ghcr.io/acme/m:main",
      "-t",
      "ghcr.io/acme/m:sha-0123456",
      "/ctx",
    ]);
    expect(buildahBuildArgs({ ...request, noCache: true }, "chroot", "/i")).toContain("--no-cache");
  });

  it("docker buildx build --load, so the image can be run before it is pushed", () => {
    const args = dockerBuildArgs(request, "/tmp/iid");
    expect(args.slice(0, 5)).toEqual(["buildx", "build", "--load", "--progress", "plain"]);
    expect(args.at(-1)).toBe("/ctx");
    expect(args).toEqual(expect.arrayContaining(["--iidfile", "/tmp/iid", "-f", "/ctx/Dockerfile"]));
  });

  it("podman build --layers", () => {
    expect(podmanBuildArgs(request, "/i").slice(0, 3)).toEqual(["build", "--layers", "--pull=missing"]);
  });
});

describe("run and push command lines", () => {
  it("publishes the server on 127.0.0.1 only and tells it the port", () => {
    expect(runArgs("img", "smoke-1", 41234, { A: "1" })).toEqual([
      "run",
      "--detach",
      "--name",
      "smoke-1",
      "--publish",
      "127.0.0.1:41234:41234",
      "--env",
      "A=1",
      "--env",
      "PORT=41234",
      "img",
    ]);
  });

  it("pushes to a loopback registry over HTTP, like the Docker daemon, and elsewhere with TLS", () => {
    expect(pushArgs("sha256:1", "127.0.0.1:5000/m:x", "/d", null)).toEqual([
      "push",
      "--tls-verify=false",
      "--digestfile",
      "/d",
      "sha256:1",
      "docker://127.0.0.1:5000/m:x",
    ]);
    expect(pushArgs("sha256:1", "ghcr.io/acme/m:x", "/d", "/auth.json")).toEqual([
      "push",
      "--authfile",
      "/auth.json",
      "--digestfile",
      "/d",
      "sha256:1",
      "docker://ghcr.io/acme/m:x",
    ]);
  });

  it.each([
    ["ghcr.io/acme/m:1", "ghcr.io", false],
    ["localhost:5000/m:1", "localhost:5000", true],
    ["127.0.0.1:5000/a/b:1", "127.0.0.1:5000", true],
    ["acme/m:1", "docker.io", false],
    ["m:1", "docker.io", false],
  ])("%s → registry %s (loopback: %s)", (reference, host, loopback) => {
    expect(registryHost(reference)).toBe(host);
    expect(isLoopbackRegistry(reference)).toBe(loopback);
  });

  it("reads the digest docker push prints", () => {
    const output = `The push refers to repository [ghcr.io/acme/m]\n5f70bf18a086: Pushed\nmain: digest: sha256:${"ab".repeat(32)} size: 1573\n`;
    expect(digestFromPushOutput(output)).toBe(`sha256:${"ab".repeat(32)}`);
    expect(digestFromPushOutput("denied: permission_denied")).toBeNull();
  });
});

describe("image facts", () => {
  it("docker: layers from docker history, oldest first, metadata-only steps left out", () => {
    const history = [
      { CreatedBy: "COPY model/ /opt/slipway/model/ # buildkit", Size: "2048" },
      { CreatedBy: 'CMD ["python3"]', Size: "0" },
      { CreatedBy: "/bin/sh -c #(nop)  ENV A=1", Size: "0" },
      { CreatedBy: "/bin/sh -c #(nop) ADD file:abc in / ", Size: "74000000" },
    ]
      .map((entry) => JSON.stringify(entry))
      .join("\n");
    const facts = imageFactsFromDocker(
      {
        Id: "sha256:1",
        Size: 74002048,
        Config: { User: "10001:10001", Cmd: ["python3"], Labels: { a: "b" } },
      },
      history,
    );
    expect(facts).toEqual({
      id: "sha256:1",
      sizeBytes: 74002048,
      layers: [
        { sizeBytes: 74000000, createdBy: "ADD file:abc in / " },
        { sizeBytes: 2048, createdBy: "COPY model/ /opt/slipway/model/ # buildkit" },
      ],
      labels: { a: "b" },
      user: "10001:10001",
      command: ["python3"],
    });
  });

  it.each([
    ["/bin/sh -c #(nop) COPY dir:abc in /opt/x ", "COPY dir:abc in /opt/x"],
    ["/bin/sh -c mkdir -p /x && pip install", "RUN mkdir -p /x && pip install"],
    ["/bin/sh", "/bin/sh"],
  ])("buildah history %j reads as %j", (raw, clean) => {
    expect(cleanCreatedBy(raw)).toBe(clean);
  });

  it("shows the last lines of a long log", () => {
    const log = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join("\n");
    expect(tail(log, 3)).toBe("…\nline 38\nline 39\nline 40");
    expect(tail("one\ntwo\n", 3)).toBe("one\ntwo");
  });
});
