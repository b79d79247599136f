/**
 * Which requirements file the model's commands need: one at the root, else one the project names
 * (a dvc.yaml dependency, MLproject's environment, the `pip install -r` of a CML workflow), else
 * one beside the scripts or notebooks the commands run (`src/requirements.txt` beside
 * `src/train.py`). A serving one (requirements-serve.txt…) is for the image. Pure.
 */

const REQUIREMENTS = /(^|\/)requirements[^/]*\.txt$/i;
const SERVING = /serv|prod|deploy|infer/i;
const RUN_TARGET = /(?:\bpython3?\s+(?:-\S+\s+)*|\s)([\w./-]+\.(?:py|ipynb))\b/g;

export function findRequirements(
  files: readonly string[],
  hints: { named: readonly (string | undefined)[]; commands: readonly string[] },
): { requirements?: string; serveRequirements?: string } {
  const has = (path: string) => files.includes(path);
  const atRoot = files.filter((p) => !p.includes("/") && REQUIREMENTS.test(p));
  const named = hints.named.filter((p): p is string => p !== undefined && REQUIREMENTS.test(p) && has(p));
  const beside = hints.commands
    .flatMap((command) =>
      [...command.matchAll(RUN_TARGET)].map(([, target = ""]) => target.replace(/^\.\//, "")),
    )
    .map((target) =>
      target.includes("/") ? `${target.slice(0, target.lastIndexOf("/"))}/requirements.txt` : "",
    )
    .filter((p) => p !== "" && has(p));
  const requirements =
    atRoot.find((p) => p === "requirements.txt") ??
    named[0] ??
    beside[0] ??
    atRoot.find((p) => !SERVING.test(p)) ??
    atRoot[0];
  const serveRequirements = atRoot.find((p) => SERVING.test(p)) ?? requirements;
  return {
    ...(requirements ? { requirements } : {}),
    ...(serveRequirements ? { serveRequirements } : {}),
  };
}
