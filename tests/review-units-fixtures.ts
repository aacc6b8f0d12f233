// Files of several formats for the review page's units view (tests/review-units*.test.ts), and
// what the page should mark: each finding's text as the units show it.

import { checkBytes, type CheckOptions } from '../lib/check.js';
import { formatById } from '../lib/formats/index.js';
import type { ReadResult } from '../lib/formats/types.js';
import type { Report } from '../lib/types.js';

export const bytesOf = (s: string) => new TextEncoder().encode(s);

/** XLIFF 1.2 as a CAT tool writes it: segmented units, inline codes of every kind, states. */
export const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="press/release.html" source-language="de" target-language="en" datatype="html">
    <body>
      <trans-unit id="title" resname="page.title">
        <source>Treffen in Peking</source>
        <target state="translated">Meeting in Beijing</target>
      </trans-unit>
      <trans-unit id="p1">
        <source>Sie sprachen über <g id="1">BRICS und China</g> sowie die G20.</source>
        <seg-source><mrk mtype="seg" mid="1">Sie sprachen über <g id="1">BRICS und China</g> sowie die G20.</mrk></seg-source>
        <target state="needs-review-translation"><mrk mtype="seg" mid="1">They talked about <g id="1">BRICS and China</g>. the G20.</mrk></target>
      </trans-unit>
      <trans-unit id="p2" approved="yes">
        <source>Klicken Sie auf <x id="2"/>, um fortzufahren. Der Preis steigt um <bpt id="3">&lt;b&gt;</bpt>5 %<ept id="3">&lt;/b&gt;</ept>.</source>
        <target state="signed-off">Click <x id="2"/> to continue. the price rises by <bpt id="3">&lt;b&gt;</bpt>5%<ept id="3">&lt;/b&gt;</ept>.</target>
      </trans-unit>
      <trans-unit id="p3"><source>AT&amp;T und R&amp;D treffen sich.</source><target>AT&amp;T and R&amp;D met the the press.</target></trans-unit>
    </body>
  </file>
</xliff>
`;

/** Gettext PO: a fuzzy entry with context, plural forms, an obsolete entry. */
export const PO = `msgid ""
msgstr ""
"Language: de\\n"

#, fuzzy
msgctxt "dialog"
msgid "The file could not be saved. Try again later."
msgstr "Die Datei konnte nicht gespeichert werden. später erneut versuchen."

msgid "One file was deleted."
msgid_plural "%d files were deleted."
msgstr[0] "Eine Datei wurde gelöscht."
msgstr[1] "%d Dateien wurden gelöscht. und entfernt."

#~ msgid "Old text."
#~ msgstr "Alter Text."
`;

/** Subtitles: a sentence over cues 1 and 2 broken at the cue boundary. */
export const SRT = `1
00:00:01,000 --> 00:00:03,000
The two sides agreed to expand
<i>cooperation.</i>

2
00:00:03,100 --> 00:00:05,000
in the field of energy and trade.

3
00:00:09,000 --> 00:00:11,000
Both delegations met again

4
00:00:11,100 --> 00:00:13,000
on Tuesday, and the the talks went well.
`;

/** A web page: navigation and script around the prose, entities, inline code, an image with alt text. */
export const HTML = `<!doctype html><html lang="en"><head><title>News</title><script>var s = "China. the G20";</script></head>
<body><nav><a href="/?a=1&amp;b=2">Home</a></nav>
<h1>News &amp; events</h1>
<p>The sides agreed to expand <b>cooperation</b>. in the field of energy; run <code>npm ci</code> first.</p>
<p>Nothing wrong here.</p>
<p><img src="chart.png" alt="A chart. the numbers"></p>
</body></html>
`;

export function check(content: string | Uint8Array, name: string, options: CheckOptions = {}): Report {
  return checkBytes(typeof content === 'string' ? bytesOf(content) : content, { name, ...options });
}

/** The file read again as the page reads it. */
export function reread(report: Report, content: string | Uint8Array): ReadResult {
  const reader = formatById(report.source.format!)!;
  return typeof content === 'string' ? reader.read(content, {}) : reader.readBytes ? reader.readBytes(content) : reader.read(new TextDecoder().decode(content), {});
}

/**
 * What the page marks for each finding, in document order: the checked text of its span within the
 * units (the space between two cues is not drawn).
 */
export function expectedMarks(report: Report, read: ReadResult): Array<{ i: number; text: string }> {
  const units = read.units!;
  return report.findings
    .map((f, i) => {
      const u = units[f.unit!.index];
      const start = u.start + f.unit!.offset;
      let end = start + (f.unit!.endOffset - f.unit!.offset);
      let text = read.text.slice(start, end);
      if (f.unit!.endId !== undefined) {
        const next = units.findIndex((v, k) => k > f.unit!.index && v.address.id === f.unit!.endId);
        // The finding's end in that unit: the report keeps it only as a file offset; the map tells.
        for (end = units[next].start; end < units[next].end && read.map!.toFile(end, 'end') < f.end; end++);
        text += read.text.slice(units[next].start, end);
      }
      return { i, start, text };
    })
    .sort((a, b) => a.start - b.start || a.i - b.i)
    .map(({ i, text }) => ({ i, text }));
}
