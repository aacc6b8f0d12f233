// Greek and Armenian: cased scripts that only one registry language writes each. Their common
// words make segmentation read a lowercase word after a sentence mark as it does in Swedish or
// Bulgarian, and their own punctuation is classified as Unicode and CLDR say.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';

const segmentation = (text: string, lang?: string) =>
  analyse(text, lang ? { lang } : {})
    .findings.filter((f) => f.category === 'segmentation')
    .map((f) => text.slice(f.start, f.end));

describe('a break before a lowercase word', () => {
  it.each([
    ['el', 'Οι δύο πλευρές θα ενισχύσουν τη συνεργασία. στον τομέα της ενέργειας.', ['. στον']],
    ['hy', 'Երկու կողմերը պայմանավորվեցին ընդլայնել համագործակցությունը. էներգետիկայի ոլորտում։', ['. էներգետիկայի']],
  ])('is found in %s, detected or declared', (lang, text, found) => {
    expect(segmentation(text, lang)).toEqual(found);
    expect(segmentation(text)).toEqual(found);
  });
});
