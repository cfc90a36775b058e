import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceStart } from '../../src/util/sentence-start.js';

describe('sentenceStart', () => {
  it('capitalises the first letter of a phrase, and leaves a name such as iCloud as its maker writes it', () => {
    expect(sentenceStart('het oude systeem', 'nl')).toBe('Het oude systeem');
    expect(sentenceStart('e-maildiscussies en WhatsApp-groepen', 'nl')).toBe('E-maildiscussies en WhatsApp-groepen');
    expect(sentenceStart('iCloud-mappen', 'nl')).toBe('iCloud-mappen');
    expect(sentenceStart('eFax', 'en')).toBe('eFax');
    expect(sentenceStart('WhatsApp', 'en')).toBe('WhatsApp');
    expect(sentenceStart('x', 'en')).toBe('X');
    expect(sentenceStart('', 'en')).toBe('');
  });

  it('changes at most the first character, and only its case', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('en' as const, 'nl' as const), (text, lang) => {
        const out = sentenceStart(text, lang);
        expect(out.slice(1)).toBe(text.slice(1));
        expect(out.charAt(0).toLocaleLowerCase(lang)).toBe(text.charAt(0).toLocaleLowerCase(lang));
      }),
    );
  });
});
