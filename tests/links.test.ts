import { describe, expect, it } from 'vitest';
import { linksIn } from '../lib/bilingual/links.js';

const urls = (text: string) => linksIn(text, 0, text.length).map((l) => l.text);

describe('linksIn: parentheses in URLs (GitHub-Flavored Markdown autolinks)', () => {
  it('keeps balanced parentheses in a URL', () => {
    expect(urls('Voir https://fr.wikipedia.org/wiki/Virgule_flottante_(informatique) ici')).toEqual(['https://fr.wikipedia.org/wiki/Virgule_flottante_(informatique)']);
    expect(urls('https://learn.microsoft.com/en-us/previous-versions/ms123456(v=vs.85).')).toEqual(['https://learn.microsoft.com/en-us/previous-versions/ms123456(v=vs.85)']);
  });

  it('leaves out a closing parenthesis the URL does not balance', () => {
    expect(urls('(see https://example.com/a)')).toEqual(['https://example.com/a']);
    expect(urls('(see https://example.com/a).')).toEqual(['https://example.com/a']);
    expect(urls('(see www.example.com/a_(b)).')).toEqual(['www.example.com/a_(b)']);
    expect(urls('(https://example.com/a_(b)_c)')).toEqual(['https://example.com/a_(b)_c']);
  });

  it('still ends a URL at other brackets and trailing punctuation', () => {
    expect(urls('[https://example.com/a], https://example.com/b.')).toEqual(['https://example.com/a', 'https://example.com/b']);
  });

  it('gives the offsets of the URL it keeps', () => {
    const text = '(https://a.org/x_(y))';
    expect(linksIn(text, 0, text.length).map((l) => [l.start, l.end])).toEqual([[1, 20]]);
  });
});
