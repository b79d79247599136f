import { describe, expect, it } from "@jest/globals";
import { renderPackageText } from "../../../src/report/text/render-package.js";
import type { PackageReport } from "../../../src/report/types.js";

const report: PackageReport = {
  image: "localhost/churn",
  tags: ["localhost/churn:dev"],
  digest: null,
  size_bytes: 2_000_000,
  labels: { "dev.slipway.model.name": "churn" },
  smoke: { passed: true, seconds: 1.25, message: "POST /predict: 2 prediction(s)" },
  builder: "buildah",
  layers: [{ size_bytes: 2_000_000, created_by: "COPY dir:1 in /opt/slipway/model/" }],
  pushed: false,
};

describe("renderPackageText", () => {
  it("prints the verdict line, tags, digest and smoke test, then labels and layers", () => {
    expect(renderPackageText(report)).toBe(
      [
        "✓ image localhost/churn (buildah, 2.0 MB, 1 layer)",
        "  tags:   localhost/churn:dev",
        "  digest: not pushed",
        "  smoke:  ✓ passed in 1.3 s — POST /predict: 2 prediction(s)",
        "",
        "Label                   Value",
        "──────────────────────  ─────",
        "dev.slipway.model.name  churn",
        "",
        "  Size  Layer",
        "──────  ─────────────────────────────────",
        "2.0 MB  COPY dir:1 in /opt/slipway/model/",
        "",
      ].join("\n"),
    );
  });

  it("says how long the build took", () => {
    expect(renderPackageText({ ...report, build_seconds: 3.21 }).split("\n")[0]).toBe(
      "✓ image localhost/churn (buildah, 2.0 MB, 1 layer, built in 3.2 s)",
    );
  });

  it("ends a failed smoke test with the last lines of the container's log", () => {
    const log = Array.from({ length: 40 }, (_, i) => `log ${i + 1}`).join("\n");
    const text = renderPackageText({
      ...report,
      smoke: { passed: false, seconds: 3, message: "HTTP 400", log },
    });
    expect(text.split("\n")[0]).toBe("✗ image localhost/churn (buildah, 2.0 MB, 1 layer)");
    expect(text).toContain("  smoke:  ✗ failed in 3.0 s — HTTP 400");
    expect(text).toContain("Container log (last lines):\n  log 11\n");
    expect(text.trimEnd().endsWith("  log 40")).toBe(true);
    expect(text).not.toContain("  log 10\n");
  });
});
