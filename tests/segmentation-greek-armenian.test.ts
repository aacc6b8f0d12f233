// Greek and Armenian: cased scripts that only one registry language writes each. Their common
// words make segmentation read a lowercase word after a sentence mark as it does in Swedish or
// Bulgarian, and their own punctuation is classified as Unicode and CLDR say.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SCRIPT_TERMINALS } from '../lib/catalogue/marks.js';
import { analyse } from '../lib/engine.js';
import { languageFor } from '../lib/languages/index.js';

const require = createRequire(import.meta.url);

const segmentation = (text: string, lang?: string) =>
  analyse(text, lang ? { lang } : {})
    .findings.filter((f) => f.category === 'segmentation')
    .map((f) => text.slice(f.start, f.end));

describe('a break before a lowercase word', () => {
  it.each([
    ['el', 'Οι δύο πλευρές θα ενισχύσουν τη συνεργασία. στον τομέα της ενέργειας.', ['. στον']],
    // The Armenian full stop ends the words cut off: a stranded fragment. (Its period is the
    // միջակետ, a stop inside the sentence, after which a lowercase word goes on: no break.)
    ['hy', 'Երկու կողմերը պայմանավորվեցին ընդլայնել համագործակցությունը։ էներգետիկայի ոլորտում։', ['։ էներգետիկայի ոլորտում։']],
    ['hy', 'Երկու կողմերը պայմանավորվեցին ընդլայնել համագործակցությունը. էներգետիկայի ոլորտում։', []],
  ])('is found in %s, detected or declared', (lang, text, found) => {
    expect(segmentation(text, lang)).toEqual(found);
    expect(segmentation(text)).toEqual(found);
  });
});

describe('the scripts’ own sentence marks', () => {
  it('are the Unicode Sentence_Terminal characters of the cased scripts, and the Greek question mark of CLDR', () => {
    const cased = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;
    const derived: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/\p{Sentence_Terminal}/u.test(ch) && cased.test(ch)) derived.push(ch);
    }
    // CLDR's sentence-break tailoring for Greek: $STerm gains ";" and U+037E.
    const el = JSON.parse(readFileSync(require.resolve('cldr-segments-full/segments/el/suppressions.json'), 'utf8'));
    const tailored = el.segments.segmentations.SentenceBreak.variables.map((v: Record<string, string>) => v.$STerm).join('');
    expect(tailored).toContain('\\u037E');
    expect([...SCRIPT_TERMINALS].sort()).toEqual([...derived, '\u037e'].sort());
    expect(tailored).toContain('\\u003B');
    expect(languageFor('el')?.sentenceTerminals).toBe(';');
  });

  it.each([
    // Greek ";" is the question mark: before a lowercase word, a break; before a capital, a sentence end.
    ['el', 'Θέλετε να συνεχίσετε; στον τομέα της ενέργειας δεν υπάρχει πρόοδος.', ['; στον']],
    ['el', 'Θέλετε να συνεχίσετε; Οι αλλαγές θα χαθούν. Πού πήγες; Στο σπίτι· εκεί ήταν όλοι.', []],
    // The Armenian full stop, and the colon typed for it before a capital.
    ['hy', 'Երկու կողմերը պայմանավորվեցին ընդլայնել համագործակցությունը։ էներգետիկայի ոլորտում նրանք աշխատում են միասին։', ['։ էներգետիկայի']],
    ['hy', 'Երկու կողմերը պայմանավորվեցին ընդլայնել համագործակցությունը: Նա ասաց, որ ամեն ինչ լավ է:', []],
    // A colon before a lowercase word is a label's colon, not a full stop.
    ['hy', 'NAUTILUS_SCRIPT_SELECTED_URIS: ընտրված ֆայլերի ուղիները, որոնք ավարտվում են նոր տողով։', []],
    // Question and exclamation marks stand over a vowel inside the word, the comma ՝ after it.
    ['hy', 'Ո՞վ է այդ մարդը։ Ինչո՞ւ ես այստեղ։ Նա ասաց՝ գնանք։ Ինչպե՜ս գեղեցիկ է այս քաղաքը։', []],
  ])('%s: %s', (lang, text, found) => {
    expect(segmentation(text, lang)).toEqual(found);
  });

  it('in English, ";" and ":" end no sentence', () => {
    expect(segmentation('He named the plan; the test came later: the results were good.', 'en')).toEqual([]);
  });

  it('a capital glued after the Armenian full stop is a missing space', () => {
    const text = 'Նա ասաց, որ ամեն ինչ լավ է։ Մենք գնացինք տուն։Երեկոյան նրանք եկան։ Հետո բոլորը քնեցին։';
    const found = analyse(text, { lang: 'hy' }).findings.filter((f) => f.rule === 'missing-space-after-sentence');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['։Երեկոյան']);
  });
});

describe('abbreviations', () => {
  // CLDR lists no Greek or Armenian sentence-break suppressions (only clipped month and day names);
  // a clipped word ends in consonants that words of the languages do not end in, and stays silent.
  it.each([
    ['el', 'Το κόστος ήταν 5 εκατ. ευρώ και τα έσοδα 2 δισ. ευρώ, ενώ οι ζημιές 300 χιλ. ευρώ.'],
    ['el', 'Υπάρχουν πολλά είδη, π.χ. μήλα, αχλάδια κ.λπ. που πωλούνται εδώ. Τα φρούτα, δηλ. τα μήλα, είναι φθηνά.'],
    ['el', 'Η λέξη προέρχεται από την αγγλ. λέξη, βλ. παρακάτω, σημ. του μεταφραστή, κ.ά. στοιχεία.'],
    ['el', 'Η συνάντηση θα γίνει στις 10 π.μ. στο γραφείο. Γεννήθηκε το 300 π.Χ. στην Αθήνα.'],
    ['hy', 'Հռչակագիրը ընդունվել է 1948 թ. դեկտեմբերի 10-ին։ Նա ծնվել է մ.թ.ա. 50 թվականին։'],
    ['hy', 'Ծախսերը 2 մլրդ դր. էին։ Տես գլ. 3 և էջ 5-ը։'],
  ])('%s: %s', (lang, text) => {
    expect(segmentation(text, lang)).toEqual([]);
  });
});
