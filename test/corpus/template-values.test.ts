import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { example, stampOf } from '../helpers.js';
import { checkHostile, type HostileCase } from './harness.js';

const plan = readFileSync(example('small-team.yaml'), 'utf8');
// An edited copy of this release's built-in, stamped on line 1: the error is the only line.
const copy = (name: string, body: string) => ({ [`templates/${name}`]: `${stampOf(name)}\n${body}\n` });
const email = (name: string, body: string): HostileCase['files'] => ({ 'rollout.yaml': plan, ...copy(`emails/${name}.en.hbs`, `Subject: New tool\n${body}`) });
const args = ['render-emails', '--lang', 'en', '--out', 'out'];
const announcement = (body: string) => email('announcement', body);

/** Edited templates that give a helper, a variable or a partial what it cannot use: refused at their line, nothing written. */
const cases: HostileCase[] = [
  { name: 'date given a name', args, files: announcement('{{date tool.name}}'), status: 2, message: /^rollout: templates\/emails\/announcement.en.hbs:3:1: date needs a date written YYYY-MM-DD, not "OrderBoard"$/ },
  { name: 'date given a day that does not exist', args, files: announcement('{{date "2027-02-31"}}'), status: 2, message: /announcement.en.hbs:3:1: date needs a date written YYYY-MM-DD, not "2027-02-31"$/ },
  { name: 'date given an unknown style', args, files: announcement('{{date "2027-01-04" "weird"}}'), status: 2, message: /announcement.en.hbs:3:1: date style must be one of long, short, day, weekday, month, iso, not "weird"$/ },
  { name: 'plural given a name', args, files: announcement('{{plural tool.name "person" "people"}}'), status: 2, message: /announcement.en.hbs:3:1: plural takes a number and two words: \(plural count "person" "people"\)$/ },
  { name: 'list given a name', args, files: announcement('{{list tool.name}}'), status: 2, message: /announcement.en.hbs:3:1: list takes a list, not "OrderBoard"$/ },
  { name: 'number given a name', args, files: announcement('{{number tool.name}}'), status: 2, message: /announcement.en.hbs:3:1: number takes a number, not "OrderBoard"$/ },
  { name: 'a misspelt @root variable given to a helper', args, files: announcement('{{date @root.tool.nmae}}'), status: 2, message: /announcement.en.hbs:3:8: "@root.tool.nmae" \(given to date\) is not a variable the plan provides; did you mean "name"\?$/ },
  { name: 'a key of a single value', args, files: announcement('{{tool.name.first}}'), status: 2, message: /announcement.en.hbs:3:3: "tool.name.first": "tool.name" is a single value, which has no "first"$/ },
  { name: 'a misspelt partial', args, files: announcement('{{> signatur}}'), status: 2, message: /announcement.en.hbs:3:1: no partial "signatur" in partials\/ \(contact, downloads, greeting, group-help, group-training, office-hours, signature, support, training\); did you mean "signature"\?$/ },
  { name: 'a partial that includes itself', args, files: { 'rollout.yaml': plan, ...copy('partials/support.en.hbs', 'Phone {{> support}}') }, status: 2, message: /^rollout: templates\/partials\/support.en.hbs:2:7: partial "support" includes itself; a partial may not be used inside itself$/ },
  // The weekly update goes to all staff: it has no phase, and {{#if phase}} would leave the text out of every copy.
  { name: 'a phase given to a helper in an all-staff message', args, files: email('weekly-update', '{{date phase.name}}'), status: 2, message: /^rollout: templates\/emails\/weekly-update.en.hbs:3:8: "phase.name": the weekly-update email goes to all staff and has no single phase; use message.audience \(whom it goes to\), weekly.live \(the phases live by then\), or rollout.phases \(every phase\) instead$/ },
  { name: 'the phase printed in an all-staff message', args, files: email('retrospective', 'We did it, {{phase.name}}!'), status: 2, message: /^rollout: templates\/emails\/retrospective.en.hbs:3:14: "phase.name": the retrospective email goes to all staff and has no single phase; use message.audience \(whom it goes to\) or rollout.phases \(every phase\) instead$/ },
];

describe('templates that give a helper or a partial what it cannot use', () => {
  it.each(cases)('$name', (c) => checkHostile(c));
});
