import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

// Nieuw Nickerie's week (15..19 March) before Miami launches on Monday 22; its go/no-go falls due Friday 19.
function copy(): string {
  const dir = tempDir();
  cpSync(path.join(ROOT, 'test/fixtures/weekly-export'), dir, { recursive: true });
  return dir;
}

/** In the export of `day`: Ravi last active before the branch launched, so 1 of its 3 active. */
function raviAway(dir: string, day: string): void {
  const file = path.join(dir, `exports/TeamsUserActivityUserDetail${day}.csv`);
  writeFileSync(file, readFileSync(file, 'utf8').replace('ravi.ramdin@sewnarain.sr,2027-03-17', 'ravi.ramdin@sewnarain.sr,2027-03-05'));
}

describe('a go/no-go that passed on its Friday, with an export dated the Saturday after it', () => {
  it('still passes on launch morning: the launch goes on, in text, JSON and the report', () => {
    const dir = copy();
    rmSync(path.join(dir, 'exports/TeamsUserActivityUserDetail20270321.csv'));
    rmSync(path.join(dir, 'exports/TeamsUserActivityUserDetail20270328.csv'));
    const check = (at: string, lang = 'en', format = 'text') => run(['gate-check', '--at', at, '--lang', lang, '--format', format], { cwd: dir });
    const passed = 'nickerie-go-no-go (pass): last of 1 row of active use from 2027-03-15 to 2027-03-19 is 66.7 on 2027-03-18 (2 of 3 people; 2 of 3 needed), >= 60\n';
    const friday = check('2027-03-19');
    expect([friday.status, friday.stderr]).toEqual([0, '']);
    expect(friday.stdout).toContain('Decision: continue (exit 0): no launch or switch-off waits\n');
    expect(friday.stdout).toContain(passed);
    // Downloaded on the weekend, dated Saturday 20: only Sunita active.
    const saturday = readFileSync(path.join(dir, 'exports/TeamsUserActivityUserDetail20270318.csv'), 'utf8')
      .replaceAll('\n2027-03-18,', '\n2027-03-20,')
      .replace('ravi.ramdin@sewnarain.sr,2027-03-17', 'ravi.ramdin@sewnarain.sr,2027-03-05');
    writeFileSync(path.join(dir, 'exports/TeamsUserActivityUserDetail20270320.csv'), saturday);
    const monday = check('2027-03-22');
    expect([monday.status, monday.stderr]).toEqual([0, '']);
    expect(monday.stdout).toContain('Decision: continue (exit 0): no launch or switch-off waits\n');
    expect(monday.stdout).toContain(passed);
    expect(check('2027-03-22', 'nl').stdout).toContain('nickerie-go-no-go (gehaald): de laatste waarde van 1 rij actief gebruik van 2027-03-15 tot en met 2027-03-19 is 66,7 op 2027-03-18 (2 van 3 personen; 2 van 3 nodig), >= 60\n');
    const json = JSON.parse(check('2027-03-22', 'en', 'json').stdout);
    expect(json.decision).toBe('continue');
    expect(json.gates.find((g: { id: string }) => g.id === 'nickerie-go-no-go')).toMatchObject({ status: 'pass', due: '2027-03-19', window: { from: '2027-03-15', to: '2027-03-19' } });
    // The Saturday export counts for the branch's success gate, so far.
    expect(json.gates.find((g: { id: string }) => g.id === 'nickerie-success')).toMatchObject({ status: 'pending', observed: 33.3333 });
    // Later checks, and the report's history of that Monday, keep the verdict of the Friday.
    expect(check('2027-03-29').stdout).toContain(passed);
    const replay = run(['gate-check', '--from', '2027-03-19', '--to', '2027-03-22', '--format', 'jsonl'], { cwd: dir });
    expect(replay.status).toBe(0);
    expect(replay.stdout.trim().split('\n').map((line) => JSON.parse(line).decision)).toEqual(['continue', 'continue', 'continue', 'continue']);
    const report = run(['report', '--at', '2027-03-29', '--lang', 'en', '-o', '-'], { cwd: dir }).stdout;
    expect(report.match(/<ol class="history".*?<\/ol>/s)![0]).toContain('<li class="hs hs-continue" title="22 Mar: Continue">');
    expect(monday.stdout).not.toMatch(/sewnarain\.sr|Ramdin|Sunita/);
  });
});

describe('gate-check on the go/no-go\'s Friday, before an export dated up to it is in', () => {
  it('holds the launch from Friday, and says that an export dated up to Friday still counts, in text and Markdown, English and Dutch; JSON gives readsUntil', () => {
    const dir = copy();
    rmSync(path.join(dir, 'exports/TeamsUserActivityUserDetail20270318.csv'));
    const check = (at: string, lang: string, format = 'text') => run(['gate-check', '--at', at, '--lang', lang, '--format', format], { cwd: dir });
    const en = check('2027-03-19', 'en');
    expect([en.status, en.stderr]).toEqual([1, '']);
    expect(en.stdout).toContain('Decision: pause (exit 1): launch of Miami on 2027-03-22 waits: nickerie-go-no-go is inconclusive (onInconclusive → pause); only an export dated up to 2027-03-19 still counts\n');
    expect(check('2027-03-19', 'nl', 'markdown').stdout).toContain('de start van Miami op 2027-03-22 wacht op: nickerie-go-no-go onbeslist (onInconclusive → pauzeren); alleen een export met een datum tot en met 2027-03-19 telt nog mee**\n');
    expect(check('2027-03-19', 'en', 'markdown').stdout).toContain('; only an export dated up to 2027-03-19 still counts**\n');
    expect(JSON.parse(check('2027-03-19', 'en', 'json').stdout).blockedLaunches).toEqual([{ phase: 'miami', launch: '2027-03-22', gates: ['nickerie-go-no-go'], readsUntil: '2027-03-19' }]);
    // The Sunday export, dated after the due day, does not decide it: launch morning says what Friday said.
    const monday = check('2027-03-22', 'en');
    expect(monday.status).toBe(1);
    expect(monday.stdout).toContain('Decision: pause (exit 1): launch of Miami on 2027-03-22 waits: nickerie-go-no-go is inconclusive (onInconclusive → pause)\n');
  });
});

