/**
 * Webhook payloads are checked against GitHub's published webhook schemas
 * (@octokit/webhooks-schemas, the Octokit project's) before a handler sees them, so a payload
 * missing a field a handler reads (`workflow_run.created_at`…) is refused with the path of what is
 * wrong instead of failing deep inside a handler. Two departures from the schema, both so that a
 * change on GitHub's side cannot stop the app: unknown fields are allowed (GitHub adds fields
 * without notice), and of the formats only `date-time` is checked (the app parses those; a URL
 * GitHub sends is only ever passed back to GitHub). Compiling a validator takes a second or two
 * (the schemas are large), so the app compiles those of its events when it starts
 * (`preparePayloadChecks`); any other is compiled on first use. Once per process.
 */
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS: its module object is the plugin, and carries it again as `default`.
const addFormats = addFormatsModule.default;

type Json = Record<string, unknown>;
let definitions: Json | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction | null>();
const MAX_PROBLEMS = 5;

/** Compiles the validators of `events` ("workflow_run.completed"…) now rather than on a first delivery. */
export function preparePayloadChecks(events: readonly string[]): void {
  for (const event of events) validatorFor(event.replace(".", "$"));
}

/** Problems of a delivery's payload against GitHub's schema for its event and action; [] when it conforms. */
export function payloadProblems(name: string, payload: unknown): string[] {
  const action =
    payload !== null && typeof payload === "object" ? (payload as { action?: unknown }).action : undefined;
  const key = typeof action === "string" ? `${name}$${action}` : `${name}_event`;
  const validate = validatorFor(key);
  if (!validate) return [`GitHub publishes no schema for ${key.replace("$", ".")}`];
  if (validate(payload)) return [];
  const errors = validate.errors ?? [];
  const problems = errors.slice(0, MAX_PROBLEMS).map(describe);
  if (errors.length > MAX_PROBLEMS) problems.push(`… and ${errors.length - MAX_PROBLEMS} more`);
  return problems;
}

function validatorFor(key: string): ValidateFunction | null {
  if (!validators.has(key)) {
    definitions ??= relaxed(
      (require("@octokit/webhooks-schemas/schema.json") as { definitions: Json }).definitions,
    ) as Json;
    ajv ??= newAjv();
    validators.set(
      key,
      key in definitions ? ajv.compile({ $ref: `#/definitions/${key}`, definitions }) : null,
    );
  }
  return validators.get(key) ?? null;
}

function newAjv(): Ajv {
  // inlineRefs off: shared definitions (users, repositories) compile once instead of at every use.
  const instance = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, inlineRefs: false });
  addFormats(instance, ["date-time"]);
  instance.addFormat("uri", true);
  instance.addFormat("uri-template", true);
  return instance;
}

/** A copy without `additionalProperties: false`: fields GitHub adds later must not refuse deliveries. */
function relaxed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relaxed);
  if (node === null || typeof node !== "object") return node;
  const copy: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "additionalProperties" && value === false) continue;
    copy[key] = relaxed(value);
  }
  return copy;
}

function describe(error: ErrorObject): string {
  const path = error.instancePath ? error.instancePath.slice(1).replaceAll("/", ".") : "(the payload)";
  if (error.keyword === "required") {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return `${path === "(the payload)" ? "" : `${path}.`}${missing}: missing`;
  }
  return `${path}: ${error.message ?? error.keyword}`;
}
