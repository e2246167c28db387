import { existsSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { loadSettings, type Settings } from './settings.js';

/** Read `.env` (if present; the process environment wins) and validate all settings. */
export function loadSettingsFromEnvironment(envFile = '.env'): Settings {
  if (existsSync(envFile)) loadDotenv({ path: envFile, quiet: true, override: false });
  return loadSettings(process.env);
}
