import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

/*
 * Kaiteur Design (examples/adoption.yaml, with its roster and exports): from Monday 1 March 2027,
 * two-week phases, announced two weeks ahead, reminded one week ahead, weekly updates on Fridays.
 * The branch in Nieuw Nickerie was to start on Monday 29 March (announced Monday 15 March).
 */
const ROLLBACK = `
rollback:
  on: 2027-04-12
  reason: { en: "Teams does not work on the branch's line", nl: Teams werkt niet op de lijn van de vestiging }
  only: { location: Nieuw Nickerie }
  resume:
    on: RESUME
    DECIDED
    changed: { en: a new fibre line is in, nl: er ligt een nieuwe glasvezellijn }
`;

function folder(more: string): string {
  const dir = tempDir();
  cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
  const plan = path.join(dir, 'rollout.yaml');
  writeFileSync(plan, `${readFileSync(example('adoption.yaml'), 'utf8')}${more}`);
  return plan;
}

const emails = (plan: string) => {
  const out = path.join(path.dirname(plan), 'emails');
  expect(run(['render-emails', '--plan', plan, '-o', out, '--format', 'txt']).status).toBe(0);
  return { names: readdirSync(out).sort(), text: (name: string) => readFileSync(path.join(out, name), 'utf8') };
};

/*
 * A pause of the branch's phase from Monday 22 March until Monday 29 March (5 working days), after
 * its announcement: the reminder moved to 29 March, the launch to Monday 5 April. Rolled back on
 * Monday 12 April, the branch starts again on Monday 10 May: announced Monday 26 April (two weeks
 * ahead), reminded Monday 3 May, running until Friday 21 May; the switch-off from Monday 24 May
 * to Friday 4 June. Counting the pause again would put all of it a week later, unannounced.
 */
describe('a pause over before the part rolled back, then its second try, end to end', () => {
  const plan = folder(`
pauses:
  - { from: 2027-03-22, until: 2027-03-29, decided: 2027-03-22, only: { phase: nickerie }, reason: { en: "the branch's line was down", nl: de lijn van de vestiging lag plat } }
${ROLLBACK.replace('RESUME', '2027-05-10').replace('DECIDED', '')}`);

  it('schedule starts the second try on resume.on, announced two weeks ahead, and the switch-off after it', () => {
    expect(run(['validate', '--plan', plan]).status).toBe(0);
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { phases: { id: string; start: string; end: string }[]; events: { type: string; phase?: string; date: string; secondTry?: string }[] };
    expect(json.phases.map((p) => [p.id, p.start, p.end]).slice(2)).toEqual([
      ['nickerie', '2027-05-10', '2027-05-21'],
      ['decommission', '2027-05-24', '2027-06-04'],
    ]);
    const again = json.events.filter((e) => e.phase === 'nickerie' && e.secondTry === '2027-05-10' && ['announcement', 'reminder', 'launch'].includes(e.type));
    expect(again.map((e) => [e.type, e.date])).toEqual([
      ['announcement', '2027-04-26'],
      ['reminder', '2027-05-03'],
      ['launch', '2027-05-10'],
    ]);
    const table = run(['schedule', '--plan', plan, '--lang', 'en']).stdout;
    expect(table).toContain('Microsoft Teams rollout at Kaiteur Design: 25 people, 2027-03-01 to 2027-06-04');
    expect(table).toMatch(/Nieuw Nickerie branch \(first try, rolled back on 2027-04-12\) +│ launch +│ week 6 +│ 2027-04-05 to 2027-04-09/);
    expect(table).toMatch(/Nieuw Nickerie branch \(second try\) +│ launch +│ weeks 11-12 +│ 2027-05-10 to 2027-05-21/);
    expect(table).toMatch(/│ 9 +│ 2027-04-26 │ +│ announcement +│ nickerie +│ +│ Announce Microsoft Teams to Nieuw Nickerie branch/);
  });

  it('render-emails writes the announcement of the second try on 26 April, saying it is the second try', () => {
    const { names, text } = emails(plan);
    expect(names.filter((n) => /_nickerie_(announcement|welcome)\.en\.txt$/.test(n))).toEqual([
      '2027-03-15_nickerie_announcement.en.txt',
      '2027-04-05_nickerie_welcome.en.txt',
      '2027-04-26_nickerie_announcement.en.txt',
      '2027-05-10_nickerie_welcome.en.txt',
    ]);
    const announcement = text('2027-04-26_nickerie_announcement.en.txt');
    expect(announcement).toContain('Subject: Microsoft Teams: we are trying again');
    expect(announcement).toContain('now your group starts on Monday, May 10, 2027.\n\nThis is our second try: on Monday, April 12, 2027 we went back to Slack and WhatsApp groups.');
    expect(text('2027-04-26_nickerie_announcement.nl.txt')).toContain('Dit is onze tweede poging');
  });
});

/*
 * No pause; the branch rolled back on Monday 12 April, its second try decided on Monday 3 May,
 * from Monday 24 May to Friday 4 June. The Friday updates of 16, 23 and 30 April went out while
 * nobody knew of a second try: to everyone, saying the branch is back on the old tools.
 */
describe('the weekly updates before the second try was decided, end to end', () => {
  const plan = folder(ROLLBACK.replace('RESUME', '2027-05-24').replace('DECIDED', 'decided: 2027-05-03'));

  it('render-emails writes every Friday update the schedule lists, saying the branch is back on the old tools', () => {
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { events: { type: string; date: string }[] };
    const listed = json.events.filter((e) => e.type === 'weekly-update').map((e) => e.date);
    expect(listed.filter((d) => d > '2027-04-09' && d < '2027-05-07')).toEqual(['2027-04-16', '2027-04-23', '2027-04-30']);
    const { names, text } = emails(plan);
    expect(names.filter((n) => n.endsWith('_rollout_weekly-update.en.txt')).map((n) => n.slice(0, 10))).toEqual(listed);
    const update = text('2027-04-23_rollout_weekly-update.en.txt');
    expect(update).toMatch(/To:\s+Everyone at Kaiteur Design \(25 people\)/);
    expect(update).toContain("- Nieuw Nickerie: back on Slack and WhatsApp groups since Monday, April 12 (Teams does not work on the branch's line)");
    expect(text('2027-04-23_rollout_weekly-update.nl.txt')).toContain('- Nieuw Nickerie: sinds maandag 12 april terug op Slack en de WhatsApp-groepen (Teams werkt niet op de lijn van de vestiging)');
  });
});
