import type { Language } from './language.js';

export const sr: Language = {
  code: 'sr',
  franc: 'srp',
  name: 'Serbian',
  script: 'Cyrillic',
  alsoWritten: ['Latin'],
  // Serbian Latin (latinica), one letter or digraph per Cyrillic letter.
  transliteration: {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm',
    н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
  },
  commonWords:
    'и у не на да се је за од са су а о то али као што који која које ће би био била било бити сам смо их из све само већ како јер према још овај ова ово ако ју бих кад тако сада више међу око пре док чак до по те ли га па уз при кроз ја ти он она они ви сте није нису може има нема',
  markers: 'ђјљњћџ',
  group: 'hbs',
};

/** Ordinary sentences in the language, which tests/languages.test.ts detects and plants in others. Not part of the entry, so not of the bundle. */
export const examples: readonly string[] = [
  'Обе стране су се договориле да ће проширити сарадњу у области енергетике.',
  'Споразум ће бити потписан следеће године, рекао је министар након састанка у Београду.',
  'Хвала вам на стрпљењу, ваша поруџбина је већ послата и требало би да стигне сутра.',
];
