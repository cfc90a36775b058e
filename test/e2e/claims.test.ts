import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRM, firmTicketsTo19March, firmWithoutPause } from '../firm.js';
import { run, tempDir } from '../helpers.js';
import { formatsFor } from '../../src/report/i18n.js';
import { inReportStyle } from '../../src/report/in-report-style.js';

/** What the outputs claim agrees with what gate-check decided, on the exports of a real firm. */

const visible = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/\s+/g, ' ');

function decisionOf(dir: string, plan: string, at: string) {
  const check = run(['gate-check', '-p', path.join(dir, plan), '--at', at]);
  const why = /^Besluit: \S+ \(exitcode \d\): (.*)$/m.exec(check.stdout)![1]!;
  const report = visible(run(['report', '-p', path.join(dir, plan), '--at', at, '-o', '-']).stdout);
  return { check, why, report };
}

describe('report and gate-check tell the same decision', () => {
  it.each([
    ['a launch waits', FIRM, 'rollout.yaml', '2027-03-31', 'Pauzeren De invoering pauzeert'],
    ['an open pause', FIRM, 'rollout.open-pause.yaml', '2027-04-27', 'Pauzeren De invoering pauzeert'],
  ])('%s: the banner gives gate-check’s reasons, in its order, with the report’s days and signs', (_, dir, plan, at, lead) => {
    const { check, why, report } = decisionOf(dir, plan, at);
    expect(check.status).toBe(1);
    expect(why).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(report).toContain(`${lead}: ${inReportStyle(why, formatsFor('nl'))}.`);
    expect(report).not.toMatch(/pauzeert:[^.]*pilot-success niet gehaald \(ernstig → pauzeren\)/);
  });

  it('continue: nothing waits, and the failed report-only gates are said to decide nothing', () => {
    const { check, why, report } = decisionOf(firmWithoutPause(), 'rollout.yaml', '2027-03-31');
    expect(check.status).toBe(0);
    expect(why).toBe('geen start en geen uitzetten wacht');
    // The survey gates count each person's latest answer (see survey-scope.test.ts): 6.8 and NPS 0 fail.
    const reportOnly = 'Alleen ter informatie, beslist niets: pilot-success niet gehaald (ernstig), satisfaction niet gehaald (ernstig), nps niet gehaald (ernstig)';
    expect(check.stdout).toContain(reportOnly);
    expect(report).toContain(`Doorgaan De invoering gaat door: geen start en geen uitzetten wacht. ${reportOnly}.`);
    expect(report).not.toContain('faalt');
  });

  it('GitHub annotations warn about a report-only gate and keep errors for what pauses', () => {
    const r = run(['gate-check', '-p', path.join(FIRM, 'rollout.yaml'), '--at', '2027-03-31', '--format', 'github']);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([
      expect.stringMatching(/^::warning file=.*rollout\.yaml,line=\d+,title=Gate pilot-success failed \(major%2C report only\)::last of 3 rows of active use from/),
      expect.stringMatching(/^::error file=.*rollout\.yaml,line=\d+,title=Gate department-1-go-no-go failed \(major → pause\)::/),
      expect.stringMatching(/^::warning file=.*rollout\.yaml,line=\d+,title=Gate satisfaction failed \(major%2C report only\)::mean of 10 rows of satisfaction \(1-10\) from .* is 6\.8 from 10 people /),
      expect.stringMatching(/^::warning file=.*rollout\.yaml,line=\d+,title=Gate nps failed \(major%2C report only\)::nps of 10 rows .* is 0 from 10 people: 4 promoters, 2 passives, 4 detractors /),
    ]);
    expect(r.stdout).toContain('Decision: pause (exit 1): launch of Advies on 2027-03-30 waits: department-1-go-no-go failed (major → pause)');
  });
});

