#!/usr/bin/env node
// The eval scorer's lines read as subtitles: stands in for `mtqa` in ../shared/eval/score.mjs
// (--cmd "node scripts/as-subtitles.mjs"). Each line of the file checked becomes one SRT cue, 4 s
// long, CUE_GAP_MS (default 2500: a pause, so a cue ending a sentence ends its paragraph) after the
// one before; `mtqa check` runs on that SRT, and each finding's offsets are mapped back to the
// line's own offsets in the file given. A finding running into the next cue ends at its line's end.
// Empty lines make no cue. This measures how the subtitle reader's cue joins treat unrelated
// lines, which real subtitles are not: see the README's subtitle notes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const file = args.at(-1);
const gap = Number(process.env.CUE_GAP_MS ?? 2500);
const bin = fileURLToPath(new URL('../bin/mtqa.js', import.meta.url));

const lines = readFileSync(file, 'utf8').split('\n');
if (lines.at(-1) === '') lines.pop();
const time = (ms) => {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
};

let srt = '';
/** Per cue: where its text starts in the SRT, where its line starts in the file given, its length. */
const cues = [];
let offset = 0;
let ms = 1000;
lines.forEach((line, i) => {
  if (line.trim() !== '') {
    srt += `${i + 1}\n${time(ms)} --> ${time(ms + 4000)}\n`;
    cues.push({ at: srt.length, from: offset, length: line.length });
    srt += `${line}\n\n`;
    ms += 4000 + gap;
  }
  offset += line.length + 1;
});

const dir = mkdtempSync(join(tmpdir(), 'as-subtitles-'));
const srtFile = join(dir, 'lines.srt');
writeFileSync(srtFile, srt);
let json;
try {
  json = execFileSync('node', [bin, ...args.slice(0, -1), srtFile], { encoding: 'utf8', maxBuffer: 1 << 30 });
} catch (e) {
  // mtqa exits 1 when it finds something.
  json = e.stdout;
  if (!json) {
    process.stderr.write(String(e.stderr));
    process.exit(2);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The cue holding SRT offset x: the last one starting at or before it. */
function cueAt(x) {
  let lo = 0;
  let hi = cues.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cues[mid].at <= x) lo = mid;
    else hi = mid - 1;
  }
  return cues[lo];
}
const report = JSON.parse(json);
for (const f of report.findings ?? []) {
  const c = cueAt(f.start);
  f.start = c.from + Math.min(f.start - c.at, c.length);
  f.end = c.from + Math.min(Math.max(f.end - c.at, 0), c.length);
}
process.stdout.write(JSON.stringify(report));
process.exit(report.findings?.length ? 1 : 0);
