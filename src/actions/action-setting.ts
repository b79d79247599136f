/**
 * The one precedence rule of every action input: the input, else the config (.github/slipway.yml),
 * else the default. action.yml files keep such inputs' defaults empty, so an empty input means "not
 * given" and the config can win. An input that overrides a config value says so in the log
 * (STYLE.md: each override is logged). Parsing is the caller's: a bad value is an InputError naming
 * the input.
 */
import * as core from "@actions/core";
import { InputError } from "../errors.js";

export interface SettingSource<T> {
  /** The config's value for this input (undefined: the config does not set it) and its key path. */
  config?: { key: string; value: T | undefined };
  /** Used when neither the input nor the config gives a value. */
  fallback: T;
  /** Turns the input's text into a value; the text as is when not given. */
  parse?: (raw: string, name: string) => T;
}

export function actionSetting<T = string>(name: string, source: SettingSource<T>): T {
  const raw = core.getInput(name).trim();
  if (raw !== "") {
    const value = source.parse ? source.parse(raw, name) : (raw as T);
    if (source.config?.value !== undefined && source.config.value !== value) {
      core.info(`Input ${name} (${raw}) overrides ${source.config.key} of the config.`);
    }
    return value;
  }
  if (source.config?.value !== undefined) return source.config.value;
  return source.fallback;
}

/** "true" / "false", any case. */
export function parseBoolean(raw: string, name: string): boolean {
  const value = raw.toLowerCase();
  if (value === "true") return true;
  if (value === "false") return false;
  throw new InputError(name, `must be "true" or "false", not "${raw}".`);
}

/** One of a closed list of words. */
export function parseOneOf<const W extends string>(words: readonly W[]): (raw: string, name: string) => W {
  return (raw, name) => {
    if ((words as readonly string[]).includes(raw)) return raw as W;
    throw new InputError(name, `must be ${words.slice(0, -1).join(", ")} or ${words.at(-1)}, not "${raw}".`);
  };
}
