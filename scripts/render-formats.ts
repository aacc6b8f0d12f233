// Renders prose paragraphs into the formats mtqa reads, as the tools that make them would: text
// and Markdown hard-wrapped, subtitles cut into two-line cues of 42 characters (sentences run over
// cue boundaries), PO entries with wrapped continuation strings, JSON resource files. The tests
// render the seed document this way (no rendered copies are committed) and the benchmark measures
// each reader on the same prose as plain text.

/** Greedy wrap at `width` columns (what editors and msgcat do). */
export function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export const toText = (paragraphs: string[]) => paragraphs.map((p) => wrap(p, 72).join('\n')).join('\n\n') + '\n';

export function toMarkdown(paragraphs: string[]): string {
  const [title, ...rest] = paragraphs;
  return (
    `---\ntitle: "${title.trim()}"\nlayout: post\n---\n\n# ${title.trim()}\n\n` +
    rest.map((p, k) => (k % 3 === 2 ? `> ${wrap(p, 78).join('\n> ')}` : wrap(p, 80).join('\n'))).join('\n\n') +
    '\n\n```sh\ncurl -s https://example.org/feed. | head\n```\n'
  );
}

const stamp = (ms: number, sep: string) => {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`;
};

/** Cues of up to two 42-character lines; a paragraph break is a 3-second pause. */
function cues(paragraphs: string[]): Array<{ start: number; end: number; lines: string[] }> {
  const out: Array<{ start: number; end: number; lines: string[] }> = [];
  let t = 1000;
  for (const p of paragraphs) {
    const lines = wrap(p, 42);
    for (let i = 0; i < lines.length; i += 2) {
      out.push({ start: t, end: t + 2500, lines: lines.slice(i, i + 2) });
      t += 2600;
    }
    t += 3000;
  }
  return out;
}

export const toSrt = (paragraphs: string[]) =>
  cues(paragraphs)
    .map((c, k) => `${k + 1}\n${stamp(c.start, ',')} --> ${stamp(c.end, ',')}\n${k % 5 === 0 ? `<i>${c.lines.join('\n')}</i>` : c.lines.join('\n')}\n`)
    .join('\n');

export const toVtt = (paragraphs: string[]) =>
  'WEBVTT - rendered\n\nNOTE Speaker names are from the press office.\n\nSTYLE\n::cue { color: yellow }\n\n' +
  cues(paragraphs)
    .map((c, k) => `${k % 4 === 0 ? `cue-${k + 1}\n` : ''}${stamp(c.start, '.')} --> ${stamp(c.end, '.')} line:85%\n<v Narrator>${c.lines.join('\n')}</v>\n`)
    .join('\n');

const poString = (s: string) => s.replace(/[\\"]/g, (c) => `\\${c}`);

/** One entry per paragraph, msgstr wrapped as msgcat writes it; the msgid names the paragraph. */
export const toPo = (paragraphs: string[]) =>
  'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n' +
  paragraphs
    .map((p, k) => {
      const lines = wrap(p, 76).map((l, i, all) => `"${poString(i < all.length - 1 ? `${l} ` : l)}"`);
      return `#: article.html:${k + 1}\nmsgctxt "article"\nmsgid "Paragraph ${k + 1}"\nmsgstr ""\n${lines.join('\n')}\n`;
    })
    .join('\n');

/** Nested i18next resources, a paragraph per key. */
export const toJson = (paragraphs: string[]) =>
  JSON.stringify({ article: Object.fromEntries(paragraphs.map((p, k) => [`p${k + 1}`, p])), nav: { home: 'Home', count: '{{count}} articles' } }, null, 2) + '\n';

/** Android's escapes in a string resource: XML's, a backslash before ' " and \\, and before a leading @ or ? (a reference). */
const androidString = (s: string) =>
  s
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/["'\\]/g, (c) => `\\${c}`)
    .replace(/^[@?]/, (c) => `\\${c}`);

/** Android string resources (res/values-en/strings.xml): a <string> per paragraph, wrapped as an editor indents it. */
export const toAndroid = (paragraphs: string[]) =>
  '<?xml version="1.0" encoding="utf-8"?>\n<resources xmlns:tools="http://schemas.android.com/tools">\n' +
  '    <string name="app_id" translatable="false">org.example.article</string>\n' +
  paragraphs.map((p, k) => `    <string name="p${k + 1}">${wrap(p, 96).map(androidString).join('\n        ')}</string>\n`).join('') +
  '</resources>\n';

/** Apple .strings (as genstrings writes them, UTF-8 here), a paragraph per identifier key with a comment above. */
export const toAppleStrings = (paragraphs: string[]) =>
  paragraphs.map((p, k) => `/* Paragraph ${k + 1} */\n"article.p${k + 1}" = "${p.replace(/[\\"]/g, (c) => `\\${c}`)}";\n`).join('\n');

/** A Rails locale file: the language as root, a paragraph per key, double-quoted and wrapped (YAML folds the lines). */
export const toRailsYaml = (paragraphs: string[]) =>
  'en:\n  article:\n' +
  paragraphs.map((p, k) => `    p${k + 1}: "${wrap(p.replace(/[\\"]/g, (c) => `\\${c}`), 76).join('\n      ')}"\n`).join('') +
  '  date:\n    order:\n    - :day\n    - :month\n';

/** .NET resources: a <data> per paragraph, as the resource editor writes them. */
export const toResx = (paragraphs: string[]) =>
  '<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <resheader name="resmimetype">\n    <value>text/microsoft-resx</value>\n  </resheader>\n' +
  paragraphs.map((p, k) => `  <data name="Paragraph${k + 1}" xml:space="preserve">\n    <value>${p.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))}</value>\n  </data>\n`).join('') +
  '</root>\n';

/** An Apple .stringsdict (a property list, as Xcode writes it): a paragraph per key, as its format string without variables. */
export const toStringsdict = (paragraphs: string[]) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n' +
  paragraphs
    .map((p, k) => `\t<key>article.p${k + 1}</key>\n\t<dict>\n\t\t<key>NSStringLocalizedFormatKey</key>\n\t\t<string>${p.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))}</string>\n\t</dict>\n`)
    .join('') +
  '</dict>\n</plist>\n';

/** Every rendering, by the file name that selects its reader (by extension, or by content for strings.xml). */
export const RENDERINGS: ReadonlyArray<[string, (paragraphs: string[]) => string]> = [
  ['doc.txt', toText],
  ['doc.md', toMarkdown],
  ['doc.srt', toSrt],
  ['doc.vtt', toVtt],
  ['doc.po', toPo],
  ['doc.json', toJson],
  ['strings.xml', toAndroid],
  ['doc.strings', toAppleStrings],
  ['doc.stringsdict', toStringsdict],
  ['doc.yml', toRailsYaml],
  ['doc.resx', toResx],
];
