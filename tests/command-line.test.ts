// commandLine() tells a passage that is a command line from a sentence left untranslated. It reads
// its regexes only where a cheap scan finds a character they need: each kind of syntax is checked
// here, so that a character left out of that scan shows up as a command line missed.
import { describe, expect, it } from 'vitest';
import { CheckContext } from '../lib/context.js';
import { commandLine } from '../lib/rules/untranslated-passage.js';

/** commandLine() on the span of `passage` inside `line`. */
function isCommandLine(line: string, passage: string): boolean {
  const start = line.indexOf(passage);
  const ctx = new CheckContext(line, { lang: 'ru' });
  return commandLine(line, ctx.tokens, start, start + passage.length);
}

describe('commandLine', () => {
  it.each([
    ['an option', 'Выполните git rebase --continue', 'git rebase --continue'],
    ['a short option', 'Выполните grep -n pattern', 'grep -n pattern'],
    ['a placeholder', 'Пример cannot open %s file', 'cannot open %s file'],
    ['an assignment', 'Пример set color=auto mode', 'set color=auto mode'],
    ['an alternation', 'Пример choose fast|slow mode', 'choose fast|slow mode'],
    ['a colon between words', 'Пример copy src:dst range', 'copy src:dst range'],
    ['a metavariable', 'Пример scalar diagnose <enlistment>', 'scalar diagnose <enlistment'],
    ['an optional metavariable', 'Пример scalar register [<dir>]', 'scalar register'],
    ['usage syntax after it', 'Пример remote remove <name>', 'remote remove'],
    ['usage after a metavariable in capitals', 'Пример split FILE [--dry-run]', 'split'],
  ])('finds %s', (_, line, passage) => {
    expect(isCommandLine(line, passage)).toBe(true);
  });

  it('finds a call of a program the text calls with options, with no syntax of its own', () => {
    const text = ['git rebase --continue', 'git commit --amend', 'Смотрите git help revisions'].join('\n');
    const start = text.indexOf('git help');
    const ctx = new CheckContext(text, { lang: 'ru' });
    expect(commandLine(text, ctx.tokens, start, start + 'git help revisions'.length)).toBe(true);
    // Called once only, a name is no program's.
    const once = ['git rebase --continue', 'Смотрите git help revisions'].join('\n');
    const at = once.indexOf('git help');
    expect(commandLine(once, new CheckContext(once, { lang: 'ru' }).tokens, at, at + 'git help revisions'.length)).toBe(false);
  });

  it('leaves prose alone', () => {
    expect(isCommandLine('Пример please restart the device now', 'please restart the device now')).toBe(false);
    expect(isCommandLine('Пример restart the device. Then wait', 'restart the device')).toBe(false);
    // A sentence's word among the first two words, which are read last, counts as well as one after them.
    expect(isCommandLine('Пример the --force option', 'the --force option')).toBe(false);
    expect(isCommandLine('Пример pass --force to it', 'pass --force to it')).toBe(false);
  });
});
