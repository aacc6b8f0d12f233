// Report identity: every input of the corpus (tests/report-identity.ts) gives exactly the report it
// gave when tests/report-identity.json was last written. Speed work must not move a finding; a
// change to the findings that is meant is accepted with `npm run identity:update`.
import { describe, expect, it } from 'vitest';
import { checkInput, digest, identityCorpus, readExpected, UPDATE_COMMAND, type Digest, type IdentityInput } from './report-identity.js';

const expected = readExpected();
const corpus = identityCorpus();

/** What differs between the stored digest and the report now, for the failure message. */
function explain(input: IdentityInput, was: Digest, now: Digest): string {
  const out = [`The report of '${input.id}' changed.`];
  if (was.input !== now.input) out.push('The input itself changed (its bytes or options): update the expectation if that is meant.');
  if (was.language !== now.language) out.push(`language: ${was.language} → ${now.language}`);
  if (was.summary !== now.summary) out.push(`summary: ${was.summary} → ${now.summary}`);
  const gone = was.findings.filter((l) => !now.findings.includes(l));
  const added = now.findings.filter((l) => !was.findings.includes(l));
  const show = (lines: string[]) => lines.slice(0, 12).join('\n    ') + (lines.length > 12 ? `\n    … ${lines.length - 12} more` : '');
  if (gone.length > 0) out.push(`findings no longer reported (line:col rule “flagged” hash):\n    ${show(gone)}`);
  if (added.length > 0) out.push(`findings now reported:\n    ${show(added)}`);
  if (gone.length === 0 && added.length === 0 && was.language === now.language && was.summary === now.summary) {
    out.push('Every finding and the summary are the same: something else in the report changed (source, patch, order, a field outside the findings).');
  }
  out.push(`If the change is meant (a rule changed on purpose), run \`${UPDATE_COMMAND}\` and commit tests/report-identity.json with it.`);
  return out.join('\n');
}

describe('report identity', () => {
  it('has an expectation for every input, and no stale one', () => {
    const ids = new Set(corpus.map((i) => i.id));
    const missing = [...ids].filter((id) => !(id in expected));
    const stale = Object.keys(expected).filter((id) => !ids.has(id) && !id.startsWith('eval/'));
    expect(missing, `inputs without a stored report digest: run \`${UPDATE_COMMAND}\``).toEqual([]);
    expect(stale, `stored digests of inputs no longer in the corpus: run \`${UPDATE_COMMAND}\``).toEqual([]);
  });

  for (const input of corpus) {
    it.skipIf(!(input.id in expected))(input.id, () => {
      const now = digest(input, checkInput(input));
      const was = expected[input.id];
      if (now.report !== was.report || now.input !== was.input) expect.fail(explain(input, was, now));
    });
  }
});
