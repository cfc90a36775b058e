import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';
import { KROON_TICKETS_SOURCE, kroonOffice } from '../kroon-office.js';

/** The get-started checklist render-emails writes in the folder of `plan`, in English and Dutch. */
function getStarted(cwd: string, plan: string): { en: string; nl: string } {
  const out = tempDir();
  const rendered = run(['render-emails', '--plan', plan, '--out', out], { cwd });
  expect(rendered.status, rendered.stderr).toBe(0);
  const read = (lang: string) => readFileSync(path.join(out, readdirSync(out).find((f) => f.endsWith(`_get-started.${lang}.md`))!), 'utf8');
  return { en: read('en'), nl: read('nl') };
}

describe('the get-started checklist of a 7-person office (preset: small)', () => {
  it('asks for no executive sponsor, intranet, owner of communications or enrollment guide, in English and Dutch', () => {
    const dir = kroonOffice(KROON_TICKETS_SOURCE, {});
    const { en, nl } = getStarted(dir, 'rollout.yaml');
    expect(en).toContain('- [ ] Customize the email communications in the templates folder\n');
    expect(en).toContain('- [ ] Write a one-page guide to the first steps\n');
    expect(en).toContain('- [ ] Send the first message; keep it short, with one clear call to action');
    expect(nl).toContain('- [ ] De e-mails in de map templates aanpassen\n');
    expect(nl).toContain('- [ ] Een handleiding van één pagina voor de eerste stappen schrijven\n');
    expect(nl).toContain('- [ ] De eerste boodschap versturen; houd het kort');
    expect(en).not.toMatch(/sponsor|intranet|ongoing owner|enrollment guide/);
    expect(nl).not.toMatch(/directie|intranet|vaste eigenaar|aanmeldgids/);
  });

  it('keeps the enterprise guide’s items for a larger rollout', () => {
    const { en } = getStarted(process.cwd(), example('enterprise.yaml'));
    expect(en).toContain('and update the intranet');
    expect(en).toContain('Identify the ongoing owner for communications and resources');
    expect(en).toContain('Create a Getting Started checklist and enrollment guide for end users');
    expect(en).toContain('Have the executive sponsor send the first message');
  });
});
