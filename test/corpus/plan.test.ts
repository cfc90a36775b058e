import { describe, it } from 'vitest';
import { checkHostile, type HostileCase } from './harness.js';

const head = 'version: 1\ntool: { name: Chat }\norganization: { name: A, headcount: 40 }\nstart: 2027-01-04\n';
const plan = (extra: string) => ({ 'rollout.yaml': head + extra });

const billionLaughs = ['a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]']
  .concat(['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`))
  .join('\n');

/** Hostile plans: each command that reads a plan must refuse them the same clean way. */
const cases: HostileCase[] = [
  { name: 'YAML syntax error', args: ['validate'], files: { 'rollout.yaml': 'version: 1\ntool: [unclosed\n' }, status: 1, message: /^rollout.yaml:3:1: error YAML: / },
  { name: 'tabs as indentation', args: ['validate'], files: { 'rollout.yaml': 'version: 1\ntool:\n\tname: x\n' }, status: 1, message: /^rollout.yaml:3:1: error YAML: tabs are not allowed/ },
  { name: 'duplicate keys', args: ['validate'], files: { 'rollout.yaml': head + 'start: 2027-01-05\n' }, status: 1, message: /^rollout.yaml:5:1: error YAML: map keys must be unique \(remove or rename one of the two keys\)/ },
  { name: 'billion laughs', args: ['validate'], files: { 'rollout.yaml': billionLaughs }, status: 1, message: /^rollout.yaml: error the plan expands too many YAML aliases/ },
  { name: 'deep nesting', args: ['validate'], files: { 'rollout.yaml': `a: ${'['.repeat(100_000)}` }, status: 1, message: /^rollout.yaml:1:1004: error the YAML is nested too deeply to read \(close the brackets/ },
  { name: 'deep nesting, closed', args: ['validate'], files: { 'rollout.yaml': `a:\n  - ${'{ b: '.repeat(2000)}1${' }'.repeat(2000)}\n` }, status: 1, message: /^rollout.yaml:2:5005: error the YAML is nested too deeply to read/ },
  { name: 'a 100 MB plan', args: ['validate'], files: { 'rollout.yaml': Buffer.alloc(100 * 1024 * 1024, 0x61) }, status: 2, message: /^rollout: rollout.yaml: the plan is 100.0 MiB; a plan may be at most 5.0 MiB$/ },
  { name: 'a binary file', args: ['validate'], files: { 'rollout.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) }, status: 2, message: /^rollout: rollout.yaml: this is a binary file, not a YAML plan; give --plan the plan's YAML file \(rollout init writes one\)$/ },
  { name: 'non-UTF-8 bytes', args: ['validate'], files: { 'rollout.yaml': Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe, 0x41])]) }, status: 2, message: /^rollout: rollout.yaml: the plan is not valid UTF-8 text; save it as UTF-8$/ },
  { name: 'an empty file', args: ['validate'], files: { 'rollout.yaml': '' }, status: 1, message: /^rollout.yaml: error the plan is empty \(run `rollout init`/ },
  { name: 'a folder given as the plan', args: ['validate', '--plan', 'plans'], dirs: ['plans'], status: 2, message: /^rollout: plans: is a folder; give the plan file/ },
  { name: 'a missing file', args: ['schedule', '--plan', 'nope.yaml'], status: 2, message: /^rollout: nope.yaml: no such file; run `rollout init` or pass --plan FILE$/ },
  { name: 'a list instead of a mapping', args: ['validate'], files: { 'rollout.yaml': '- version\n- 1\n' }, status: 1, message: /^rollout.yaml:1:1: error the plan must be a mapping/ },
  { name: 'wrong type: tool', args: ['validate'], files: { 'rollout.yaml': 'version: 1\ntool: Chat\norganization: { name: A, headcount: 4 }\nstart: 2027-01-04\n' }, status: 1, message: /^rollout.yaml:2:7: error tool: expected object, got string "Chat"/ },
  { name: 'wrong type: organization', args: ['validate'], files: { 'rollout.yaml': 'version: 1\ntool: { name: x }\norganization: [A]\nstart: 2027-01-04\n' }, status: 1, message: /^rollout.yaml:3:15: error organization: expected object, got a list/ },
  { name: 'wrong type: calendar', args: ['validate'], files: plan('calendar: weekdays\n'), status: 1, message: /^rollout.yaml:5:11: error calendar: expected object/ },
  { name: 'wrong type: phases', args: ['validate'], files: plan('phases: { id: a }\n'), status: 1, message: /^rollout.yaml:5:9: error phases: expected array, got a mapping/ },
  { name: 'wrong type: gates', args: ['validate'], files: plan('gates: 80\n'), status: 1, message: /^rollout.yaml:5:8: error gates: expected array, got number 80/ },
  { name: 'wrong type: communications', args: ['validate'], files: plan('communications: [email]\n'), status: 1, message: /^rollout.yaml:5:17: error communications: expected object/ },
  { name: 'wrong type: training', args: ['validate'], files: plan('training: yes\n'), status: 1, message: /^rollout.yaml:5:11: error training: expected object, got string "yes"/ },
  { name: 'wrong type: support', args: ['validate'], files: plan('support: 4\n'), status: 1, message: /^rollout.yaml:5:10: error support: expected object/ },
  { name: 'wrong type: contingency', args: ['validate'], files: plan('contingency: { major: panic }\n'), status: 1, message: /^rollout.yaml:5:23: error contingency.major: "panic" is not allowed \(expected one of: continue, pause, rollback\)/ },
  { name: 'wrong type: discovery', args: ['validate'], files: plan('discovery: [a, b]\n'), status: 1, message: /^rollout.yaml:5:12: error discovery: expected object/ },
  { name: 'wrong type: regional', args: ['validate'], files: plan('regional: { supportLanguages: Dutch }\n'), status: 1, message: /^rollout.yaml:5:31: error regional.supportLanguages: expected array/ },
  { name: 'wrong type: version', args: ['validate'], files: { 'rollout.yaml': head.replace('version: 1', 'version: 2') }, status: 1, message: /^rollout.yaml:1:10: error version: 2 is not allowed \(expected one of: 1\)/ },
  { name: 'an impossible date', args: ['validate'], files: { 'rollout.yaml': head.replace('2027-01-04', '2027-02-30') }, status: 1, message: /^rollout.yaml:4:8: error start: is not a real calendar date$/ },
  { name: 'an unknown time zone', args: ['validate'], files: plan('calendar: { timezone: America/Paramaribu }\n'), status: 1, message: /^rollout.yaml:5:23: error calendar.timezone: is not an IANA time zone/ },
  { name: 'a share over 100%', args: ['validate'], files: plan('phases:\n  - { id: a, name: A, audience: 140% }\n'), status: 1, message: /^rollout.yaml:6:3: error phases: phase shares add up to at least 140% of headcount/ },
  { name: 'a negative headcount', args: ['validate'], files: { 'rollout.yaml': head.replace('headcount: 40', 'headcount: -40') }, status: 1, message: /^rollout.yaml:3:37: error organization.headcount: must be more than 0, got number -40/ },
  { name: 'an invalid plan for schedule', args: ['schedule'], files: { 'rollout.yaml': head.replace('2027-01-04', '2027-02-30') }, status: 2, message: /^rollout.yaml:4:8: error start: is not a real calendar date$/ },
  { name: 'an unknown key in stdin', args: ['validate', '--plan', '-'], input: `${head}tol: x\n`, status: 1, message: /^<stdin>:5:1: error tol: unknown key "tol" \(did you mean "tool"\?\)/ },
  { name: 'schedule output inside a file', args: ['schedule', '-o', 'rollout.yaml/x.ics'], files: plan(''), status: 2, message: /^rollout: cannot write x.ics in .*rollout.yaml: a part of the path is a file, not a folder; nothing was written$/ },
  { name: 'schedule into an unwritable place', args: ['schedule', '-o', '/proc/rollout.ics'], files: plan(''), status: 2, message: /^rollout: cannot write rollout.ics in \/proc: files cannot be created there; nothing was written$/ },
  { name: 'init over an existing plan', args: ['init'], files: { 'rollout.yaml': 'mine\n' }, status: 2, message: /^rollout: rollout.yaml already exists; nothing was written. Use --force to overwrite$/ },
];

describe('hostile plans', () => {
  it.each(cases)('$name', (c) => checkHostile(c));
});
