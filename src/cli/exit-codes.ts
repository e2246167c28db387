/** Exit codes, as Knip's: 0 ok, 1 findings or failed checks, 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** Set by a command that finished normally but found something (failed checks, rejected lines). */
export const CommandResult = { exitCode: EXIT.ok as number };
