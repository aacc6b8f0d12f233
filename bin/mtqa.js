#!/usr/bin/env node
// The mtqa command. The CLI is bundled into dist/ by `npm run build` (run by `npm ci` via prepare).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
