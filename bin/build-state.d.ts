// Types of build-state.js, for the TypeScript that imports it (bench/startup-bench.ts).
export const PROJECT_ROOT: string;
export const BUILD_DIR: string;
export const BUILD_STAMP: string;
export const BUILT_MAIN: string;
/** Why the build in dist/ cannot be used, or null when it is current. */
export function toStaleReason(): string | null;
