/**
 * Registry credentials reach packaging only through the environment (SLIPWAY_REGISTRY_USERNAME and
 * SLIPWAY_REGISTRY_PASSWORD), never through arguments that a process list or a log would show.
 */
import { InputError } from "../errors.js";
import type { RegistryCredentials } from "./builders/builder.js";

/** Both or neither: one without the other is a mistake worth saying. Neither: the builder's own login. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): RegistryCredentials | null {
  const username = env.SLIPWAY_REGISTRY_USERNAME ?? "";
  const password = env.SLIPWAY_REGISTRY_PASSWORD ?? "";
  if (!username && !password) return null;
  if (!username || !password) {
    throw new InputError(
      username ? "SLIPWAY_REGISTRY_PASSWORD" : "SLIPWAY_REGISTRY_USERNAME",
      "is empty while the other registry credential is set: set both, or neither to use the builder's own login.",
    );
  }
  return { username, password };
}
