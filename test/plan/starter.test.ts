import { describe, expect, it } from 'vitest';
import { checkStarter } from '../../src/plan/starter-check.js';
import { STARTER_ROSTER, starterPlan } from '../../src/plan/starter.js';
import { load, validPlan } from '../helpers.js';

const presets = ['small', 'growing', 'custom'] as const;

describe('the plan init writes', () => {
  it('is checked before it is written: the preset that does not fit the headcount warns, the contact left to fill in does not', () => {
    const check = (preset: (typeof presets)[number], headcount: number) =>
      checkStarter(starterPlan({ preset, start: '2027-01-04', name: 'Acme', headcount, schemaPath: './rollout.schema.json' }), 'x/rollout.yaml');
    const tooMany = check('small', 25);
    expect(tooMany.error).toBeUndefined();
    expect(tooMany.warnings.map((w) => [w.code, w.file, w.message, w.hint])).toEqual([
      ['preset-size', 'x/rollout.yaml', "the small preset follows the playbook's small team (5-10 people), not 25", 'for 25 people the playbook advises the growing preset (preset: growing)'],
    ]);
    expect(check('small', 3).warnings.map((w) => w.hint)).toEqual(['for 3 people the playbook advises a big-bang switch (strategy: { approach: big-bang })']);
    expect(check('small', 8)).toEqual({ error: undefined, warnings: [] });
    // Ten people are both a small team and a growing business.
    expect(check('small', 10).warnings).toEqual([]);
    expect(check('growing', 10).warnings).toEqual([]);
  });

  it.each(presets)('%s: the comment on the default gates names every active-use threshold they use', (preset) => {
    const text = starterPlan({ preset, start: '2027-01-04', name: 'Acme', schemaPath: './rollout.schema.json' });
    const comment = text.slice(text.indexOf('# gates:'), text.indexOf('contingency:'));
    const thresholds = new Set(validPlan(text).gates.filter((g) => g.metric === 'active_use_pct').map((g) => g.threshold));
    expect([...thresholds].sort()).toEqual([60, 80]);
    for (const t of thresholds) expect(comment).toContain(`${t}% active use`);
  });

  it('names a person to ask in a team without a help desk, to fill in, and the help desk above ten people', () => {
    const contact = (preset: (typeof presets)[number] | 'solo', languages: ('en' | 'nl')[] = ['en'], headcount?: number) => {
      const text = starterPlan({ preset, start: '2027-01-04', name: 'Acme', languages, schemaPath: './rollout.schema.json', ...(headcount !== undefined ? { headcount } : {}) });
      const plan = validPlan(text);
      return { line: text.split('\n').find((l) => l.startsWith('  contact:')), contact: plan.tool.contact, helpDesk: plan.support.helpDesk };
    };
    for (const preset of ['solo', 'small'] as const) {
      expect(contact(preset)).toEqual({ line: '  contact: { name: First Last, email: name@example.org }   # the person people ask (you?): fill in name and email', contact: { name: 'First Last', email: 'name@example.org' }, helpDesk: false });
    }
    expect(contact('small', ['nl', 'en']).contact).toEqual({ name: 'Voornaam Achternaam', email: 'naam@example.org' });
    // A 9-person firm has no help desk, whichever preset it starts from.
    expect(contact('custom', ['en'], 9).contact!.name).toBe('First Last');
    expect(contact('growing')).toMatchObject({ contact: { name: 'Help Desk', email: 'helpdesk@example.org' }, helpDesk: true });
    expect(contact('custom', ['nl']).contact!.name).toBe('Helpdesk');
  });
});

describe('what the plan init writes leaves to fill in', () => {
  const text = (o: { people?: boolean; languages?: ('en' | 'nl')[] } = {}) => starterPlan({ preset: 'growing', start: '2027-01-04', name: 'Acme', schemaPath: './rollout.schema.json', ...o });

  it('leaves the discovery questions open, so that validate asks each one, with examples to start from', () => {
    const open = load(text({ languages: ['nl', 'en'] }), 'rollout.yaml').diagnostics.filter((d) => d.code === 'discovery');
    expect(open.map((d) => d.path)).toEqual(['approach', 'communications', 'monitoring', 'champions', 'targetedMessaging', 'training', 'selfHelp'].map((k) => `discovery.${k}`));
    expect(text({ languages: ['nl', 'en'] })).toContain('#   champions: { nl: "Eén koploper per team als ambassadeur.", en: "One early adopter per team." }');
    expect(validPlan(text()).regional.offlinePlan).toBeUndefined();
  });

  it('reads the roster init --people writes beside it', () => {
    expect(validPlan(text()).people).toBeUndefined();
    const plan = validPlan(text({ people: true }));
    expect(plan.people).toMatchObject({ file: STARTER_ROSTER.file, columns: { person: 'Email', name: 'Name', group: 'Group', location: 'Location', language: 'Language', phase: 'Phase', joined: 'Joined', left: 'Left' } });
    expect(STARTER_ROSTER.content.split('\r\n')[0]).toBe('Email,Name,Group,Location,Language,Phase,Joined,Left');
  });
});

/** The plan with one commented example block (`# groups:` and its lines) written in. */
function uncommented(text: string, block: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trimStart().startsWith(`# ${block}:`));
  expect(at).toBeGreaterThan(-1);
  let end = at + 1;
  while (/^ *#/.test(lines[end]!) && !/^ *# [a-z]+:/.test(lines[end]!)) end++;
  for (let i = at; i < end; i++) lines[i] = lines[i]!.replace(/^( *)# /, '$1');
  return lines.join('\n');
}

describe('the commented examples of the plan init writes', () => {
  it.each((['solo', ...presets] as const).flatMap((p) => [[p, ['en']] as const, [p, ['nl', 'en']] as const]))('%s, %j: each block validates once written in', (preset, languages) => {
    const text = starterPlan({ preset, start: '2027-01-04', name: 'Acme', languages: [...languages], schemaPath: './rollout.schema.json' });
    for (const block of ['locations', 'groups', 'gates', 'phases']) {
      const plan = validPlan(uncommented(text, block));
      if (block === 'groups') expect(plan.organization.groups.map((g) => g.name)).toEqual([languages[0] === 'nl' ? 'Verkoop' : 'Sales']);
    }
  });
});