describe('the pause gate-check says to write while Miami waits', () => {
  it('holds Miami alone: Nieuw Nickerie, under way, keeps its success gate', () => {
    const dir = copy();
    // One of the three last active before the branch launched: 33.3, the go/no-go fails.
    raviAway(dir, '20270318');
    const check = (lang: string) => run(['gate-check', '--at', '2027-03-22', '--lang', lang], { cwd: dir });
    const held = check('en');
    expect(held.status).toBe(1);
    const [, line] = /move with it, the phases under way go on: (- \{.*\}) \(`rollout what-if --pause 2w --at 2027-03-22 --only-phase miami` shows what moves\)$/m.exec(held.stdout) ?? [];
    expect(line).toBe('- { from: 2027-03-22, reason: { nl: "Nieuw Nickerie: actief gebruik is 33,3%, het doel is minstens 60%", en: "Nieuw Nickerie: active use is 33.3%, the goal is at least 60%" }, only: { phase: miami } }');
    expect(check('nl').stdout).toContain(`de fasen die al lopen gaan door: ${line}`);
    appendFileSync(path.join(dir, 'rollout.yaml'), `pauses:\n  ${line}\n`);
    const events = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout).events as { type: string; key: string; phase: string; date: string | null }[];
    expect(events.find((e) => e.key === 'nickerie-success')!.date).toBe('2027-04-12');
    expect(events.find((e) => e.type === 'launch' && e.phase === 'miami')!.date).toBeNull();
  });
});

describe('gate-check during the open pause of Miami, once Nieuw Nickerie passes', () => {
  it('says the cause is gone and how to resume, in text and Markdown, English and Dutch; JSON gives causeGone', () => {
    const dir = copy();
    raviAway(dir, '20270318');
    appendFileSync(path.join(dir, 'rollout.yaml'), 'pauses:\n  - { from: 2027-03-22, reason: { nl: "Nieuw Nickerie gebruikt Teams te weinig", en: "Nieuw Nickerie is below 60% active use" }, only: { phase: miami } }\n');
    const check = (lang: string, format = 'text') => run(['gate-check', '--at', '2027-03-29', '--lang', lang, '--format', format], { cwd: dir });
    const en = check('en');
    expect(en.stderr).toBe('');
    expect(en.stdout).toContain('Miami has been paused since 2027-03-22: Nieuw Nickerie is below 60% active use\nThe gates that held the launch of Miami pass now (nickerie-go-no-go 100 >= 60). If that was why it paused, add the end to the pause in the plan to resume: until: 2027-04-05, untilDecided: 2027-03-29 (');
    expect(check('nl').stdout).toContain('\nDe toetsmomenten die de start van Miami tegenhielden zijn nu gehaald (nickerie-go-no-go 100 >= 60). Was dat de reden van de pauze, zet dan het einde bij de pauze in het plan om te hervatten: until: 2027-04-05, untilDecided: 2027-03-29 (');
    expect(check('en', 'markdown').stdout).toContain('\n\nThe gates that held the launch of Miami pass now (nickerie-go-no-go 100 \\>= 60).');
    const gone = JSON.parse(check('en', 'json').stdout).openPause.causeGone;
    expect(gone).toEqual({ gates: ['nickerie-go-no-go'], soFar: { 'nickerie-go-no-go': 100 }, until: '2027-04-05', untilDecided: '2027-03-29' });
    // Written in as it says, the pause ends: Miami launches on 5 April and nothing more is said.
    const text = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8').replace('only: { phase: miami } }', 'only: { phase: miami }, until: 2027-04-05, untilDecided: 2027-03-29 }');
    writeFileSync(path.join(dir, 'rollout.yaml'), text);
    expect(check('en').stdout).not.toContain('pass now');
    const launch = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout).events.find((e: { type: string; phase: string }) => e.type === 'launch' && e.phase === 'miami');
    expect(launch.date).toBe('2027-04-05');
  });
});

describe('gate-check after the rollback of Nieuw Nickerie its critical go/no-go asked for', () => {
  it('still shows the verdict of its due day', () => {
    const dir = copy();
    raviAway(dir, '20270318');
    const plan = path.join(dir, 'rollout.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('guards: next, severity: major }', 'guards: next, severity: critical, location: Nieuw Nickerie }'));
    expect(run(['gate-check', '--at', '2027-03-22'], { cwd: dir }).status).toBe(3);
    appendFileSync(plan, 'rollback: { on: 2027-03-22, reason: "Nieuw Nickerie below 60%", only: { location: Nieuw Nickerie } }\n');
    const after = run(['gate-check', '--at', '2027-03-23', '--lang', 'en'], { cwd: dir });
    expect(after.stdout).toContain('nickerie-go-no-go (fail): last of 1 row of active use (location Nieuw Nickerie) from 2027-03-15 to 2027-03-19 is 33.3 on 2027-03-18, not >= 60; then Nieuw Nickerie rolled back on 2027-03-22\n');
  });
});
