/**
 * The generated server run by Debian's Python on this machine (scikit-learn, joblib, numpy and
 * pandas are installed there): what every image serves, without building one. The reference
 * predictions come from scikit-learn in the same script that trains the models.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type BackgroundProcess, startProcess } from "../../../src/package/builders/run-process.js";
import { SERVER_PY } from "../../../src/package/serving/server-py.js";
import { freePort } from "../../../src/package/smoke-test.js";
import { REFERENCE_PYTHON, runReferencePython } from "../../helpers/reference-python.js";

interface Server {
  url: string;
  process: BackgroundProcess;
}

const TRAIN = `
import json, sys, joblib, pandas as pd
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression, Ridge
X, y = load_iris(return_X_y=True, as_frame=True)
X.columns = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
rows = X.iloc[[0, 70, 140]]
named = LogisticRegression(max_iter=1000).fit(X, y)
joblib.dump(named, sys.argv[1] + "/named/model.joblib")
plain = Ridge().fit(X.values, X.values[:, 0] * 2)
joblib.dump(plain, sys.argv[1] + "/plain/model.joblib")
print(json.dumps({
  "rows": rows.to_dict(orient="records"),
  "named": named.predict(rows).tolist(),
  "plain": plain.predict(rows.values).tolist(),
}))
`;

const root = mkdtempSync(join(tmpdir(), "slipway-serve-"));
let reference: { rows: Record<string, number>[]; named: number[]; plain: number[] };
const servers: Server[] = [];

async function serve(dir: string): Promise<Server> {
  writeFileSync(join(root, "server.py"), SERVER_PY);
  const port = await freePort();
  const child = startProcess(REFERENCE_PYTHON, [join(root, "server.py")], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: "127.0.0.1",
      SLIPWAY_MODEL_DIR: dir,
      SLIPWAY_DEPS: join(root, "none"),
    },
  });
  const server = { url: `http://127.0.0.1:${port}`, process: child };
  servers.push(server);
  for (let i = 0; i < 150 && child.exitCode() === undefined; i++) {
    const ok = await fetch(`${server.url}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not start:\n${child.output()}`);
}

function modelDir(name: string, metadata: Record<string, unknown> = {}): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "slipway-metadata.json"),
    JSON.stringify({ name: `${name}-model`, model_file: "model.joblib", ...metadata }),
  );
  return dir;
}

const post = async (server: Server, body: string) => {
  const response = await fetch(`${server.url}/predict`, { method: "POST", body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

let named: Server;
let plain: Server;

beforeAll(async () => {
  modelDir("named", { version: "v1" });
  modelDir("plain");
  reference = runReferencePython(TRAIN, [root]);
  [named, plain] = await Promise.all([serve(join(root, "named")), serve(join(root, "plain"))]);
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.process.stop()));
});

describe("the generated server", () => {
  it("answers /health and describes the model at /metadata", async () => {
    expect(await (await fetch(`${named.url}/health`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${named.url}/metadata`)).json()).toMatchObject({
      name: "named-model",
      version: "v1",
      estimator: "LogisticRegression",
      features: ["sepal_length", "sepal_width", "petal_length", "petal_width"],
      n_features: 4,
      classes: [0, 1, 2],
    });
  });

  it("predicts rows given as objects by feature name, as scikit-learn does", async () => {
    const answer = await post(named, JSON.stringify({ instances: reference.rows }));
    expect(answer.status).toBe(200);
    expect(answer.body.predictions).toEqual(reference.named);
    expect(answer.body.classes).toEqual([0, 1, 2]);
    expect((answer.body.probabilities as number[][]).map((row) => row.length)).toEqual([3, 3, 3]);
  });

  it("predicts rows given as arrays, from a bare JSON array too", async () => {
    const rows = reference.rows.map((row) => Object.values(row));
    const answer = await post(plain, JSON.stringify(rows));
    expect(answer.status).toBe(200);
    (answer.body.predictions as number[]).forEach((value, i) => {
      expect(value).toBeCloseTo(reference.plain[i]!, 10);
    });
    expect(answer.body.probabilities).toBeUndefined();
  });

  it.each([
    ["not JSON", "{", /^the body is not valid JSON: /],
    ["no instances", '{"rows": []}', /^expected \{"instances": \[row, \.\.\.\]\} or a JSON array of rows$/],
    ["no rows", '{"instances": []}', /^instances is empty/],
    ["too few values", '{"instances": [[1, 2, 3]]}', /^instances\[0\] has 3 values; the model expects 4$/],
    ["a nested value", '{"instances": [[1, 2, 3, [4]]]}', /^instances\[0\]\[3\] is list/],
    ["a row that is neither", '{"instances": [7]}', /^instances\[0\] is 7/],
    [
      "objects for a model without names",
      '{"instances": [{"a": 1}]}',
      /fitted without feature names: send an array of 4 values/,
    ],
    [
      "text the model cannot read",
      '{"instances": [["a", 2, 3, 4]]}',
      /^the model rejected the input: could not convert string to float/,
    ],
  ])("answers 400 to %s, saying what is wrong", async (_, body, message) => {
    const answer = await post(plain, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(message);
  });

  it.each([
    [
      "a missing field",
      { sepal_length: 1, sepal_width: 2, petal_length: 3 },
      /^instances\[0\] lacks petal_width/,
    ],
    [
      "an unknown field",
      { sepal_length: 1, sepal_width: 2, petal_length: 3, petal_width: 4, colour: 1 },
      /unknown field\(s\) colour/,
    ],
  ])("answers 400 to %s of a named model", async (_, row, message) => {
    const answer = await post(named, JSON.stringify({ instances: [row] }));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(message);
  });

  it("answers 404 and 405 with what to use instead", async () => {
    const missing = await fetch(`${plain.url}/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain("POST /predict");
    expect((await fetch(`${plain.url}/predict`)).status).toBe(405);
  });

  it("exits with a clear message when the file holds no model", async () => {
    const dir = modelDir("broken");
    runReferencePython(
      `import sys, joblib, json; joblib.dump({"not": "a model"}, sys.argv[1]); print("{}")`,
      [join(dir, "model.joblib")],
    );
    writeFileSync(join(root, "server.py"), SERVER_PY);
    const child = startProcess(REFERENCE_PYTHON, [join(root, "server.py")], {
      env: { PATH: process.env.PATH, PORT: String(await freePort()), SLIPWAY_MODEL_DIR: dir },
    });
    for (let i = 0; i < 150 && child.exitCode() === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await child.stop();
    expect(child.exitCode()).toBe(1);
    expect(child.output()).toContain("holds a dict, which has no predict()");
  });
});
