/**
 * A small repository with a trained scikit-learn model, as a team's would look: the model is
 * trained at test time by Debian's Python (scikit-learn + joblib) into a temporary folder, and
 * the predictions scikit-learn itself makes for the sample rows come back as the reference.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { runReferencePython } from "../../helpers/reference-python.js";
import { BUILD_IMAGE, RUNTIME_IMAGE } from "./containers.js";

export interface ModelProject {
  root: string;
  /** The sample rows (iris measurements) and what scikit-learn predicts for them. */
  sample: number[][];
  expected: { predictions: number[]; probabilities: number[][] };
  features: number;
}

export interface ModelProjectOptions {
  /** Image repository, e.g. 127.0.0.1:5000/team/iris or localhost/slipway-test/iris. */
  image: string;
  /** Merged over the package: section. */
  package?: Record<string, unknown>;
  requirements?: string;
  /** The sample file's text (default: three iris rows as {"instances": …}). */
  sampleText?: string;
  /** C of the logistic regression: a different value gives different weights. */
  c?: number;
  /** Extra files, path → content. */
  files?: Record<string, string>;
}

const SAMPLE = [
  [5.1, 3.5, 1.4, 0.2],
  [6.2, 2.9, 4.3, 1.3],
  [7.7, 3.0, 6.1, 2.3],
];

const TRAIN = `
import json, sys, joblib
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
X, y = load_iris(return_X_y=True)
model = LogisticRegression(C=float(sys.argv[2]), max_iter=1000).fit(X, y)
joblib.dump(model, sys.argv[1])
sample = json.loads(sys.argv[3])
print(json.dumps({"predictions": model.predict(sample).tolist(), "probabilities": model.predict_proba(sample).tolist(), "features": int(model.n_features_in_)}))
`;

export function makeModelProject(options: ModelProjectOptions): ModelProject {
  const root = mkdtempSync(join(tmpdir(), "slipway-model-"));
  for (const dir of [".github", "models", "tests"]) mkdirSync(join(root, dir));
  const trained = runReferencePython<{ predictions: number[]; probabilities: number[][]; features: number }>(
    TRAIN,
    [join(root, "models", "model.joblib"), String(options.c ?? 1), JSON.stringify(SAMPLE)],
  );
  writeFileSync(join(root, "requirements-serve.txt"), options.requirements ?? "scikit-learn\njoblib\n");
  writeFileSync(
    join(root, "tests", "sample_input.json"),
    options.sampleText ?? `${JSON.stringify({ instances: SAMPLE })}\n`,
  );
  for (const [path, content] of Object.entries(options.files ?? {})) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const config = {
    version: 1,
    package: {
      name: "iris-model",
      framework: "sklearn",
      model: "models/model.joblib",
      requirements: "requirements-serve.txt",
      sample: "tests/sample_input.json",
      image: options.image,
      "base-image": RUNTIME_IMAGE,
      "build-image": BUILD_IMAGE,
      ...options.package,
    },
  };
  writeFileSync(join(root, ".github", "slipway.yml"), stringify(config));
  return {
    root,
    sample: SAMPLE,
    expected: { predictions: trained.predictions, probabilities: trained.probabilities },
    features: trained.features,
  };
}
