// Rewrites tests/report-identity.json from the reports mtqa gives now (`npm run identity:update`).
// Run it when findings change on purpose, then read `git diff tests/report-identity.json`: every
// finding that appeared, disappeared or changed is a line of it. Digests of inputs built from
// ../shared/eval/ are kept as they are when that data is not there.
import { writeFileSync } from 'node:fs';
import { checkInput, digest, EXPECTED_FILE, identityCorpus, readExpected, type Digest } from '../tests/report-identity.js';

const before = readExpected();
const after: Record<string, Digest> = {};
const corpus = identityCorpus();
const haveEval = corpus.some((i) => i.fromEval);
let changed = 0;
for (const input of corpus) {
  after[input.id] = digest(input, checkInput(input));
  if (before[input.id]?.report !== after[input.id].report) {
    changed++;
    console.log(`${before[input.id] ? 'changed' : 'new    '}  ${input.id}`);
  }
}
for (const id of Object.keys(before)) {
  if (id in after) continue;
  if (id.startsWith('eval/') && !haveEval) after[id] = before[id];
  else console.log(`removed  ${id}`);
}
writeFileSync(EXPECTED_FILE, JSON.stringify(after, null, 1) + '\n');
console.log(`${corpus.length} inputs, ${changed} reports changed; wrote ${EXPECTED_FILE.replace(/.*\/tests\//, 'tests/')}`);
