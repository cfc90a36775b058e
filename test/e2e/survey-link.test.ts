import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

const LINK = 'https://forms.office.com/r/Kz7Tevredenheid';

/** The example plan with the form's address it gives replaced by `link`, or taken out. */
const withLink = (link?: string) => {
  const plan = readFileSync(example('adoption.yaml'), 'utf8');
  expect(plan).toMatch(/\n {2}surveyLink: "https:\/\/forms\.gle\/\w+"\n/);
  return plan.replace(/\n {2}surveyLink: .*\n/, link === undefined ? '\n' : `\n  surveyLink: "${link}"\n`);
};

describe('the weekly survey email and the form whose export the gates read', () => {
  it('validate points at the form export while the email asks for replies; with surveyLink the email links to the form', () => {
    // The example gives its form's address: no hint.
    expect(run(['validate', '--plan', example('adoption.yaml')]).stderr).not.toContain('hint');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'adoption.yaml'), withLink());
    const hint = run(['validate', '--plan', 'adoption.yaml'], { cwd: dir });
    expect(hint.status).toBe(0);
    expect(hint.stderr).toMatch(/adoption\.yaml:\d+:\d+: hint sources\[2\]\.kind: this source reads the survey answers from a form's export, but the weekly survey email asks people to reply by email/);

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
