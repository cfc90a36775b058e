import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, stampOf, tempDir } from '../helpers.js';
import { checkHostile, type HostileCase } from './harness.js';

const head = 'version: 1\ntool: { name: Chat }\norganization: { name: A, headcount: 40 }\nstart: 2027-01-04\n';
const planWith = (text: string) => ({ 'rollout.yaml': text });
const template = (body: string, extra: Record<string, string> = {}): HostileCase['files'] => ({ 'rollout.yaml': head, 'templates/emails/announcement.en.hbs': `${stampOf('emails/announcement.en.hbs')}\nSubject: New tool\n${body}\n`, ...extra });
const emails = ['render-emails', '--lang', 'en', '--out', 'out'];
const at = (line: number, column: number, text: string) => new RegExp(`^rollout: templates/emails/announcement.en.hbs:${line}:${column}: ${text}`);
const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

/** Reads without a bound, long strings and dates, YAML that reads as something else, template abuse. */
const cases: HostileCase[] = [
  { name: 'a plan that links to /dev/zero', args: ['validate'], setup: (dir) => symlinkSync('/dev/zero', path.join(dir, 'rollout.yaml')), status: 2, message: /^rollout: rollout.yaml: is a device, not a file; give the plan as a file$/ },
  { name: '--plan - from /dev/zero', args: ['validate', '--plan', '-'], stdin: '/dev/zero', status: 2, message: /^rollout: <stdin>: the plan is more than 5.0 MiB; a plan may be at most 5.0 MiB$/ },
  { name: 'a FIFO plan with no writer', args: ['schedule'], setup: (dir) => mkfifo(path.join(dir, 'rollout.yaml')), status: 2, message: /^rollout.yaml: error the plan is empty/ },
  { name: 'a 4 MiB tool name', args: ['schedule', '--format', 'ics'], files: planWith(head.replace('name: Chat', `name: ${'x'.repeat(4 * 1024 * 1024)}`)), status: 2, message: /^rollout.yaml:2:15: error tool.name: is 4194304 characters long; at most 200 are allowed here \(use a shorter name\)$/ },
  {
    name: 'one long name aliased into 30 phase names',
    args: ['render-emails'],
    files: planWith(`${head}x: &n "${'y'.repeat(100_000)}"\nphases:\n${Array.from({ length: 30 }, (_, i) => `  - { id: p${i}, name: *n, audience: rest }`).join('\n')}\n`),
    status: 2,
    message: /^rollout.yaml:5:7: error x: is 100000 characters long; at most 200 are allowed here/,
  },
  { name: 'a two-line organization name', args: ['schedule', '--format', 'ics'], files: planWith(head.replace('name: A,', 'name: "Acme\\nBEGIN:VEVENT\\nURL:https://evil.example",')), status: 2, message: /^rollout.yaml:3:23: error organization.name: must be one line, without line breaks/ },
  { name: 'a subject line forged in a name', args: ['render-emails'], files: planWith(head.replace('name: Chat', 'name: "Chat\\nBcc: all@example.com"')), status: 2, message: /^rollout.yaml:2:15: error tool.name: must be one line/ },
  { name: 'a terminal escape in a name', args: ['schedule'], files: planWith(head.replace('name: Chat', 'name: "Chat\\e]0;pwned\\a"')), status: 2, message: /^rollout.yaml:2:15: error tool.name: holds the control character U\+001B/ },
  { name: 'a terminal escape in a plan key', args: ['validate'], files: planWith(`${head}x\u001b[2J: 1\n`), status: 1, message: /^rollout.yaml:5:1: error x\\u001b\[2J: unknown key "x\\u001b\[2J"/ },
  { name: 'a terminal escape in a CSV header', args: ['gate-check', '--metrics', 'm.csv', '--at', '2027-02-01'], files: { 'rollout.yaml': head, 'm.csv': 'date,active_use_pct,x\u001b]0;pwned\u0007\n2027-01-05,80,1\n' }, status: 2, message: /^rollout: m.csv:1: column "x\\u001b\]0;pwned\\u0007" is not a metric of the plan/ },
  { name: 'the year 9999', args: ['schedule', '--format', 'ics'], files: planWith(head.replace('2027-01-04', '9999-12-20')), status: 2, message: /^rollout.yaml:4:8: error start: must be between 1970-01-01 and 2200-12-31$/ },
  { name: '--start in 2300', args: ['schedule', '--start', '2300-01-01'], files: planWith(head), status: 2, message: /^rollout: --start must be between 1970-01-01 and 2200-12-31, not 2300-01-01$/ },
  { name: 'YAML .inf', args: ['validate'], files: planWith(head.replace('headcount: 40', 'headcount: .inf')), status: 1, message: /^rollout.yaml:3:37: error organization.headcount: must be a finite number, got number Infinity$/ },
  { name: 'YAML !!binary', args: ['validate'], files: planWith(head.replace('name: Chat', 'name: !!binary aGVsbG8=')), status: 1, message: /^rollout.yaml:2:24: error YAML tag !!binary is not supported/ },
  { name: 'YAML 1.1', args: ['validate'], files: planWith(`%YAML 1.1\n---\n${head}`), status: 1, message: /^rollout.yaml:1:1: error YAML 1.1 is not read; plans are YAML 1.2 \(remove the %YAML line\)$/ },
  { name: 'an unknown YAML tag', args: ['validate'], files: planWith(head.replace('name: Chat', 'name: !custom Chat')), status: 1, message: /^rollout.yaml:2:23: error YAML tag !custom is not supported/ },
  { name: 'init --headcount 1e9', args: ['init', '--headcount', '1e9'], status: 2, message: /^rollout: --headcount: must be at most 10000000, got number 1000000000$/ },
  { name: "render-emails --out ''", args: ['render-emails', '--out', ''], files: planWith(head), status: 2, message: /^rollout: --out must name a folder to write into/ },
  { name: "schedule -o ''", args: ['schedule', '-o', ''], files: planWith(head), status: 2, message: /^rollout: --output must name a file, or - for standard output$/ },
  { name: 'a string property of a value', args: emails, files: template('{{tool.name.length}}'), status: 2, message: at(3, 3, '"tool.name.length": "tool.name" is a single value, which has no "length"$') },
  { name: 'the log helper', args: emails, files: template('{{log "x"}}'), status: 2, message: at(3, 3, 'no helper "log"') },
  { name: 'a computed partial', args: emails, files: template('{{> (lookup this "x")}}'), status: 2, message: at(3, 1, 'a partial is named in the template') },
  { name: 'a recursive partial', args: emails, files: template('{{> loop}}', { 'templates/partials/loop.hbs': 'again {{> loop}}\n' }), status: 2, message: /^rollout: templates\/partials\/loop.hbs:1:7: partial "loop" includes itself/ },
  { name: 'a ../ path', args: emails, files: template('{{../tool.name}}'), status: 2, message: at(3, 3, '"../tool.name" climbs above the template\'s data') },
  { name: 'a misspelt helper argument', args: emails, files: template('{{date tool.nmae}}'), status: 2, message: at(3, 8, '"tool.nmae" \\(given to date\\) is not a variable the plan provides') },
  { name: 'a value a rollout-wide checklist does not have', args: emails, files: { 'rollout.yaml': head, 'templates/checklists/get-started.en.hbs': `${stampOf('checklists/get-started.en.hbs')}\n# Start\n{{phase.name}}\n` }, status: 2, message: /^rollout: templates\/checklists\/get-started.en.hbs:3:3: "phase.name" is used where phase is not set for this message; put it inside \{\{#if phase\}\}$/ },
  { name: 'a number as an audience', args: ['validate'], files: planWith(`${head}phases:\n  - { id: a, name: A, audience: 5 }\n`), status: 1, message: /^rollout.yaml:6:33: error phases\[0\].audience: expected a share/ },
  { name: 'a template that links elsewhere', args: emails, files: { 'rollout.yaml': head, 'templates/emails/.keep': '' }, setup: (dir) => symlinkSync('/etc/passwd', path.join(dir, 'templates/emails/announcement.en.hbs')), status: 2, message: /^rollout: templates\/emails\/announcement.en.hbs: is a symbolic link or a special file/ },
  { name: 'a template FIFO', args: emails, files: { 'rollout.yaml': head, 'templates/emails/.keep': '' }, setup: (dir) => mkfifo(path.join(dir, 'templates/emails/announcement.en.hbs')), status: 2, message: /^rollout: templates\/emails\/announcement.en.hbs: is a symbolic link or a special file/ },
];

describe('hostile input, round two', () => {
  it.each(cases)('$name', (c) => checkHostile(c));
});

/** Runs the CLI with standard output going to `out`, a file or device opened for writing. */
function runTo(out: string, args: string[], cwd: string, shell = '') {
  const fd = openSync(out, 'w');
  // Coverage data written under a file size limit would be cut short: it goes elsewhere then
  // (Node passes the variable on to children unless the environment names it).
  const env = { ...process.env, NO_COLOR: '1', ...(shell ? { NODE_V8_COVERAGE: tempDir() } : {}) };
  try {
    const command = shell ? ['sh', ['-c', `${shell}; exec "$0" "$@"`, process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
    return spawnSync(command[0] as string, command[1] as string[], { cwd, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env });
  } finally {
    closeSync(fd);
  }
}

describe('standard output failures', () => {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'rollout.yaml'), head);

  it('a full disk is one line and exit 2', () => {
    const r = runTo('/dev/full', ['schedule', '--format', 'ics'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^rollout: cannot write to standard output: the disk is full \(ENOSPC\); 0 of \d+ bytes were written\n$/);
  });

  it('a file size limit is one line and exit 2, never success after a short write', () => {
    const r = runTo(path.join(dir, 'out.ics'), ['schedule', '--format', 'ics'], dir, 'ulimit -f 4');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^rollout: cannot write to standard output: the file size limit is reached \(EFBIG\); \d+ of \d+ bytes were written\n$/);
  });

  it('gate-check on a full disk does not read as a decision', () => {
    writeFileSync(path.join(dir, 'm.csv'), 'date,metric,value\n2027-01-05,active_use_pct,90\n');
    const r = runTo('/dev/full', ['gate-check', '--metrics', 'm.csv', '--at', '2027-01-06'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^rollout: cannot write to standard output/);
  });
});
