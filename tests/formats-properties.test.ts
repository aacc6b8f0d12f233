// Property test over the text-like readers: random content put into a template of each format,
// escaped as the format escapes it. Every character of the checked text maps back to the file
// stretch the content character was written as (or is a joining space, a line break or a stand-in
// for markup), every content character is read exactly once, and no finding starts on markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';
import { formatById } from '../lib/formats/index.js';

/** A file under construction, remembering where each content character went. */
class FileWriter {
  file = '';
  readonly content = new Map<number, { end: number; char: string }>();

  raw(s: string): this {
    this.file += s;
    return this;
  }

  /** Writes `text`, each UTF-16 unit as `escape` writes it (a surrogate pair is written as it is). */
  text(text: string, escape: (c: string) => string = (c) => c): this {
    for (const c of text) {
      const written = c.length === 2 ? c : escape(c);
      if (written === c) {
        for (let k = 0; k < c.length; k++) {
          this.content.set(this.file.length, { end: this.file.length + 1, char: c[k] });
          this.file += c[k];
        }
      } else {
        this.content.set(this.file.length, { end: this.file.length + written.length, char: c });
        this.file += written;
      }
    }
    return this;
  }
}

const WORDS = ['the', 'The', 'China.', 'G20', 'a', 'and', 'Again.', 'in', 'energy', 'é', 'ß', 'Жить', '中国', '😀', ',', 'x', '3.5', 'U.S.', 'e.g.', '"', '(', ')', '!', '?', 'it', 'field.'];
const words = (extra: string[]) => fc.array(fc.constantFrom(...WORDS, ...extra), { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));

