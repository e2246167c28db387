#!/usr/bin/env node
// The `leakwatch` command. Sources are TypeScript, loaded through tsx so that a new scraper
// dropped into scrapers/ works without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
