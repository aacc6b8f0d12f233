#!/usr/bin/env node
// The eval scorer's lines read through a format reader: stands in for `mtqa` in
// ../shared/eval/score.mjs (--cmd "node scripts/as-format.mjs FORMAT", FORMAT one of srt, vtt,
// po, xliff, markdown, html, json, docx, yaml, android, strings, xcstrings, resx, tmx, csv, tsv).
// The file checked is written as that format, one unit a line (empty lines make none), `mtqa
// check` runs on it with the same arguments, and each finding's offsets are mapped back to its
// line's offsets in the file given (scripts/format-adapters.mjs).
// With --source, the bilingual formats (PO, XLIFF, TMX, xcstrings, CSV, TSV) carry each line's
// source in the file (msgid, <source>, the source <tuv>, the source language's localization, the
// source column) and declare the languages there; the other formats get a source file of their
// own format, paired by unit id.
import { adapters, runAs } from './format-adapters.mjs';

const [format, ...args] = process.argv.slice(2);
if (!adapters[format]) {
  process.stderr.write(`usage: as-format.mjs ${Object.keys(adapters).join('|')} check --format json [--lang L] [--source S --source-lang SL] FILE\n`);
  process.exit(2);
}
try {
  const report = runAs(format, args);
  process.stdout.write(JSON.stringify(report));
  process.exitCode = report.findings?.length ? 1 : 0;
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 2;
}
