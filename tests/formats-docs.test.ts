// Translated documentation as its authors write it (Markdown, MDX, HTML): what the readers make of
// its inline spans, with exact checked text, span ends and file offsets, and what the rules then
// report on it.
import { describe, expect, it } from 'vitest';
import { html } from '../lib/formats/html.js';
import { markdown } from '../lib/formats/markdown.js';
import { check } from './format-fixtures.js';

/** The file text each finding flags, with its rule. */
const flagged = (file: string, name: string, lang = 'en') => check(file, name, { lang }).findings.map((f) => `${f.rule}: ${file.slice(f.start, f.end)}`);

describe('where inline spans end', () => {
  it('Markdown: emphasis and link text close, noted in the checked text', () => {
    const file = 'Answer *how many?* questions or [which **one**?](https://example.org) ones.\n';
    const read = markdown.read(file);
    expect(read.text).toBe('Answer how many? questions or which one? ones.\n');
    expect(read.spanEnds).toEqual([16, 39, 40]);
  });

  it('HTML: phrase elements close (em, q, cite, a…), other inline elements do not', () => {
    const file = '<p>Answer <em>how many?</em> questions, <span>which?</span> ones, <q>Why?</q> he asked.</p>\n';
    const read = html.read(file);
    expect(read.text).toBe('Answer how many? questions, which? ones, Why? he asked.\n');
    expect(read.spanEnds).toEqual([16, 45]);
  });

  it('a question or exclamation that closes a span goes on in lowercase: no stray break', () => {
    expect(flagged('Regression answers *how many?* questions, and *which one!* types are next.\n', 'a.md')).toEqual([]);
    expect(flagged('<p>Regression answers <em>how many?</em> questions of all kinds.</p>\n', 'a.html')).toEqual([]);
    // Without the span, as plain text, the same words are a break.
    expect(flagged('Regression answers how many? questions of all kinds.\n', 'a.txt')).toEqual(['stray-sentence-break: ? questions']);
    // A period closing a span is still a sentence end.
    expect(flagged('We read the [guide.](https://example.org) then we left. It was late.\n', 'a.md')).toEqual(['stray-sentence-break: .](https://example.org) then']);
  });
});
