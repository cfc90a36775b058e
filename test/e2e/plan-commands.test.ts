import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir, withExamples } from '../helpers.js';

describe('rollout (binary)', () => {
  it('prints its version and help', () => {
    const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(run(['--version'])).toEqual({ stdout: `${pkg.version} (plan format version 1)\n`, stderr: '', status: 0 });
    const help = run(['--help']);
    expect(help.status).toBe(0);
    for (const cmd of ['init', 'validate', 'schema']) expect(help.stdout).toContain(cmd);
    const sub = run(['validate', '--help']);
    expect(sub.stdout).toContain('Examples:');
    expect(sub.stdout).toContain('--strict');
  });

  it('exits 2 on a usage error', () => {
    const r = run(['validate', '--format', 'yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format/);
    expect(r.stdout).toBe('');
    expect(run(['frobnicate']).status).toBe(2);
  });

  it('hints at --format when -f (--force) is followed by a stray argument, on a command that has both', () => {
    const hinted = run(['schedule', '--plan', example('small-team.yaml'), '-f', 'ics']);
    expect([hinted.status, hinted.stdout]).toEqual([2, '']);
    expect(hinted.stderr).toBe("rollout: too many arguments for 'schedule'. Expected 0 arguments but got 1; -f is --force; did you mean --format ics? (see rollout schedule --help)\n");
    // schema writes one format only: its -f takes no hint.
    expect(run(['schema', '-f', 'json']).stderr).toBe("rollout: too many arguments for 'schema'. Expected 0 arguments but got 1 (see rollout schema --help)\n");
  });
});

describe('rollout validate', () => {
  it.each(['solo.yaml', 'small-team.yaml', 'growing-team.yaml', 'enterprise.yaml'])('accepts %s strictly', (name) => {
    const r = run(['validate', '--strict', '--plan', example(name)]);
    // Hints (plain strings in a plan of two languages) are advice, never a warning.
    expect(r.stderr.split('\n').filter((line) => line && !/: hint /.test(line))).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/: valid \(\d+ phases, \d+ gates?\)\n$/);
  });

  it('reports errors with positions on stderr, nothing on stdout, exit 1', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), 'version: 1\ntool:\n  name: Chat\n  nmae: x\norganization: { name: A, headcount: 10 }\nstart: 2027-02-30\n');
    const r = run(['validate'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'rollout.yaml:4:3: error tool.nmae: unknown key "nmae" (did you mean "name"?)',
        'rollout.yaml:6:8: error start: is not a real calendar date',
        'rollout.yaml: invalid, 2 errors',
        '',
      ].join('\n'),
    );
  });

  it('says to quote a pause reason with a colon in it, in one line, and every command stops with exit 2', () => {
    const dir = tempDir();
    const plan = readFileSync(example('small-team.yaml'), 'utf8') + '\npauses:\n  - from: 2027-02-01\n    reason: Administratie: te weinig gebruik (57%)\n';
    writeFileSync(path.join(dir, 'rollout.yaml'), plan);
    const line = plan.split('\n').indexOf('    reason: Administratie: te weinig gebruik (57%)') + 1;
    const said = `rollout.yaml:${line}:13: error YAML: a colon and a space inside a text start a new key (put the whole text in quotes: reason: "Administratie: te weinig gebruik (57%)")`;
    const validate = run(['validate'], { cwd: dir });
    expect([validate.status, validate.stderr.split('\n')[0]]).toEqual([1, said]);
    const schedule = run(['schedule'], { cwd: dir });
    expect([schedule.status, schedule.stdout, schedule.stderr]).toEqual([2, '', `${said}\n`]);
  });

  it('says a misspelt lastActive: once, and a command stops on that one line', () => {
    const dir = tempDir();
    const plan = readFileSync(example('adoption.yaml'), 'utf8').replace(/^(\s+)lastActive:/m, '$1lastActiv:');
    writeFileSync(path.join(dir, 'rollout.yaml'), plan);
    const line = plan.split('\n').findIndex((l) => l.includes('lastActiv:')) + 1;
    const said = `rollout.yaml:${line}:5: error sources[0].lastActiv: unknown key "lastActiv" (did you mean "lastActive"?)`;
    expect(run(['validate'], { cwd: dir }).stderr).toBe(`${said}\nrollout.yaml: invalid, 1 error\n`);
    const schedule = run(['schedule'], { cwd: dir });
    expect([schedule.status, schedule.stdout, schedule.stderr]).toEqual([2, '', `${said}\n`]);
  });

  it('fails on warnings only with --strict', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'p.yaml'), 'version: 1\ntool: { name: Chat }\norganization: { name: A, headcount: 10 }\nstart: 2027-01-04\n');
    const relaxed = run(['validate', '-p', 'p.yaml'], { cwd: dir });
    expect(relaxed.status).toBe(0);
    expect(relaxed.stderr).toMatch(/warning discovery.approach: unanswered discovery question/);
    const strict = run(['validate', '-p', 'p.yaml', '--strict'], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/invalid, 0 errors, 7 warnings \(--strict\)/);
  });

  it('reads the plan from standard input and writes JSON', () => {
    const r = run(['validate', '--plan', '-', '--format', 'json'], { input: 'version: 1\nversion: 2\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ file: '<stdin>', valid: false, warnings: [] });
    expect(json.errors[0]).toMatchObject({ code: 'duplicate-key', line: 2, column: 1 });
  });

  it.each([
    ['a missing file', 'nope.yaml', /nope.yaml: no such file/],
    ['a folder', '.', /is a folder/],
  ])('exits 2 for %s', (_, plan, message) => {
    const r = run(['validate', '--plan', plan], { cwd: tempDir() });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a binary file and an oversized plan in one line', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bin.yaml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
    const bin = run(['validate', '-p', 'bin.yaml'], { cwd: dir });
    expect(bin).toMatchObject({ status: 2, stdout: '', stderr: "rollout: bin.yaml: this is a binary file, not a YAML plan; give --plan the plan's YAML file (rollout init writes one)\n" });
    // Saved from Notepad as "Unicode": UTF-16 with its byte order mark, text all the same.
    writeFileSync(path.join(dir, 'notepad.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\r\n', 'utf16le')]));
    expect(run(['validate', '-p', 'notepad.yaml'], { cwd: dir })).toMatchObject({ status: 2, stdout: '', stderr: 'rollout: notepad.yaml: the plan is UTF-16 text (what Notepad calls "Unicode"); save it as UTF-8\n' });
    writeFileSync(path.join(dir, 'big.yaml'), `# ${'x'.repeat(6 * 1024 * 1024)}\n`);
    const big = run(['validate', '-p', 'big.yaml'], { cwd: dir });
    expect(big.status).toBe(2);
    expect(big.stderr).toMatch(/^rollout: big.yaml: the plan is 6.0 MiB; a plan may be at most 5.0 MiB\n$/);
  });
});

