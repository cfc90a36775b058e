import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { JSDOM } from 'jsdom';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, example, ROOT, run, tempDir } from '../helpers.js';

const enterprise = example('enterprise.yaml');

/** A folder with a plan for Amsterdam and one more location, plus one more top-level line. */
function twoLocations(second: string, extra: string): string {
  const dir = tempDir();
  const lines = ['version: 1', 'tool: { name: Teamchat }', 'organization:', '  name: Acme', '  headcount: 40', '  locations:'];
  lines.push('    - { name: Amsterdam, timezone: Europe/Amsterdam, headcount: 20, champion: Eva }', `    - ${second}`, 'start: 2027-01-04', extra, '');
  writeFileSync(path.join(dir, 'rollout.yaml'), lines.join('\n'));
  return dir;
}

describe('rollout schedule', () => {
  it('says why an item moved without nesting brackets, in both languages', () => {
    for (const lang of ['en', 'nl']) {
      const { stdout, status } = run(['schedule', '--plan', enterprise, '--format', 'markdown', '--lang', lang]);
      expect(status).toBe(0);
      const moves = stdout.split('\n').filter((line) => /moved from|verplaatst van/.test(line));
      expect(moves.length).toBeGreaterThan(0);
      for (const line of moves) expect(line).not.toMatch(/\([^()]*\(/);
    }
  });

  it('flags shared training sessions that people of another time zone cannot attend, and holds none on a holiday of a place it serves', () => {
    // A third of the people work in Paramaribo: its holiday does not move the launch, which the others work on,
    // but the session all of them attend, and the first week's office hours, keep off it.
    const dir = twoLocations(
      '{ name: Paramaribo, timezone: America/Paramaribo, headcount: 10, champion: Anjali, holidays: [{ date: 2027-01-04, name: Closing day }] }',
      'training: { mode: shared, sessionTime: "09:00", sessionMinutes: 60 }',
    );
    const r = run(['schedule', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const flagged = (JSON.parse(r.stdout) as { events: { date: string; key: string; timezone?: string; flags?: string[] }[] }).events.filter((e) => e.flags);
    expect(flagged.map((e) => [e.date, e.key, e.timezone, e.flags])).toEqual([
      ['2027-01-05', 'session-1', 'Europe/Amsterdam', ['outside working hours in Paramaribo: 05:00-05:30 local, works 08:00-17:00']],
      ['2027-01-18', 'session-1', 'Europe/Amsterdam', ['outside working hours in Paramaribo: 05:00-06:00 local, works 08:00-17:00']],
      ['2027-02-01', 'session-1', 'Europe/Amsterdam', ['outside working hours in Paramaribo: 05:00-06:00 local, works 08:00-17:00']],
    ]);
    const events = (JSON.parse(r.stdout) as { events: { date: string; type: string }[] }).events;
    expect(events.filter((e) => e.date === '2027-01-04').map((e) => e.type)).not.toContain('training');
    expect(events.filter((e) => e.date === '2027-01-04').map((e) => e.type)).not.toContain('office-hours');
    expect(run(['schedule'], { cwd: dir }).stdout).toContain('! outside working hours in Paramaribo: 05:00-06:00 local, works 08:00-17:00');
    // The table and markdown give the session's time at each of its people's locations, as the messages do.
    const markdown = run(['schedule', '--format', 'markdown', '--lang', 'en'], { cwd: dir }).stdout;
    expect(markdown).toContain('| 2027-01-18 | 09:00 in Amsterdam and 05:00 in Paramaribo (60 min) | training |');
  });

  it('lists in one location’s calendar the shared sessions of its own phases, not those of the others', () => {
    const dir = twoLocations('{ name: Paramaribo, timezone: America/Paramaribo, headcount: 10 }', 'strategy: { approach: phased, by: location }\ntraining: { mode: shared, sessionTime: "10:00", sessionMinutes: 60 }');
    const sessions = (location: string) => {
      const r = run(['schedule', '--format', 'ics', '--location', location, '--lang', 'en'], { cwd: dir });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout.split(/\r?\n/).filter((l) => /^SUMMARY:(Group training|Office hours)/.test(l));
    };
    expect(sessions('Paramaribo')).toHaveLength(9);
    expect(sessions('Paramaribo').every((l) => l.includes('Paramaribo'))).toBe(true);
    expect(sessions('Amsterdam').every((l) => l.includes('Amsterdam'))).toBe(true);
    expect(sessions('Amsterdam')).toHaveLength(9);
  });

  it('prints phases and events as tables by default', () => {
    const r = run(['schedule', '--plan', example('small-team.yaml'), '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('OrderBoard rollout at Bakkerij Jansen: 8 people, 2027-01-04 to 2027-01-29');
    expect(r.stdout).toMatch(/│ Half the team\s+│ launch\s+│ week 1\s+│ 2027-01-04 to 2027-01-08 │ 4\s+│ 50% of headcount/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours off a terminal with FORCE_COLOR, never with NO_COLOR, which wins when both are set', () => {
    const coloured = (env: Record<string, string>) => run(['schedule', '--plan', example('small-team.yaml')], { env }).stdout.includes('\u001b[');
    expect([coloured({ NO_COLOR: '', FORCE_COLOR: '1' }), coloured({ NO_COLOR: '1', FORCE_COLOR: '1' }), coloured({ NO_COLOR: '1', FORCE_COLOR: '' })]).toEqual([true, false, false]);
  });

  it('writes the documented JSON contract', () => {
    const r = run(['schedule', '--plan', enterprise, '--format', 'json', '--lang', 'en']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual(['plan', 'start', 'end', 'phases', 'events', 'pauses']);
    expect(s.start).toBe('2027-02-01');
    expect(s.phases.map((p: { id: string; start: string; end: string; people: number }) => [p.id, p.start, p.end, p.people])).toEqual([
      ['pilot', '2027-02-01', '2027-02-12', 8],
      ['paramaribo', '2027-02-15', '2027-02-26', 52],
      ['georgetown', '2027-03-01', '2027-03-12', 35],
      ['port-of-spain', '2027-03-15', '2027-03-25', 25],
      ['decommission', '2027-03-30', '2027-04-09', 0],
    ]);
    for (const e of s.events) {
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof e.type).toBe('string');
      expect(typeof e.title).toBe('string');
    }
    expect(s.phases[4]).toMatchObject({ start: '2027-03-30', movedFrom: '2027-03-29', movedBecause: 'holiday (Easter Monday)' });
    const update = s.events.find((e: { key: string; type: string }) => e.key === 'week-8' && e.type === 'weekly-update');
    // Off a holiday to the working day before: the update still closes its own week.
    expect(update).toEqual({ date: '2027-03-25', type: 'weekly-update', key: 'week-8', title: 'Weekly update, week 8', week: 8, movedFrom: '2027-03-26', movedBecause: 'holiday (Good Friday)' });
  });

  it('does not depend on the machine time zone', () => {
    const utc = run(['schedule', '--plan', enterprise, '--format', 'json'], { env: { TZ: 'UTC' } });
    const tokyo = run(['schedule', '--plan', enterprise, '--format', 'json'], { env: { TZ: 'Pacific/Kiritimati' } });
    expect(tokyo.stdout).toBe(utc.stdout);
  });

  it('filters by --phase and --location and overrides --start', () => {
    const phase = JSON.parse(run(['schedule', '-p', enterprise, '--format', 'json', '--phase', 'georgetown']).stdout);
    expect(phase.phases).toHaveLength(1);
    expect(new Set(phase.events.map((e: { phase: string }) => e.phase))).toEqual(new Set(['georgetown']));
    const loc = JSON.parse(run(['schedule', '-p', enterprise, '--format', 'json', '--location', 'Georgetown']).stdout);
    expect(loc.events.filter((e: { location?: string }) => e.location && e.location !== 'Georgetown')).toEqual([]);
    const moved = JSON.parse(run(['schedule', '-p', enterprise, '--format', 'json', '--start', '2027-05-03']).stdout);
    expect(moved.phases[0].start).toBe('2027-05-03');
    // Replayed in September, the firm's pause of March and April is over before it starts: it moves nothing.
    const replayed = JSON.parse(run(['schedule', '-p', path.join(ROOT, 'test', 'fixtures', 'firm', 'rollout.paused.yaml'), '--format', 'json', '--start', '2027-09-06']).stdout);
    expect([replayed.pauses, replayed.phases.map((p: { start: string }) => p.start)]).toEqual([[], ['2027-09-06', '2027-09-20', '2027-10-04', '2027-10-18', '2027-11-01']]);
  });

  it("gives one location's calendar the announcements and launches of the phases that bring in its people, and no other's", () => {
    const ics = run(['schedule', '-p', enterprise, '--format', 'ics', '--location', 'Georgetown', '--lang', 'en']).stdout;
    expect(ics.split('\r\n').filter((l) => l.startsWith('SUMMARY:Launch') || l.startsWith('SUMMARY:Announce'))).toEqual([
      'SUMMARY:Announce Teamchat to Georgetown',
      'SUMMARY:Launch for Georgetown: welcome email\\, accounts activated',
      // The switch-off is announced to everyone, Georgetown included.
      'SUMMARY:Announce that email threads and WhatsApp groups will be turned off ',
    ]);
  });

  it('prints the table, markdown and mermaid the README shows for the small-team example', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const out = (format: string) => run(['schedule', '-p', example('small-team.yaml'), '--format', format, '--lang', 'en']).stdout;
    const table = /\$ rollout schedule --plan examples\/small-team\.yaml --lang en\n([^`]*?)\.\.\.\n```/.exec(readme)![1]!;
    expect(out('table').startsWith(table)).toBe(true);
    const markdown = /```markdown\n([^`]*)```/.exec(readme)![1]!.split('...\n');
    expect(out('markdown').startsWith(markdown[0]!)).toBe(true);
    expect(out('markdown')).toContain(markdown[1]);
    expect(/```mermaid\n([^`]*)```/.exec(readme)![1]).toBe(out('mermaid'));
  });

  it('writes the csv header and first rows the README documents', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const lines = run(['schedule', '-p', example('small-team.yaml'), '--format', 'csv', '--lang', 'en']).stdout.split('\r\n');
    expect(readme).toContain(`with the columns\n\`${lines[0]}\``);
    const documented = /```\n(date,week,type[^`]*)```/.exec(readme)![1]!.trimEnd().split('\n');
    expect(documented.length).toBeGreaterThan(1);
    expect(documented).toEqual(lines.slice(0, documented.length));
  });

  it.each([
    [['--phase', 'georgetwon'], /^rollout: --phase georgetwon: the plan has no such phase; did you mean "georgetown"\? \(phases: pilot, paramaribo, georgetown, port-of-spain, decommission\)\n$/],
    [['--location', 'Nowhere'], /--location: no location "Nowhere"/],
    [['--start', '2027-02-30'], /--start must be a real date/],
    [['--format', 'pdf'], /^rollout: option '--format <format>' argument 'pdf' is invalid\. Allowed choices are table, json, markdown, csv, ics, mermaid \(see rollout schedule --help\)\n$/],
    [['--at', 'x'], /^rollout: unknown option '--at' \(see rollout schedule --help\)\n$/],
  ])('refuses %j with exit 2', (args, message) => {
    const r = run(['schedule', '-p', enterprise, ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('refuses an invalid plan with exit 2 and its errors on stderr', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), 'version: 1\ntool: { name: x }\norganization: { name: a, headcount: 5 }\nstart: 2027-13-01\n');
    const r = run(['schedule'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('rollout.yaml:4:8: error start: is not a real calendar date\n');
  });

  it('writes markdown for an intranet page', () => {
    const r = run(['schedule', '-p', example('growing-team.yaml'), '--format', 'markdown']);
    expect(r.stdout).toMatch(/^# Teamchat rollout at Kaiteur Design/);
    expect(r.stdout).toContain('| Design | launch | weeks 3-4 | 2027-03-15 to 2027-03-25 | 6 | Design |');
    expect(r.stdout).toContain('## Week -1 (2027-02-15 to 2027-02-21)');
  });

  it('writes one CSV row per event', () => {
    const r = run(['schedule', '-p', enterprise, '--format', 'csv']);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    const json = JSON.parse(run(['schedule', '-p', enterprise, '--format', 'json']).stdout);
    expect(rows).toHaveLength(json.events.length);
    expect(rows[0]).toMatchObject({ date: json.events[0].date, type: json.events[0].type, title: json.events[0].title });
  });

  it('writes an iCalendar file that an independent parser reads back', () => {
    const r = run(['schedule', '-p', enterprise, '--format', 'ics', '--lang', 'en']);
    expect(r.status).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const training = events.find((e) => e.summary === 'Group training for Georgetown')!;
    expect(training.startDate.toString()).toBe('2027-03-01T10:00:00');
    expect(training.startDate.zone.tzid).toBe('America/Guyana');
    expect(training.startDate.toUnixTime()).toBe(Date.UTC(2027, 2, 1, 14, 0) / 1000);
    expect(training.endDate.toUnixTime() - training.startDate.toUnixTime()).toBe(90 * 60);
    const types = new Set(events.map((e) => e.uid.split('-')[0]));
    for (const t of ['training', 'office', 'launch', 'gate', 'review']) expect(types).toContain(t);
  });

  it('writes a Mermaid gantt chart that Mermaid parses with the right dates', async () => {
    const r = run(['schedule', '-p', example('growing-team.yaml'), '--format', 'mermaid']);
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const { default: mermaid } = await import('mermaid');
    await mermaid.parse(r.stdout);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(r.stdout);
    const tasks = (diagram.db as unknown as { getTasks(): { id: string; startTime: Date; endTime: Date; milestone?: boolean }[] }).getTasks();
    const design = tasks.find((t) => t.id === 'department-1')!;
    expect(design.startTime.toISOString().slice(0, 10)).toBe('2027-03-15');
    expect(design.endTime.toISOString().slice(0, 10)).toBe('2027-03-26');
    expect(tasks.filter((t) => t.id.startsWith('task')).length + 5).toBe(tasks.length);
  });

  it('says "1 person" for one person', () => {
    const r = run(['schedule', '-p', example('solo.yaml'), '--format', 'mermaid']);
    expect(r.stdout).toContain('Switch (1 person) :switch, 2027-01-04, 1d');
    expect(run(['schedule', '-p', example('solo.yaml')]).stdout.split('\n')[0]).toBe('Ledgerly rollout at Studio Lin: 1 person, 2027-01-04 to 2027-01-08');
  });

  it('writes to standard output with -o -', () => {
    const r = run(['schedule', '-p', enterprise, '--format', 'json', '-o', '-'], { cwd: tempDir() });
    expect(JSON.parse(r.stdout).start).toBe('2027-02-01');
  });

  it('gives each location two weeks of its own, then the switch-off, for strategy.by location without phases', () => {
    const dir = twoLocations('{ name: Port of Spain, timezone: America/Port_of_Spain, headcount: 20, champion: Ria }', 'strategy: { by: location }');
    const r = run(['schedule', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(0);
    const phases = (JSON.parse(r.stdout) as { phases: { id: string; start: string; end: string; audience: { kind: string } }[] }).phases;
    expect(phases.map((p) => [p.id, p.start, p.end, p.audience.kind])).toEqual([
      ['amsterdam', '2027-01-04', '2027-01-15', 'locations'],
      ['port-of-spain', '2027-01-18', '2027-01-29', 'locations'],
      ['decommission', '2027-02-01', '2027-02-05', 'none'],
    ]);
  });

  it('stops quietly when the reader closes the pipe', async () => {
    // Far more output than a pipe holds, so that the writes after the close really fail.
    const dir = tempDir();
    const locations = Array.from({ length: 300 }, (_, i) => `    - { name: Site ${i}, timezone: America/Paramaribo, headcount: 10, champion: C${i} }`);
    writeFileSync(path.join(dir, 'rollout.yaml'), ['version: 1', 'tool: { name: Teamchat }', 'organization:', '  name: Big', '  headcount: 3000', '  locations:', ...locations, 'start: 2027-01-04', ''].join('\n'));
    const child = spawn(process.execPath, [BIN, 'schedule', '--format', 'csv'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  describe('-o FILE', () => {
    let dir: string;
    beforeAll(() => {
      dir = tempDir();
    });

    it('writes the file and never overwrites it without --force', () => {
      expect(run(['schedule', '-p', enterprise, '--format', 'ics', '-o', 'r.ics'], { cwd: dir }).status).toBe(0);
      const first = readFileSync(path.join(dir, 'r.ics'), 'utf8');
      expect(first).toMatch(/^BEGIN:VCALENDAR/);
      const again = run(['schedule', '-p', enterprise, '--format', 'json', '-o', 'r.ics'], { cwd: dir });
      expect(again.status).toBe(2);
      expect(again.stderr).toMatch(/r.ics already exists; nothing was written. Use --force/);
      expect(readFileSync(path.join(dir, 'r.ics'), 'utf8')).toBe(first);
      expect(run(['schedule', '-p', enterprise, '--format', 'json', '-o', 'r.ics', '--force'], { cwd: dir }).status).toBe(0);
      expect(readFileSync(path.join(dir, 'r.ics'), 'utf8')).toMatch(/^\{/);
      expect(existsSync(path.join(dir, 'r.ics.tmp'))).toBe(false);
    });
  });
});
