/** The smoke test's verdict on an answer (running containers is covered by package-model and the CLI tests). */
import { createServer } from "node:net";
import { describe, expect, it } from "@jest/globals";
import { checkPrediction, freePort } from "../../src/package/smoke-test.js";

const sample = { file: "tests/sample.json", body: "{}", rows: 2 };

describe("checkPrediction", () => {
  it.each([
    ["one prediction per row", 200, { predictions: [0, 1] }, null],
    [
      "with probabilities per row",
      200,
      {
        predictions: [0, 1],
        probabilities: [
          [1, 0],
          [0, 1],
        ],
      },
      null,
    ],
    [
      "a 400 from the model",
      400,
      { error: "instances[0] has 3 values; the model expects 4" },
      "the model rejected the sample (HTTP 400): instances[0] has 3 values; the model expects 4",
    ],
    [
      "a 500",
      500,
      { error: "ZeroDivisionError: division by zero" },
      "the model rejected the sample (HTTP 500): ZeroDivisionError: division by zero",
    ],
    ["no predictions", 200, { result: [0, 1] }, 'the answer has no "predictions" array'],
    ["too few predictions", 200, { predictions: [0] }, "1 prediction(s) for 2 row(s)"],
    [
      "ragged probabilities",
      200,
      { predictions: [0, 1], probabilities: [[1, 0]] },
      '"probabilities" does not have one entry per row (2)',
    ],
  ])("%s", (_, status, body, problem) => {
    expect(checkPrediction(status, JSON.stringify(body), sample)).toBe(problem);
  });

  it("reports an answer that is not JSON", () => {
    expect(checkPrediction(200, "<html>", sample)).toBe(
      "HTTP 200 but the answer is not a JSON object: <html>",
    );
    expect(checkPrediction(502, "Bad Gateway", sample)).toBe(
      "the model rejected the sample (HTTP 502): Bad Gateway",
    );
  });
});

describe("freePort", () => {
  it("gives a port that can be listened on", async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) =>
      server.listen(port, "127.0.0.1", resolve).on("error", reject),
    );
    server.close();
    expect(port).toBeGreaterThan(0);
  });
});