describe('weekly updates say what their numbers support', () => {
  it('compares the tickets of the days the helpdesk export covers, and says up to which day', () => {
    const out = tempDir();
    expect(run(['render-emails', '-p', path.join(firmTicketsTo19March(), 'rollout.yaml'), '--out', out, '--at', '2027-03-31']).status).toBe(0);
    const update = readFileSync(path.join(out, '2027-03-25_rollout_weekly-update.nl.md'), 'utf8');
    expect(update).toContain('13 meldingen in de 7 dagen tot en met vrijdag 19 maart, meer dan de 5 in de 7 dagen daarvoor');
    expect(update).not.toContain('snel succes');
  });

  it('no quick win in a week whose tickets rose', () => {
    const out = tempDir();
    const r = run(['render-emails', '-p', path.join(FIRM, 'rollout.yaml'), '--out', out, '--at', '2027-03-31']);
    expect(r.status).toBe(0);
    const update = (day: string, lang: string) => readFileSync(path.join(out, `${day}_rollout_weekly-update.${lang}.md`), 'utf8');
    expect(update('2027-03-19', 'nl')).toMatch(/13 meldingen .*meer dan de 5/);
    expect(update('2027-03-19', 'nl')).not.toContain('snel succes');
    expect(update('2027-03-19', 'en')).not.toContain('**A quick win:**');
    expect(update('2027-03-12', 'en')).toContain('**A quick win:**');
    expect(update('2027-03-25', 'nl')).toContain('4 meldingen in de 7 dagen tot en met donderdag 25 maart, minder dan de 12 in de 7 dagen daarvoor');
  });
});

describe('active use says whose it is', () => {
  it('gate-check and the report give the whole organization’s 25% beside the lowest started part, and the day it was measured', () => {
    const { check, report } = decisionOf(FIRM, 'rollout.yaml', '2027-03-31');
    // The export of 22 March: Advies (30 March) and everyone else (12 April) had not started, and are not read as 0%.
    expect(check.stdout).toMatch(
      /^Uitfasering \(Oude systeem uitzetten, vanaf 2027-04-26\): nog niet klaar; actief gebruik is 57,1 in het laagste van de begonnen delen \(fase Administratie: 4 van 7 personen daar, 80% vraagt 6 van 7\) en 25 in de hele organisatie, nodig: >= 80; nog niet begonnen op 2027-03-22, de gemeten dag: Advies \(vanaf 2027-03-30\), .+ \(vanaf 2027-04-12\)$/m,
    );
    expect(report).toContain('Actief gebruik, gemeten 25% hele organisatie, gemeten op maandag 22 maart 2027');
    expect(report).not.toContain('gemeten 0%');
  });
});

describe('survey gates and weekly updates read the same answers', () => {
  it('the default NPS gate reads the latest answers of the pilot’s and Administratie’s 10 people, as the update does', () => {
    // 12 answers: Ravi and Maya filled in both the Dutch and the English form. Each one's later answer counts (see survey-scope.test.ts).
    const check = run(['gate-check', '-p', path.join(FIRM, 'rollout.yaml'), '--at', '2027-03-31']).stdout;
    const setAside = '(2 eerdere antwoorden van dezelfde personen tellen niet mee: van ieder telt het laatste)';
    expect(check).toContain(`  nps (niet gehaald): de NPS van 10 rijen Net Promoter Score (0-10) van 2027-03-01 tot en met 2027-03-30 is 0 van 10 personen: 4 promotors, 2 passieven, 4 criticasters ${setAside}, niet > 0`);
    expect(check).toContain(`  satisfaction (niet gehaald): het gemiddelde van 10 rijen tevredenheid (1-10) van 2027-03-01 tot en met 2027-03-30 is 6,8 van 10 personen ${setAside}, niet >= 7`);
    const out = tempDir();
    expect(run(['render-emails', '-p', path.join(FIRM, 'rollout.yaml'), '--out', out, '--at', '2027-03-31']).status).toBe(0);
    expect(readFileSync(path.join(out, '2027-03-25_rollout_weekly-update.nl.md'), 'utf8')).toContain('Net Promoter Score 0, uit 10 antwoorden van de afgelopen vier weken');
  });
});
