import type { CheckContext } from '../context.js';
import { mojibakeOf } from '../catalogue/marks.js';
import type { Mojibake } from '../catalogue/mojibake.js';
import type { Edit, Rule } from '../types.js';

/** Runs closer than this (on one line) are one finding: "PÅ™Ã­liÅ¡ Å¾luÅ¥ouÄ�kÃ½" is one garbled phrase. */
const MERGE_GAP = 20;

export const mojibake: Rule<CheckContext> = {
  meta: {
    id: 'mojibake',
    category: 'encoding',
    severity: 'error',
    mqm: 'Fluency/Character encoding',
    languages: '*',
    description:
      'UTF-8 text that was read as Windows-1252 / Latin-1, Windows-1250 or Windows-1251 somewhere on its way ' +
      '("cafÃ©", "â€™", "ÐŸÑ€Ð¸Ð²ÐµÑ‚", "РџСЂРёРІРµС‚", "Ĺ™"), also twice over ("ÃƒÂ©"). The safe fix re-decodes ' +
      'the bytes; where a byte was already replaced by U+FFFD ("Ä�") the text cannot be rebuilt and no fix is offered.',
    examples: {
      bad: [
        { text: 'The cafÃ© was closed, so we didnâ€™t stay.', flags: 'Ã©' },
        { text: 'Das GebÃ¤ude wurde 1901 erÃ¶ffnet.', lang: 'de', flags: 'Ã¤' },
        { text: 'El niÃ±o comiÃ³ una manzana.', lang: 'es', flags: 'Ã±' },
        { text: 'PÅ™Ã­liÅ¡ Å¾luÅ¥ouÄ�kÃ½ kÅ¯Åˆ ÃºpÄ›l.', lang: 'cs', flags: 'PÅ™Ã­liÅ¡' },
        { text: 'PĹ™Ă­liĹˇ ĹľluĹĄouÄŤkĂ˝ kĹŻĹ.', lang: 'cs', flags: 'Ĺ™Ă­' },
        { text: 'ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€!', lang: 'ru', flags: 'ÐŸÑ€Ð¸Ð²ÐµÑ‚' },
        { text: 'Він сказав: РџСЂРёРІС–С‚ усім.', lang: 'uk', flags: 'РџСЂРёРІС–С‚' },
        { text: 'Prices in â‚¬ rose by 5Â % â€“ again.', flags: 'â‚¬' },
      ],
      good: [
        { text: 'Příliš žluťoučký kůň úpěl ďábelské ódy, nevíš“.', lang: 'cs' },
        { text: '„Grüß Gott“, sagte er. Der Gruß“ endet hier. ÄRGER über Öl.', lang: 'de' },
        { text: 'AÇÃO E REAÇÃO”, disse ele. São Paulo, Ñandú, Øresund.', lang: 'pt' },
        { text: 'Рівне, Сім днів, Рёв мотора, Сі-бемоль.', lang: 'uk' },
        { text: 'Привет, мир! «Ёлка» и «Эхо».', lang: 'ru' },
        { text: 'The café in Málaga served crème brûlée; naïve coöperation.' },
      ],
    },
  },

  check(ctx, report) {
    const { text } = ctx;
    const runs = mojibakeOf(ctx, text);
    let group: Mojibake[] = [];
    const flush = () => {
      if (group.length === 0) return;
      const start = group[0].start;
      const end = group[group.length - 1].end;
      const fixable = group.every((r) => r.repaired !== undefined);
      const edits: Edit[] = group.map((r) => ({ start: r.start, end: r.end, text: r.repaired ?? '' }));
      const encoding = group[0].encoding;
      const preview = fixable ? repair(text, start, end, edits) : undefined;
      report({
        start,
        end,
        message: preview
          ? `Mojibake: “${clip(text.slice(start, end))}” is UTF-8 read as ${encoding}; it should read “${clip(preview)}”.`
          : `Mojibake: “${clip(text.slice(start, end))}” is UTF-8 read as ${encoding}, and some bytes were lost (�); retranslate or re-export this passage.`,
        fix: fixable ? { description: 're-decode as UTF-8', edits, safe: true } : undefined,
        data: { encoding },
      });
      group = [];
    };
    for (const run of runs) {
      const last = group[group.length - 1];
      if (last && (run.start - last.end > MERGE_GAP || hasLineBreak(text, last.end, run.start))) flush();
      group.push(run);
    }
    flush();
  },
};

function repair(text: string, start: number, end: number, edits: Edit[]): string {
  let out = '';
  let at = start;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, end);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}
