import { describe, expect, it } from 'vitest';
import { conditionText } from '../../src/plan/condition-text.js';

const said = (label: string) => conditionText({ metric: 'm', op: '>=', threshold: 80 }, [{ name: 'm', label, unit: 'percent' }], 'en');

describe('conditionText', () => {
  it('writes a capitalized label in lower case inside the sentence', () => {
    expect(said('Active use')).toBe('active use at least 80%');
    expect(said('Über-nutzung')).toBe('über-nutzung at least 80%');
    expect(said('Ēra')).toBe('ēra at least 80%');
  });

  it('keeps a label that starts with an abbreviation, a digit or a lower-case letter, or names something, as it is', () => {
    for (const label of ['NPS', 'IT tickets', 'ÜBER', '2FA sign-ins', 'active use', 'A', 'Net Promoter Score (0-10)', 'Microsoft Teams use']) expect(said(label)).toBe(`${label} at least 80%`);
  });
});
