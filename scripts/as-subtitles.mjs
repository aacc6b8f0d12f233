#!/usr/bin/env node
// The eval scorer's lines read as subtitles: stands in for `mtqa` in ../shared/eval/score.mjs
// (--cmd "node scripts/as-subtitles.mjs"), the same as scripts/as-format.mjs srt. Each line of the
// file checked becomes one SRT cue, 4 s long, CUE_GAP_MS (default 2500: a pause, so a cue ending a
// sentence ends its paragraph) after the one before; `mtqa check` runs on that SRT, and each
// finding's offsets are mapped back to the line's own offsets in the file given. A finding running
// into the next cue ends at its line's end. Empty lines make no cue. This measures how the subtitle
// reader's cue joins treat unrelated lines, which real subtitles are not: see the README's subtitle
// notes.
import { runAs } from './format-adapters.mjs';

try {
  const report = runAs('srt', process.argv.slice(2));
  process.stdout.write(JSON.stringify(report));
  process.exitCode = report.findings?.length ? 1 : 0;
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 2;
}
