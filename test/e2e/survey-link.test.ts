import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

const LINK = 'https://forms.office.com/r/Kz7Tevredenheid';

/** The example plan with the form's address it gives replaced by `link`, or taken out. */
const withLink = (link?: string) => {
  const plan = readFileSync(example('adoption.yaml'), 'utf8');
  expect(plan).toMatch(/\n {2}surveyLink: \{ en: "https:\/\/forms\.gle\/\w+", nl: "https:\/\/forms\.office\.com\/r\/\w+" \}\n/);
  return plan.replace(/\n {2}surveyLink: .*\n/, link === undefined ? '\n' : `\n  surveyLink: "${link}"\n`);
};

describe('the weekly survey email and the form whose export the gates read', () => {
  it('validate points at the form export while the email asks for replies; with surveyLink the email links to the form', () => {
    // The example gives its form's address: no hint about the survey's forms.
    expect(run(['validate', '--plan', example('adoption.yaml')]).stderr).not.toMatch(/hint sources\[\d\]\.kind/);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'adoption.yaml'), withLink());
    const hint = run(['validate', '--plan', 'adoption.yaml'], { cwd: dir });
    expect(hint.status).toBe(0);
    // Both forms it reads, the English Google form and the Dutch Microsoft one, each under its language.
    expect(hint.stderr.replace(/adoption\.yaml:\d+:\d+/g, 'adoption.yaml:L:C')).toContain(
      `adoption.yaml:L:C: hint sources[2].kind: this source and sources[3] read the survey answers from 2 forms' exports, but the weekly survey email asks people to reply by email, which the exports never hold (give the forms' addresses as communications.surveyLink, one per language (e.g. surveyLink: { nl: "https://forms.office.com/r/...", en: "https://forms.gle/..." }): each language's survey email then links to its own form)`,
    );

    writeFileSync(path.join(dir, 'adoption.yaml'), withLink(LINK));
    const r = run(['render-emails', '--plan', 'adoption.yaml', '--out', 'emails', '--format', 'txt', '--at', '2027-02-01'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const surveys = readdirSync(path.join(dir, 'emails')).filter((f) => f.includes('_survey.'));
    expect(surveys.length).toBeGreaterThan(2);
    for (const f of surveys) {
      const text = readFileSync(path.join(dir, 'emails', f), 'utf8');
      expect(text, f).toContain(LINK);
      expect(text, f).not.toMatch(/reply to this email|beantwoord deze e-mail/);
    }
  });

  it("links each language's survey email to its own form, as the example gives them", () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', example('adoption.yaml'), '--out', 'emails', '--format', 'txt', '--at', '2027-02-01'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const surveys = readdirSync(path.join(dir, 'emails')).filter((f) => f.includes('_survey.'));
    expect(surveys.filter((f) => f.endsWith('.nl.txt')).length).toBeGreaterThan(2);
    for (const f of surveys) {
      const text = readFileSync(path.join(dir, 'emails', f), 'utf8');
      const [own, other] = f.endsWith('.nl.txt') ? ['https://forms.office.com/r/Kz7Tevredenheid', 'forms.gle'] : ['https://forms.gle/7mKq2XzR9bTfW4nC6', 'forms.office.com'];
      expect(text, f).toContain(own);
      expect(text, f).not.toContain(other);
    }
  });

  it('says a web address written per language wrongly is no name', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'adoption.yaml'), withLink().replace('\ncommunications:\n', '\ncommunications:\n  surveyLink: [https://forms.gle/7mKq2XzR9bTfW4nC6]\n'));
    const r = run(['validate', '--plan', 'adoption.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error communications.surveyLink: expected a web address, or one per language: { en: "https://forms.gle/...", nl: "https://forms.office.com/r/..." }');
    expect(r.stderr).not.toContain('a name');
  });

  it('stays a link a reader can click and copy in the Markdown drafts: <https://...>, no backslash in it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'adoption.yaml'), withLink(LINK));
    expect(run(['render-emails', '--plan', 'adoption.yaml', '--out', 'emails', '--at', '2027-02-01'], { cwd: dir }).status).toBe(0);
    const surveys = readdirSync(path.join(dir, 'emails')).filter((f) => f.endsWith('_survey.en.md'));
    expect(surveys.length).toBeGreaterThan(2);
    for (const f of surveys) {
      const text = readFileSync(path.join(dir, 'emails', f), 'utf8');
      expect(text, f).toMatch(/fill in the form before \w+day, \w+ \d+: <https:\/\/forms\.office\.com\/r\/Kz7Tevredenheid>\n/);
      expect(text, f).not.toContain('https\\:');
    }
  });
});
