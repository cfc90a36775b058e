import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { example, stampOf } from '../helpers.js';
import { checkHostile, type HostileCase } from './harness.js';

const plan = readFileSync(example('small-team.yaml'), 'utf8');
// An edited copy of this release's built-in, stamped on line 1: the error is the only line.
const template = (body: string): HostileCase['files'] => ({ 'rollout.yaml': plan, 'templates/emails/announcement.en.hbs': `${stampOf('emails/announcement.en.hbs')}\nSubject: New tool\n${body}\n` });
const args = ['render-emails', '--lang', 'en', '--out', 'out'];
const at = (column: number) => new RegExp(`^rollout: templates/emails/announcement.en.hbs:3:${column}: `);

/** Hostile templates and output places: refused with the template's position, nothing written. */
const cases: HostileCase[] = [
  { name: 'a template syntax error', args, files: template('{{#if tool.name}}never closed'), status: 2, message: /^rollout: templates\/emails\/announcement.en.hbs:4:1: template syntax error/ },
  { name: 'an unknown helper', args, files: template('{{shout tool.name}}'), status: 2, message: at(3) },
  { name: 'an unknown variable', args, files: template('{{tool.nmae}}'), status: 2, message: /announcement.en.hbs:3:3: "tool.nmae" is not a variable the plan provides; did you mean "name"\?$/ },
  { name: 'constructor.constructor', args, files: template('{{constructor.constructor}}'), status: 2, message: /announcement.en.hbs:3:3: .*templates cannot reach "constructor"$/ },
  { name: '__proto__', args, files: template('{{__proto__}}'), status: 2, message: /announcement.en.hbs:3:3: .*templates cannot reach "__proto__"$/ },
  { name: 'lookup of constructor', args, files: template('{{lookup this "constructor"}}'), status: 2, message: /announcement.en.hbs:3:\d+: templates cannot reach "constructor"$/ },
  { name: 'an unwritable output folder', args: ['render-emails', '--out', '/proc/rollout-emails'], files: { 'rollout.yaml': plan }, status: 2, message: /^rollout: cannot write .* in \/proc\/rollout-emails: files cannot be created there; nothing was written$/ },
  { name: 'an output folder that is a file', args: ['render-emails', '--out', 'rollout.yaml'], files: { 'rollout.yaml': plan }, status: 2, message: /^rollout: cannot write .* a part of the path is a file, not a folder; nothing was written$/ },
  { name: 'an unknown --lang', args: ['render-emails', '--lang', 'fr'], files: { 'rollout.yaml': plan }, status: 2, message: /^rollout: option '--lang <lang>' argument 'fr' is invalid\. Allowed choices are en, nl \(see rollout render-emails --help\)$/ },
];

describe('hostile templates and output places', () => {
  it.each(cases)('$name', (c) => checkHostile(c));
});
