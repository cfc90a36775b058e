import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_COMMENTS } from '../../src/plan/starter-comments.js';
import { example, fillInContact, ROOT, run, tempDir, writeInExamples } from '../helpers.js';

/** The example's first language is Dutch; --lang en must give its English texts, not only English headings. */
describe('--lang picks the plan’s texts too', () => {
  it('report --lang en shows the plan’s English texts and answers', () => {
    const r = run(['report', '--plan', example('enterprise.yaml'), '--at', '2027-03-15', '--lang', 'en', '-o', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('customer questions get lost between email threads and private chats');
    expect(r.stdout).not.toContain('vragen van klanten raken zoek');
    expect(r.stdout).toContain('<h2>Questions people ask</h2>');
  });

  it('gate-check --lang en gives the English rollback procedure on a rollback', () => {
    const plan = path.join(ROOT, 'examples', 'enterprise.yaml');
    const args = ['gate-check', '--plan', '-', '--metrics', path.join(ROOT, 'examples/metrics/enterprise.csv'), '--at', '2027-03-15'];
    const critical = readFileSync(plan, 'utf8').replace(/(id: georgetown-go-no-go,.*severity: )major/, '$1critical');
    const english = run([...args, '--lang', 'en'], { input: critical });
    expect(english.status).toBe(3);
    expect(english.stdout).toContain('Rollback procedure: Re-enable the shared mailboxes');
    const dutch = run(args, { input: critical });
    expect(dutch.stdout).toContain('Terugdraaiprocedure: Zet de gedeelde mailboxen weer aan');
  });

  it('init --lang nl,en writes every text in Dutch and English: the Dutch emails hold none of the English', () => {
    const dir = tempDir();
    expect(run(['init', '--preset', 'growing', '--lang', 'nl,en', '--no-templates', '--start', '2027-03-01', '--dir', dir]).status).toBe(0);
    fillInContact(path.join(dir, 'rollout.yaml'));
    // The example answers init leaves commented out, written in: they too are in both languages.
    writeInExamples(path.join(dir, 'rollout.yaml'));
    const plan = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8');
    expect(plan).toContain('  languages: [nl, en]');
    expect(plan).toMatch(/^ {2}offlinePlan: \{ nl: "Werk door in het oude systeem.*", en: "Keep working in the old system/m);
    const validate = run(['validate', '--strict', '--plan', path.join(dir, 'rollout.yaml')]);
    expect([validate.status, validate.stderr]).toEqual([0, '']);
    const english = ['email threads', 'decisions get lost', 'orders get lost', 'Email from the sponsor', 'One hands-on group session', 'Quick start guide and FAQ', 'Keep working in the old system', 'Pilot group, then department'];
    const written = run(['render-emails', '--plan', path.join(dir, 'rollout.yaml'), '--lang', 'nl', '--out', path.join(dir, 'emails')]);
    expect(written.status).toBe(0);
    const all = readdirSync(path.join(dir, 'emails')).map((f) => readFileSync(path.join(dir, 'emails', f), 'utf8')).join('\n');
    expect(all).toContain('bestellingen raken zoek tussen kantoor en bakkerij');
    expect(english.filter((s) => all.includes(s))).toEqual([]);
  });

  it('init --lang nl writes the plan’s comments in Dutch, and the plan still validates; --lang en,nl keeps them in English', () => {
    const init = (lang: string) => {
      const dir = tempDir();
      expect(run(['init', '--preset', 'small', '--lang', lang, '--no-templates', '--people', '--start', '2027-03-01', '--dir', dir]).status).toBe(0);
      return path.join(dir, 'rollout.yaml');
    };
    const comments = (file: string) => readFileSync(file, 'utf8').split('\n').flatMap((line) => (line.match(/#(?! {3}\w+: )[^#]*$/) ?? []).map((c) => c.slice(1).trim())).filter(Boolean);
    const said = (lang: 'en' | 'nl') => Object.values(STARTER_COMMENTS[lang]).flat();
    const dutch = init('nl');
    const written = comments(dutch);
    expect(written).toContain('eerste startdag (week 1 = deze dag en de zes dagen erna)');
    expect(written.filter((c) => said('en').includes(c))).toEqual([]);
    expect(said('nl').filter((c) => !written.includes(c) && c !== STARTER_COMMENTS.nl.header)).toEqual([]);
    expect(readFileSync(dutch, 'utf8')).toContain(`# ${STARTER_COMMENTS.nl.header}\n`);
    fillInContact(dutch);
    writeInExamples(dutch);
    const validate = run(['validate', '--plan', dutch]);
    expect([validate.status, `${validate.stdout}${validate.stderr}`]).toEqual([0, expect.stringMatching(/rollout\.yaml: valid \(/)]);
    const english = comments(init('en,nl'));
    expect(english).toContain('first launch day (week 1 = this day and the six after it)');
    expect(english.filter((c) => said('nl').includes(c))).toEqual([]);
  });
});
