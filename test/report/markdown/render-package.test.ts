import { describe, expect, it } from "@jest/globals";
import { formatBytes, renderPackageMarkdown } from "../../../src/report/markdown/render-package.js";
import type { PackageReport } from "../../../src/report/types.js";

const report: PackageReport = {
  image: "ghcr.io/acme/churn",
  tags: ["ghcr.io/acme/churn:main", "ghcr.io/acme/churn:sha-0123456"],
  digest: "sha256:abc",
  size_bytes: 356_123_456,
  labels: { "org.opencontainers.image.title": "churn", "dev.slipway.model.metrics": '{"f1":0.8}' },
  smoke: {
    passed: true,
    seconds: 2.34,
    latency_ms: 12.5,
    rows: 3,
    message: "POST /predict: 3 prediction(s) in 12.5 ms",
  },
  builder: "buildah",
  layers: [
    { size_bytes: 355_000_000, created_by: "/bin/sh" },
    { size_bytes: 4096, created_by: "COPY dir:1 in /opt/slipway/model/" },
  ],
  pushed: true,
};

describe("renderPackageMarkdown", () => {
  it("shows image, tags, digest, size, builder and smoke test, labels and layers folded", () => {
    const markdown = renderPackageMarkdown(report);
    expect(markdown.split("\n")[0]).toBe("#### ✅ Image: ghcr.io/acme/churn");
    expect(markdown).toContain(
      // A zero-width joiner inside the hex run: GitHub links no SHA from report text.
      "| Tags | ghcr.io/acme/churn&#58;main<br>ghcr.io/acme/churn&#58;sha-012345\u200d6 |",
    );
    expect(markdown).toContain("| Digest | sha256&#58;abc |");
    expect(markdown).toContain("| Size | 356.1 MB in 2 layers |");
    expect(markdown).toContain(
      "| Smoke test | ✅ passed in 2.3 s — POST /predict&#58; 3 prediction&#40;s&#41; in 12.5 ms |",
    );
    expect(markdown).toContain("<details><summary>2 labels</summary>");
    expect(markdown).toContain("| 4.1 KB | COPY dir&#58;1 in /opt/slipway/model/ |");
    expect(markdown).not.toContain("Container log");
    expect(renderPackageMarkdown({ ...report, build_seconds: 3.21 })).toContain(
      "| Builder | buildah (built in 3.2 s) |",
    );
  });

  it("puts a failed smoke test's container log open, fenced, and neutralises what the log holds", () => {
    const failed = renderPackageMarkdown({
      ...report,
      digest: null,
      pushed: false,
      smoke: {
        passed: false,
        seconds: 1,
        message: "the model rejected the sample @team",
        log: "boom\n```\n<img src=x>",
      },
    });
    expect(failed.split("\n")[0]).toBe("#### ❌ Image: ghcr.io/acme/churn");
    expect(failed).toContain("| Digest | not pushed |");
    expect(failed).toContain("@\u200dteam");
    expect(failed).toContain("<details open><summary>Container log</summary>");
    // The log as written, in a fence longer than the one inside it, so it cannot close early.
    expect(failed).toContain("````text\nboom\n```\n<img src=x>\n````");
  });

  it("escapes labels a fork could have put in the config", () => {
    const markdown = renderPackageMarkdown({ ...report, labels: { "x|y": "<script>@all" } });
    expect(markdown).toContain("| x&#124;y | &#60;script&#62;@\u200dall |");
  });

  it.each([
    [0, "0 B"],
    [999, "999 B"],
    [1000, "1.0 KB"],
    [356_123_456, "356.1 MB"],
    [2_500_000_000, "2.5 GB"],
  ])("formatBytes(%d) = %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
