/**
 * Errors the CLI knows how to print in one line, without a stack.
 * `exitCode` follows the CLI contract: 1 findings/failed checks, 2 usage or input error.
 */
export class LeakwatchError extends Error {
  readonly exitCode: number;
  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options.exitCode ?? 2;
  }
}

/** A setting, file or argument the user gave is wrong; the message names it and the fix. */
export class InputError extends LeakwatchError {}

/** A configuration value is invalid: the program cannot start until it is fixed. */
export class ConfigError extends LeakwatchError {}

/** The database cannot be used (corrupt, locked, written by a newer version). */
export class StoreError extends LeakwatchError {}

export function isLeakwatchError(error: unknown): error is LeakwatchError {
  return error instanceof LeakwatchError;
}