describe('rollout diff', () => {
  it('lists every error of a plan that does not validate, one line each as validate does and nothing more, and exits 2', () => {
    const dir = tempDir();
    const good = readFileSync(example('small-team.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'old.yaml'), good);
    writeFileSync(path.join(dir, 'new.yaml'), good.replace(/^start:/m, 'strat:').replace(/^version: 1$/m, 'version: 1\nfoo: 1'));
    const r = run(['diff', 'old.yaml', 'new.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^new\.yaml:\d+:1: error foo: unknown key "foo"/),
      expect.stringMatching(/^new\.yaml:\d+:1: error strat: unknown key "strat" \(did you mean "start"\? start is required\)$/),
    ]);
    expect(run(['validate', '--plan', 'new.yaml'], { cwd: dir }).stderr.split('\n').slice(0, 2)).toEqual(lines);
  });
  it('names both edits and their days when one version adds a pause and moves a start week, in text and json, en and nl', () => {
    const dir = tempDir();
    const old = readFileSync(example('enterprise.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'old.yaml'), old);
    writeFileSync(path.join(dir, 'new.yaml'), `${old.replace('startWeek: 9', 'startWeek: 10')}\npauses:\n  - { from: 2027-03-15, until: 2027-03-29, reason: { en: laptops are late, nl: laptops zijn te laat }, phase: port-of-spain }\n`);
    const json = run(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(json.status).toBe(1);
    const turnOff = JSON.parse(json.stdout).launches.find((c: { key: string }) => c.key === 'turn-off');
    expect(turnOff).toMatchObject({
      days: 21,
      reason: '+7 days: phase decommission now starts in week 10; +14 days: pause from 2027-03-15 until 2027-03-29: laptops are late',
      causes: [{ reason: 'phase decommission now starts in week 10', days: 7 }, { reason: 'pause from 2027-03-15 until 2027-03-29: laptops are late', days: 14 }],
    });
    const text = run(['diff', 'old.yaml', 'new.yaml'], { cwd: dir }).stdout.split('\n');
    expect(text.find((l) => l.includes('Pauze port-of-spain'))).toMatch(/Pauze: laptops zijn te laat$/);
    // For people the phase goes by its name; the JSON above keeps its id.
    expect(text.find((l) => l.includes('E-maildiscussies en WhatsApp-groepen uitzetten'))).toContain('(+7 dagen: E-maildiscussies uitzetten begint nu in week 10; +14 dagen: pauze van 2027-03-15 tot 2027-03-29: laptops zijn te laat)');
  });
});

describe('rollout init', () => {
  it('starts on the first Monday from which no message or checklist is dated before today, as its help says', () => {
    expect(run(['init', '--help']).stdout.replace(/\s+/g, ' ')).toContain('--start <date> first launch day, YYYY-MM-DD (default: the first Monday far enough ahead that nothing is dated before today)');
    const dir = tempDir();
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    for (const preset of ['solo', 'growing']) {
      const out = path.join(dir, preset);
      expect(run(['init', '--preset', preset, '--dir', out, '--no-templates']).status).toBe(0);
      const schedule = JSON.parse(run(['schedule', '--plan', path.join(out, 'rollout.yaml'), '--format', 'json']).stdout) as { start: string; events: { date: string }[] };
      const first = schedule.events.map((e) => e.date).sort()[0]!;
      expect(new Date(`${schedule.start}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(first >= today).toBe(true);
      // A week earlier would put the first item before today (a solo plan has nothing before its start).
      if (preset === 'growing') expect(Date.parse(first) - 7 * 86_400_000 < Date.parse(today)).toBe(true);
    }
  });

  it('writes a plan that validates cleanly, its schema and the templates', () => {
    const dir = tempDir();
    for (const preset of ['solo', 'small', 'growing', 'custom']) {
      const out = path.join(dir, preset);
      const r = run(['init', '--preset', preset, '--start', '2027-01-04', '--name', 'Bakkerij "De Zon"', '--dir', out]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      const text = readFileSync(path.join(out, 'rollout.yaml'), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./rollout.schema.json');
      expect(JSON.parse(readFileSync(path.join(out, 'rollout.schema.json'), 'utf8')).$schema).toBe('http://json-schema.org/draft-07/schema#');
      // Clean but for what init leaves to fill in: the contact every message names, the example why and benefit every announcement says, and the seven discovery questions.
      const contactLine = text.split('\n').findIndex((l) => l.startsWith('  contact:')) + 1;
      const v = run(['validate', '--plan', path.join(out, 'rollout.yaml')]);
      const lines = v.stderr.trimEnd().split('\n');
      // In the order of the file: each open question at its line in the commented discovery block, the one to write in.
      const discovery = lines.filter((l) => l.includes('warning discovery.'));
      expect(discovery).toHaveLength(7);
      for (const l of discovery) {
        const [, line, column, key] = /rollout\.yaml:(\d+):(\d+): warning discovery\.(\w+):/.exec(l)!;
        expect(text.split('\n')[Number(line) - 1]!.slice(Number(column) - 1)).toMatch(new RegExp(`^${key}: "`));
      }
      expect(lines.slice(0, 3)).toEqual([
        expect.stringMatching(/rollout\.yaml:\d+:\d+: warning tool\.why: tool\.why is still the example init wrote: every announcement says it \(write the problem the tool solves for your organization\)$/),
        expect.stringMatching(/warning tool\.benefit: tool\.benefit is still the example init wrote/),
        expect.stringMatching(new RegExp(`rollout\\.yaml:${contactLine}:(12: warning tool\\.contact: still the placeholder init wrote|38: warning tool\\.contact\\.email: helpdesk@example\\.org is an example address no one reads)`)),
      ]);
      expect(lines.slice(3)).toEqual(discovery);
      expect(v.status).toBe(0);
      // The examples under the open questions validate once written in.
      writeFileSync(path.join(out, 'rollout.yaml'), withExamples(text.replace(/ {2}contact: \{[^}]*\}/, '  contact: { name: Ine Dijkstra, email: ine@bakkerijdezon.sr }')));
      const filled = run(['validate', '--strict', '--plan', path.join(out, 'rollout.yaml')]);
      expect([filled.stderr, filled.status]).toEqual(['', 0]);
      const templates = path.join(out, 'templates');
      expect(existsSync(templates) ? readdirSync(templates, { recursive: true }).length : 0).toBe(
        readdirSync(path.join(import.meta.dirname, '../../templates'), { recursive: true }).length,
      );
    }
  });

  it('warns, as validate does, when the preset does not fit the headcount, after writing the plan', () => {
    const dir = tempDir();
    for (const [headcount, fix] of [['25', 'the growing preset (preset: growing)'], ['3', 'a big-bang switch (strategy: { approach: big-bang })']] as const) {
      const out = path.join(dir, headcount);
      const r = run(['init', '--preset', 'small', '--headcount', headcount, '--start', '2027-03-01', '--dir', out, '--no-templates']);
      const file = path.join(out, 'rollout.yaml');
      const line = `${file}:31:9: warning preset: the small preset follows the playbook's small team (5-10 people), not ${headcount} (for ${headcount} people the playbook advises ${fix})\n`;
      expect([r.status, r.stderr]).toEqual([0, line]);
      expect(r.stdout).toContain(`wrote ${file}`);
      expect(run(['validate', '--plan', file]).stderr).toContain(line);
    }
  });

  it('gates every success metric for a team, active use alone for one person; one survey answer never rolls back', () => {
    const dir = tempDir();
    const metrics = path.join(dir, 'answers.csv');
    writeFileSync(metrics, 'date,metric,value\n2027-01-12,satisfaction,3\n2027-01-12,nps,0\n');
    for (const preset of ['solo', 'small', 'growing', 'custom']) {
      const out = path.join(dir, preset);
      expect(run(['init', '--preset', preset, '--start', '2027-01-04', '--dir', out, '--no-templates']).status).toBe(0);
      const r = run(['gate-check', '--plan', path.join(out, 'rollout.yaml'), '--metrics', metrics, '--at', '2027-03-01', '--format', 'json']);
      const gates: { metric: string; status: string; reason: string }[] = JSON.parse(r.stdout).gates;
      const gated = [...new Set(gates.map((g) => g.metric))];
      expect(gated).toEqual(preset === 'solo' ? ['active_use_pct'] : ['active_use_pct', 'satisfaction', 'nps', 'support_tickets']);
      if (preset === 'solo') continue;
      const satisfaction = gates.find((g) => g.metric === 'satisfaction')!;
      expect(satisfaction.status).toBe('inconclusive');
      expect(satisfaction.reason).toMatch(/^too few answers \(1 of at least [2-5]\)/);
      expect(r.status).not.toBe(3);
    }
  });

  it('writes examples of locations and groups that validate once their # is taken away', () => {
    const dir = tempDir();
    expect(run(['init', '--preset', 'growing', '--lang', 'nl,en', '--start', '2027-02-01', '--dir', dir, '--no-templates']).status).toBe(0);
    const file = path.join(dir, 'rollout.yaml');
    const text = readFileSync(file, 'utf8');
    const taken = text.replace(/^ {2}# (locations:|groups:| {2}- \{ name: )/gm, '  $1');
    expect(taken).not.toBe(text);
    writeFileSync(file, taken);
    const v = run(['validate', '--plan', file]);
    expect(v.stderr).not.toMatch(/ error /);
    expect(v.status).toBe(0);
  });

  it('never overwrites without --force, and writes nothing then', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), 'mine\n');
    const r = run(['init'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/rollout.yaml already exists; nothing was written. Use --force to overwrite/);
    expect(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(path.join(dir, 'rollout.schema.json'))).toBe(false);
    expect(run(['init', '--force'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
  });

  it('refuses a date that does not exist', () => {
    const r = run(['init', '--start', '2027-02-30'], { cwd: tempDir() });
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toMatch(/--start must be a real date/);
  });
});

describe('rollout schema', () => {
  it('prints the JSON Schema generated from the plan schema', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'tool', 'organization', 'start']));
    expect(schema.properties.preset.enum).toEqual(['solo', 'small', 'growing', 'custom']);
    expect(schema.properties.gates.items.properties.aggregate.enum).toContain('nps');
  });

  it('matches the copy shipped in schema/', () => {
    const shipped = readFileSync(path.join(import.meta.dirname, '../../schema/rollout.schema.json'), 'utf8');
    expect(run(['schema']).stdout).toBe(shipped);
  });

  it('writes to a file with -o', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x'));
    expect(run(['schema', '-o', 'x/s.json'], { cwd: dir }).status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'x/s.json'), 'utf8')).title).toBe('rollout plan');
    expect(run(['schema', '-o', 'x/s.json'], { cwd: dir }).status).toBe(2);
  });
});
