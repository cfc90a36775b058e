import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planMessages } from '../../src/render/messages.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Sranan Advies brings in Nieuw Nickerie and Albina in one phase, Branches, launching Tuesday
 * 30 March 2027 (Easter Monday held over). Albina's line is down: a pause of Albina alone moves
 * its sessions there; its welcome, and its announcement and reminder not yet sent, go with them.
 */
const templates = await loadTemplates();
const base = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8')) as Record<string, unknown>;

function branches(pause: Record<string, unknown>) {
  const data = structuredClone(base);
  const phases = data.phases as Record<string, unknown>[];
  phases.splice(2, 2, { id: 'branches', name: 'Branches', audience: { locations: ['Nieuw Nickerie', 'Albina'] }, weeks: 2 });
  data.gates = (data.gates as { phase: string }[]).filter((g) => g.phase === 'head-office');
  data.pauses = [{ reason: 'the Albina line is down', only: { location: 'Albina' }, ...pause }];
  return validPlan(data);
}

/** The date and file of each of the phase's messages to its people at one place. */
function local(plan: ReturnType<typeof branches>) {
  return planMessages(buildSchedule(plan), plan)
    .filter((m) => m.phase?.id === 'branches' && m.location !== undefined && m.kind === 'email')
    .map((m) => `${m.date} ${m.base}`);
}

async function text(plan: ReturnType<typeof branches>, file: RegExp): Promise<string> {
  const { files } = await renderEmails(plan, buildSchedule(plan), { format: 'md', templates, languages: ['en'] });
  return String(files.find((f) => file.test(f.name))?.content);
}

describe('a pause of one location inside a phase of several places', () => {
  it('welcomes that place the day it resumes, and the other place on the launch day', async () => {
    const plan = branches({ from: '2027-03-29', until: '2027-04-05' });
    expect(local(plan).filter((line) => line.includes('welcome'))).toEqual(['2027-03-30 2027-03-30_branches_nieuw-nickerie_welcome', '2027-04-05 2027-04-05_branches_albina_welcome']);
    const welcome = await text(plan, /_branches_albina_welcome\.en\.md$/);
    expect(welcome).toContain('From today, Monday, April 5, 2027, your group (Branches in Albina)');
    expect(welcome).toContain('**Training:** Monday, April 5 at 10:00');
  });

  it('moves that place’s announcement and reminder still to come, and names its own start', async () => {
    const plan = branches({ from: '2027-03-15', until: '2027-03-22' });
    expect(local(plan).filter((line) => !line.includes('welcome'))).toEqual([
      '2027-03-16 2027-03-16_branches_nieuw-nickerie_announcement',
      '2027-03-23 2027-03-23_branches_albina_announcement',
      '2027-03-23 2027-03-23_branches_nieuw-nickerie_reminder',
      '2027-03-30 2027-03-30_branches_albina_reminder',
    ]);
    const reminder = await text(plan, /_branches_albina_reminder\.en\.md$/);
    expect(reminder).toContain('One more week: on Monday, April 5, 2027, your group (Branches in Albina)');
    expect(await text(plan, /_branches_nieuw-nickerie_reminder\.en\.md$/)).toContain('One more week: on Tuesday, March 30, 2027');
  });

  it('counts that place’s announcement and reminder back from the Monday it now starts, not from the Tuesday after Easter Monday', () => {
    // Three weeks of Albina's pause move its start from Easter Monday 29 March, held over to Tuesday, to Monday 19 April.
    const plan = branches({ from: '2027-03-15', until: '2027-04-05' });
    expect(local(plan)).toEqual([
      '2027-03-16 2027-03-16_branches_nieuw-nickerie_announcement',
      '2027-03-23 2027-03-23_branches_nieuw-nickerie_reminder',
      '2027-03-30 2027-03-30_branches_nieuw-nickerie_welcome',
      '2027-04-05 2027-04-05_branches_albina_announcement',
      '2027-04-12 2027-04-12_branches_albina_reminder',
      '2027-04-19 2027-04-19_branches_albina_welcome',
    ]);
  });

  it('writes no welcome for that place while an open pause holds it', () => {
    const plan = branches({ from: '2027-03-29' });
    expect(local(plan).filter((line) => line.includes('welcome') && line.includes('albina'))).toEqual([]);
  });
});
