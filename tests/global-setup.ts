// Builds the CLI bundle once before the suites, so tests that run `bin/mtqa.js` (the eval score,
// the CLI smoke test) see the current sources, not a stale dist/.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
