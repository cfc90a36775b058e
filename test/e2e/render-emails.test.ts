import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { example, fillInContact, ROOT, run, stampOf, tempDir } from '../helpers.js';

describe('rollout render-emails', () => {
  it('writes the English and Dutch examples the README shows', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const shown = (file: string) => {
      const at = readme.indexOf('```markdown\n', readme.indexOf(`\`emails/${file}\`:`));
      return readme.slice(at + '```markdown\n'.length, readme.indexOf('```', at + 3));
    };
    const written = (args: string[], file: string) => {
      const out = tempDir();
      expect(run(['render-emails', ...args, '--out', out]).status).toBe(0);
      return readFileSync(path.join(out, file), 'utf8');
    };
    const welcome = '2027-03-01_georgetown_welcome.en.md';
    expect(shown(welcome)).toBe(written(['--plan', example('enterprise.yaml'), '--phase', 'georgetown', '--lang', 'en'], welcome));
    const reminder = '2026-12-28_first-half_reminder.nl.md';
    expect(shown(reminder)).toBe(written(['--plan', example('small-team.yaml')], reminder));
  });

  it('has help with examples', () => {
    const r = run(['render-emails', '--help']);
    expect(r.status).toBe(0);
    for (const text of ['--out <dir>', '--format <format>', '--phase <id>', '--lang <lang>', '--templates <dir>', '--dry-run', '--force', 'Examples:']) expect(r.stdout).toContain(text);
    expect(run(['--help']).stdout).toContain('render-emails');
  });

  it('lists what it would write with --dry-run and writes nothing', () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', example('solo.yaml'), '--out', 'out', '--dry-run', '--at', '2027-01-04'], { cwd: dir });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    // One person switching gets the playbook's solo timeline: checklists, no messages to themselves.
    expect(lines).toEqual([
      'out/2027-01-04_switch_checklist-switch-day.en.md',
      'out/2027-01-08_switch_checklist-learn-and-adjust.en.md',
      'out/2027-01-11_rollout_checklist-evaluation.en.md',
      'out/index.md',
      'out/index.json',
    ]);
    expect(r.stderr).toBe(
      `dry run: would write ${lines.length - 2} messages and the index to out: 3 new, 0 changed, 0 unchanged; nothing was written\n` +
        'due on 2027-01-04: 1 file\n  2027-01-04_switch_checklist-switch-day.en.md\n' +
        'due in the week after, up to 2027-01-10: 1 file\n  2027-01-08_switch_checklist-learn-and-adjust.en.md\n',
    );
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('says on a dry run into a folder written before what the real run would leave, and what it refuses without --force; --output is --out', () => {
    const dir = tempDir();
    expect(run(['render-emails', '--plan', example('solo.yaml'), '--output', 'out'], { cwd: dir }).status).toBe(0);
    expect(readdirSync(path.join(dir, 'out'))).toHaveLength(5);
    const again = run(['render-emails', '--plan', example('solo.yaml'), '--out', 'out', '--dry-run'], { cwd: dir });
    expect([again.stdout, again.stderr.split('\n')[0]]).toEqual(['', 'dry run: would write 0 messages to out: 0 new, 0 changed, 3 unchanged; nothing was written']);
    writeFileSync(path.join(dir, 'out/2027-01-11_rollout_checklist-evaluation.en.md'), 'my notes\n');
    const edited = run(['render-emails', '--plan', example('solo.yaml'), '--out', 'out', '--dry-run', '--at', '2027-01-04'], { cwd: dir });
    expect(edited.status).toBe(0);
    expect(edited.stderr.split('\n')[0]).toBe(
      'rollout: warning: 1 file in out was changed since rollout wrote it, or not written by rollout, and this plan writes it otherwise: 2027-01-11_rollout_checklist-evaluation.en.md; without --force the real run refuses to write',
    );
    expect(run(['render-emails', '--plan', example('solo.yaml'), '--out', 'out', '--at', '2027-01-04'], { cwd: dir }).status).toBe(2);
    const forced = run(['render-emails', '--plan', example('solo.yaml'), '--out', 'out', '--dry-run', '--force', '--at', '2027-01-04'], { cwd: dir });
    expect(forced.stderr.split('\n')[0]).toBe('dry run: would write 1 message to out: 0 new, 1 changed, 2 unchanged; nothing was written');
    expect(readFileSync(path.join(dir, 'out/2027-01-11_rollout_checklist-evaluation.en.md'), 'utf8')).toBe('my notes\n');
  });

  it('says in --help that --force also removes the files an earlier run wrote, and marks required options', () => {
    expect(run(['render-emails', '--help']).stdout.replace(/\s+/g, ' ')).toContain('also overwrite files changed by hand since rollout wrote them and files dated before --at, and remove the files an earlier run wrote that this one does not (unless edited since)');
    expect(run(['report', '--help']).stdout).toMatch(/-o, --output <file> +HTML file to write, - for standard output \(required\)/);
    const whatIf = run(['what-if', '--help']).stdout;
    expect(whatIf.match(/\(required\)/g)).toHaveLength(1);
    expect(whatIf).toMatch(/--pause <duration> +how long, e\.g\. 2w or 10d \(this or --rollback\)/);
  });

  it('writes the files and the index, never overwrites a file changed since without --force', () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', example('small-team.yaml'), '--lang', 'nl'], { cwd: dir });
    expect(r.status).toBe(0);
    const written = r.stdout.trimEnd().split('\n');
    expect(written.every((f) => f.startsWith('emails/') && (f.endsWith('.nl.md') || f.startsWith('emails/index.')))).toBe(true);
    expect(readdirSync(path.join(dir, 'emails')).sort()).toEqual(written.map((f) => path.basename(f)).sort());
    const index = JSON.parse(readFileSync(path.join(dir, 'emails/index.json'), 'utf8'));
    expect(index.messages.length).toBe(written.length - 2);
    expect(readFileSync(path.join(dir, 'emails/2027-01-04_first-half_welcome.nl.md'), 'utf8')).toContain('Welkom bij OrderBoard');

    writeFileSync(path.join(dir, 'emails/index.md'), 'mine\n');
    const again = run(['render-emails', '--plan', example('small-team.yaml'), '--lang', 'nl'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(
      'rollout: 1 bestand in emails is veranderd sinds rollout het schreef, of niet door rollout geschreven, en dit plan schrijft het anders: index.md; er is niets geschreven. Zet je wijzigingen ergens anders neer (verplaats of hernoem het bestand) en draai opnieuw, of overschrijf met --force\n',
    );
    expect(readFileSync(path.join(dir, 'emails/index.md'), 'utf8')).toBe('mine\n');
    expect(run(['render-emails', '--plan', example('small-team.yaml'), '--lang', 'nl', '--force'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'emails/index.md'), 'utf8')).toMatch(/^# OrderBoard rollout/);
  });

  it('writes eml files a mail parser reads', async () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', example('enterprise.yaml'), '--format', 'eml', '--phase', 'georgetown', '--out', dir]);
    expect(r.status).toBe(0);
    const file = path.join(dir, '2027-03-01_georgetown_welcome.en.eml');
    const mail = await PostalMime.parse(readFileSync(file));
    expect(mail.subject).toBe('Welcome to Teamchat: you start today');
    expect(mail.text).toContain('Your local champion: Marcus Allicock');
    expect(mail.html).toContain('<strong>Your local champion:</strong> Marcus Allicock');
    expect(mail.headers.find((h) => h.key === 'date')?.value).toBe('Mon, 01 Mar 2027 09:00:00 -0400');
  });

  it('stops on a template error with its position, and writes nothing', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'plan/templates/checklists'), { recursive: true });
    writeFileSync(path.join(dir, 'plan/rollout.yaml'), readFileSync(example('solo.yaml')));
    writeFileSync(path.join(dir, 'plan/templates/checklists/switch-day.en.hbs'), `${stampOf('checklists/switch-day.en.hbs')}\n# Launch\n- [ ] {{phase.nmae}}\n`);
    const r = run(['render-emails', '--plan', 'plan/rollout.yaml'], { cwd: dir });
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: 'rollout: plan/templates/checklists/switch-day.en.hbs:3:9: "phase.nmae" is not a variable the plan provides; did you mean "name"?\n',
    });
    expect(existsSync(path.join(dir, 'emails'))).toBe(false);
  });

  it('uses the templates folder rollout init wrote next to the plan', () => {
    const dir = tempDir();
    expect(run(['init', '--preset', 'small', '--start', '2027-01-04', '--dir', 'p'], { cwd: dir }).status).toBe(0);
    fillInContact(path.join(dir, 'p/rollout.yaml'));
    const file = path.join(dir, 'p/templates/emails/welcome.en.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Welcome to {{tool.name}}', 'Hello from {{organization.name}}'));
    const r = run(['render-emails', '--plan', 'p/rollout.yaml', '--lang', 'en', '--out', 'out'], { cwd: dir });
    expect(r.stderr).toMatch(/^wrote \d+ messages/);
    const welcome = readdirSync(path.join(dir, 'out')).find((f) => f.includes('welcome'))!;
    expect(readFileSync(path.join(dir, 'out', welcome), 'utf8')).toContain('Hello from Our Organization');
  });

  it('refuses an unknown phase, language and format', () => {
    const phase = run(['render-emails', '--plan', example('solo.yaml'), '--phase', 'swtich', '--dry-run']);
    expect(phase).toMatchObject({ status: 2, stdout: '' });
    expect(phase.stderr).toBe('rollout: --phase swtich: the plan has no such phase; did you mean "switch"? (phases: switch, learn-and-adjust)\n');
    expect(run(['render-emails', '--lang', 'fr']).status).toBe(2);
    expect(run(['render-emails', '--format', 'pdf']).status).toBe(2);
  });

  it('fills the weekly updates with the measured values of --metrics, and refuses a metrics file it cannot read', () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', example('enterprise.yaml'), '--metrics', example('metrics/enterprise.csv'), '--out', 'out'], { cwd: dir });
    expect(r.status).toBe(0);
    const update = readFileSync(path.join(dir, 'out/2027-03-12_rollout_weekly-update.nl.md'), 'utf8');
    expect(update).toContain('- **Georgetown:** 58% actief gebruik (doel 80%)');
    // 9 NPS answers where the gate judges on 10: no score shared yet.
    expect(update).toContain('- **Zou je Teamchat aanraden?** nog te weinig antwoorden (9)');
    const missing = run(['render-emails', '--plan', example('enterprise.yaml'), '--metrics', 'nope.csv', '--out', 'out2'], { cwd: dir });
    expect(missing).toMatchObject({ status: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^rollout: .*nope\.csv/);
    expect(existsSync(path.join(dir, 'out2'))).toBe(false);
  });

  it('writes the rollback notice when the measured data make gate-check decide rollback, and nothing planned after it', () => {
    const dir = tempDir();
    // A Dutch export: NPS answers mostly 2 and 3 in the weeks before the switch-off of March 30.
    const days = ['01', '02', '03', '04', '05', '08', '09', '10', '11', '12'];
    const rows = days.flatMap((d) => [`${d}-03-2027;nps;3;Paramaribo`, `${d}-03-2027;nps;9;Paramaribo`, `${d}-03-2027;nps;2;Paramaribo`]);
    // A day past the 12th tells day-first from month-first.
    rows.push('15-03-2027;active_use_pct;81,5;Paramaribo');
    writeFileSync(path.join(dir, 'nps.csv'), `\uFEFFDatum;Meting;Waarde;Vestiging\r\n${rows.join('\r\n')}\r\n`);
    const check = run(['gate-check', '--plan', example('enterprise.yaml'), '--metrics', 'nps.csv', '--at', '2027-03-30'], { cwd: dir });
    expect(check.status).toBe(3);
    const r = run(['render-emails', '--plan', example('enterprise.yaml'), '--metrics', 'nps.csv', '--at', '2027-03-30', '--out', 'out'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('rollout: gate-check decides rollback as of 2027-03-30 (recommend): writing the rollback notice; nothing else planned from 2027-03-30 on is written\n');
    // The reason to record, which the notice gives everyone as why, in plain words in each language: 1 promoter, 2 detractors in 3.
    expect(r.stderr).toContain('rollback: { on: 2027-03-30, reason: { nl: "Paramaribo: NPS is -33,3, het doel is boven 0", en: "Paramaribo: NPS is -33.3, the goal is above 0" } }\n');
    const files = readdirSync(path.join(dir, 'out'));
    expect(files).toEqual(expect.arrayContaining(['2027-03-30_rollout_rollback.en.md', '2027-03-30_rollout_rollback.nl.md', '2027-03-30_rollout_checklist-rollback.en.md', '2027-03-30_rollout_checklist-rollback.nl.md']));
    // From the rollback day on, that day included, only the rollback notice and checklist.
    expect(files.filter((f) => /^\d/.test(f) && f.slice(0, 10) >= '2027-03-30' && !f.includes('rollback'))).toEqual([]);
    expect(readFileSync(path.join(dir, 'out/2027-03-30_rollout_rollback.nl.md'), 'utf8')).toContain('- **Zou je Teamchat aanraden? (0-10)** bij Paramaribo: NPS -33; we hebben NPS boven 0 nodig');
    // Before recommend falls due (15 March), the data ask for no rollback: no rollback notice.
    const before = run(['render-emails', '--plan', example('enterprise.yaml'), '--metrics', 'nps.csv', '--at', '2027-03-12', '--out', 'out2', '--dry-run'], { cwd: dir });
    expect(before.stdout).not.toContain('rollback');
    // Asked for explicitly, with a reason.
    const asked = run(['render-emails', '--plan', example('enterprise.yaml'), '--rollback', 'the shared inboxes lost messages', '--at', '2027-03-15', '--out', 'out3', '--lang', 'en'], { cwd: dir });
    expect(asked.status).toBe(0);
    expect(readFileSync(path.join(dir, 'out3/2027-03-15_rollout_rollback.en.md'), 'utf8')).toContain('**Why:** The shared inboxes lost messages.');
  });

  it("reads the plan's sources as gate-check does, and says what was planned while the exports are not there yet", () => {
    const dir = tempDir();
    const r = run(['render-emails', '--plan', example('adoption.yaml'), '--out', 'out', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(0);
    const update = readFileSync(path.join(dir, 'out/2027-03-26_rollout_weekly-update.en.md'), 'utf8');
    expect(update).toContain('**Progress, measured up to Friday, March 26.**');
    expect(update).toMatch(/- \*\*IT pilot:\*\* \d+% active use \(goal 80%\)/);
    // The same plan before any export exists, before the first launch on 2027-03-01.
    writeFileSync(path.join(dir, 'rollout.yaml'), readFileSync(example('adoption.yaml')));
    const early = run(['render-emails', '--out', 'early', '--lang', 'en', '--at', '2027-02-26'], { cwd: dir });
    expect(early.status).toBe(0);
    expect(early.stderr).toContain('rollout: rollout.yaml:55:9: "adoption/people.csv" matches no file yet; before the first launch on 2027-03-01 the sources are not read, and the weekly updates say what was planned\n');
    expect(readFileSync(path.join(dir, 'early/2027-03-26_rollout_weekly-update.en.md'), 'utf8')).toContain('As planned,');
  });

  it('from the day the first gate that reads it is due, stops on a source that matches no file as gate-check does, and writes nothing', () => {
    const dir = tempDir();
    cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
    writeFileSync(path.join(dir, 'rollout.yaml'), readFileSync(example('adoption.yaml'), 'utf8').replace('adoption/exports/tickets-export-*.csv', 'adoption/exports/tickets-exprot-*.csv'));
    const said = 'rollout: rollout.yaml:92:11: "adoption/exports/tickets-exprot-*.csv" matches no file in adoption/exports; it is due from 2027-03-29, when gate studio-tickets, which reads tickets, is due; export the data there or correct sources[4].file\n';
    expect(run(['gate-check', '--at', '2027-03-31'], { cwd: dir }).stderr).toBe(said);
    const r = run(['render-emails', '--out', 'out', '--at', '2027-03-31'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', said]);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    // The due day of studio-tickets, the first gate that reads the tickets: the export is due.
    expect(run(['render-emails', '--out', 'out', '--at', '2027-03-29'], { cwd: dir }).stderr).toBe(said);
    // The day before, the typo is named with its line, and the other exports are read.
    const before = run(['render-emails', '--out', 'out', '--at', '2027-03-26'], { cwd: dir });
    expect(before.status).toBe(0);
    expect(before.stderr.split('\n')[0]).toBe(
      'rollout: rollout.yaml:92:11: "adoption/exports/tickets-exprot-*.csv" matches no file yet; it is awaited by 2027-03-29, when gate studio-tickets, which reads tickets, is due: until then this source is not read, and the gates on tickets stay pending',
    );
    expect(readFileSync(path.join(dir, 'out/2027-03-26_rollout_weekly-update.en.md'), 'utf8')).toMatch(/- \*\*IT pilot:\*\* \d+% active use/);
  });
});