/** Greedy wrap of a string of words at `width`. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines;
}

const pick = <T>(xs: readonly T[], k: number) => xs[k % xs.length];

type Template = (paragraphs: string[]) => FileWriter;

const TEMPLATES: Record<string, { name: string; extra: string[]; build: Template }> = {
  markdown: {
    name: 'a.md',
    extra: ['*', '_', '[', ']', '&', '<', '`', 'x*y'],
    build: (ps) => {
      const w = new FileWriter().raw('---\ntitle: x\n---\n\n');
      const esc = (c: string) => ('*_[]`\\'.includes(c) ? `\\${c}` : c === '&' ? '&amp;' : c === '<' ? '&lt;' : c);
      ps.forEach((p, k) => {
        const prefix = pick(['', '- ', '> ', '## '], k);
        const lines = prefix === '## ' ? [p] : wrap(p, 50);
        lines.forEach((l, i) => w.raw(i === 0 ? prefix : prefix === '> ' ? '> ' : prefix ? '  ' : '').text(l, esc).raw('\n'));
        w.raw(k % 3 === 1 ? '\n```\ncode. the\n```\n\n' : '\n');
      });
      return w;
    },
  },
  srt: {
    name: 'a.srt',
    extra: ['-', '[music]', '...'],
    build: (ps) => {
      const w = new FileWriter();
      let n = 0;
      ps.forEach((p) => {
        const lines = wrap(p, 30);
        for (let i = 0; i < lines.length; i += 2) {
          w.raw(`${++n}\n00:00:${String(n % 60).padStart(2, '0')},000 --> 00:00:${String(n % 60).padStart(2, '0')},900\n${n % 3 === 0 ? '<i>' : ''}`);
          lines.slice(i, i + 2).forEach((l, j) => w.raw(j ? '\n' : '').text(l));
          w.raw(`${n % 3 === 0 ? '</i>' : ''}\n\n`);
        }
      });
      return w;
    },
  },
  vtt: {
    name: 'a.vtt',
    extra: ['&', '<', '>'],
    build: (ps) => {
      const w = new FileWriter().raw('WEBVTT\n\nNOTE a. the note\n\n');
      const esc = (c: string) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c);
      ps.forEach((p, k) => {
        w.raw(`c${k}\n00:0${k % 10}.000 --> 00:0${k % 10}.500\n<v Anna>`).text(p, esc).raw('</v>\n\n');
      });
      return w;
    },
  },
  po: {
    name: 'a.po',
    extra: ['"', '\\', '\t', '\n', '%s'],
    build: (ps) => {
      const w = new FileWriter().raw('msgid ""\nmsgstr "Language: en\\n"\n\n');
      const esc = (c: string) => (c === '"' || c === '\\' ? `\\${c}` : c === '\n' ? '\\n' : c === '\t' ? '\\t' : c);
      ps.forEach((p, k) => {
        w.raw(`#, c-format\nmsgctxt "c${k}"\nmsgid "Source ${k}"\nmsgstr ""\n`);
        for (const l of wrap(p, 30)) w.raw('"').text(l, esc).raw('"\n');
        w.raw('\n');
      });
      return w;
    },
  },
  json: {
    name: 'a.json',
    extra: ['"', '\\', '/', '\n', 'ü'],
    build: (ps) => {
      const w = new FileWriter().raw('{\n  "nav": {');
      let n = 0;
      const esc = (c: string) =>
        c === '"' || c === '\\' ? `\\${c}` : c === '\n' ? '\\n' : c === '/' ? (n++ % 2 ? '\\/' : '/') : c === 'ü' ? '\\u00fc' : c;
      ps.forEach((p, k) => w.raw(`${k ? ',' : ''}\n    "k${k}": "`).text(p, esc).raw('"'));
      return w.raw('\n  }\n}\n');
    },
  },
  text: {
    name: 'a.txt',
    extra: ['word'],
    build: (ps) => {
      const w = new FileWriter();
      ps.forEach((p) => {
        for (const l of wrap(p, 60)) w.text(l).raw('\n');
        w.raw('\n');
      });
      return w;
    },
  },
};

/** The character at `at` opens a cue's text (past leading tags) of a subtitle file: a quotation mark, or a "..." or "…" and the spaces after it. */
function isCueOpeningMark(file: string, at: number, format: string): boolean {
  if (format !== 'srt' && format !== 'vtt') return false;
  const lineStart = file.lastIndexOf('\n', at - 1) + 1;
  const previousLine = file.slice(file.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  const opening = file.slice(lineStart, at).replace(/<[^>]*>/g, '');
  if (!previousLine.includes('-->')) return false;
  if (/^\.{0,2}$/.test(opening) && '".…“„«'.includes(file[at])) return true;
  // The spaces after a continuation marker go with it.
  return /^(?:\.\.\.|…)[ \t]*$/.test(opening) && (file[at] === ' ' || file[at] === '\t');
}

describe.each(Object.entries(TEMPLATES))('%s reader on random content', (id, { name, extra, build }) => {
  const reader = formatById(id)!;
  const paragraphs = fc.array(words(extra), { minLength: 1, maxLength: 6 });

  it('maps every checked character back to its content character, or to markup as a space, line break or stand-in', () => {
    fc.assert(
      fc.property(paragraphs, (ps) => {
        const w = build(ps);
        const read = reader.read(w.file);
        const seen = new Set<number>();
        for (let i = 0; i < read.text.length; i++) {
          const r = read.map ? read.map.toFileRange(i, i + 1) : { start: i, end: i + 1 };
          const c = w.content.get(r.start);
          if (c && c.end === r.end) {
            expect(read.text[i]).toBe(c.char);
            expect(seen.has(r.start)).toBe(false);
            seen.add(r.start);
          } else {
            expect(' \n\uFFFC').toContain(read.text[i]);
          }
        }
        // The subtitle readers leave out two marks a cue opens with, as layout: a quotation mark
        // that reopens a quotation still open, and a continuation "..." after a full stop.
        for (const [at, c] of w.content) if (!seen.has(at)) expect(isCueOpeningMark(w.file, at, id), JSON.stringify(c.char)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('reports nothing that starts on markup (a finding may start at a space that joins lines or cues)', () => {
    fc.assert(
      fc.property(paragraphs, (ps) => {
        const w = build(ps);
        const report = checkText(w.file, { name, lang: 'en' });
        expect(report.status).toBe('ok');
        const ends = new Set([...w.content.values()].map((c) => c.end));
        const read = reader.read(w.file);
        for (let i = read.text.indexOf(' '); i !== -1 && read.map; i = read.text.indexOf(' ', i + 1)) ends.add(read.map.toFile(i, 'start'));
        for (const f of report.findings) expect(w.content.has(f.start) || ends.has(f.start), `${f.rule} at ${JSON.stringify(w.file.slice(f.start, f.start + 10))}`).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
