import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/*
 * An NGO's field staff, on WhatsApp and with little email, work at two branches launched in phases
 * of their own: the group has no location, the roster gives each person's. Their launch messages
 * follow them there: 3 people in Albina, 2 in Brownsweg (counted by hand from ROSTER).
 */

const PLAN = `version: 1
tool: { name: Slack, replaces: WhatsApp-groepen, contact: { name: ICT-helpdesk, email: ict@bosland.example, phone: "+597 420 000" } }
organization:
  name: Stichting Bosland
  headcount: 9
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 4 }
    - { name: Albina, timezone: America/Paramaribo, headcount: 3, champion: Errol Pinas, connectivity: poor, languages: [nl] }
    - { name: Brownsweg, timezone: America/Paramaribo, headcount: 2, champion: Linda Adjako, connectivity: poor, languages: [nl] }
  groups:
    - { name: Kantoor, headcount: 4, location: Paramaribo }
    - { name: Veldwerk, headcount: 5 }
people: { file: people.csv, columns: { person: Email, name: Name, group: Group, location: Location } }
start: 2027-03-01
regional: { offlinePlan: Werk door in WhatsApp en zet het later over }
communications:
  targetedGroups:
    - { group: Veldwerk, why: weinig internet, channel: WhatsApp van de ambassadeur, send: [text, notice] }
phases:
  - { id: paramaribo, name: Paramaribo, audience: { locations: [Paramaribo] }, weeks: 2 }
  - { id: albina, name: Albina, audience: { locations: [Albina] }, weeks: 2 }
  - { id: brownsweg, name: Brownsweg, audience: { locations: [Brownsweg] }, weeks: 2 }
  - { id: decommission, name: WhatsApp uit, kind: decommission, audience: none, weeks: 1 }
`;
// From Google Sheets: CRLF, no BOM, a name with a comma, one office worker without a location.
const ROSTER = [
  'Email,Name,Group,Location',
  'a.pinas@bosland.example,Anita Pinas,Kantoor,Paramaribo',
  'b.liauw@bosland.example,"Liauw, Boris",Kantoor,Paramaribo',
  'c.dikmoet@bosland.example,Clyde Dikmoet,Kantoor,',
  'd.ramautar@bosland.example,Dewi Ramautar,Kantoor,Paramaribo',
  'e.sabajo@bosland.example,Errol Sabajo,Veldwerk,Albina',
  'f.tjon@bosland.example,Fred Tjon,Veldwerk,Brownsweg',
  'g.amatali@bosland.example,Glenn Amatali,Veldwerk,Albina',
  'h.blijd@bosland.example,Iwan Blijd,Veldwerk,Brownsweg',
  'i.poeketie@bosland.example,Ivy Poeketie,Veldwerk,Albina',
  '',
].join('\r\n');

function ngo(roster = true): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), roster ? PLAN : PLAN.replace(/^people:.*\n/m, ''));
  if (roster) writeFileSync(path.join(dir, 'people.csv'), ROSTER);
  return dir;
}

describe('a targeted group at two locations, through the built binary', () => {
  it('gets its announcement, reminder and welcome as text and notice in each phase its people are in, counted, in the language they read', () => {
    const dir = ngo();
    const result = run(['render-emails', '--out', 'emails', '--at', '2027-02-01'], { cwd: dir });
    expect(result.status).toBe(0);
    const names = readdirSync(path.join(dir, 'emails'));
    const launch = (phase: string, where: string) => names.filter((n) => n.includes(`_${phase}_veldwerk-${where}_`) && /announcement|reminder|welcome/.test(n)).map((n) => n.replace(/^\S{11}/, ''));
    const forms = (phase: string) => ['announcement', 'reminder', 'welcome'].flatMap((m) => [`${phase}_veldwerk-${phase}_${m}-notice.nl.html`, `${phase}_veldwerk-${phase}_${m}-text.nl.txt`]);
    expect(launch('albina', 'albina').sort()).toEqual(forms('albina').sort());
    expect(launch('brownsweg', 'brownsweg').sort()).toEqual(forms('brownsweg').sort());
    // Both branches read Dutch only: no English form, and no email to a branch whose people are all field staff.
    expect(names.filter((n) => n.includes('veldwerk') && n.includes('.en.'))).toEqual([]);
    expect(names.filter((n) => /_(albina|brownsweg)_(announcement|reminder|welcome)\./.test(n))).toEqual([]);
    const index = readFileSync(path.join(dir, 'emails', 'index.md'), 'utf8');
    const to = (file: string) => index.split('\n').find((l) => l.includes(`[${file}]`))!;
    expect(to(names.find((n) => n.includes('_albina_veldwerk-albina_announcement-text'))!)).toContain('| Veldwerk (3 personen) |');
    expect(to(names.find((n) => n.includes('_brownsweg_veldwerk-brownsweg_welcome-notice'))!)).toContain('| Veldwerk (2 personen) |');
    const text = readFileSync(path.join(dir, 'emails', names.find((n) => n.includes('_albina_veldwerk-albina_announcement-text'))!), 'utf8');
    expect(text).toContain('Vragen: bel of app Errol Pinas');
    // Everyone's emails leave out the 5 who read none: 9 - 5 = 4 people.
    const decommission = readFileSync(path.join(dir, 'emails', names.find((n) => /_decommission_decommission\.nl\.md$/.test(n))!), 'utf8');
    expect(decommission).toContain('**Aan:** Iedereen bij Stichting Bosland, behalve Veldwerk (4 personen)');
    // Counts only: no name or address from the roster in any file.
    for (const name of names) expect(readFileSync(path.join(dir, 'emails', name), 'utf8')).not.toMatch(/Sabajo|Liauw|Poeketie|[a-i]\.[a-z]+@bosland/);
  });

  it('schedule and what-if name the group in the announcement of its phases; validate is quiet with the roster, and without one says how to write it', () => {
    const dir = ngo();
    const schedule = run(['schedule', '--format', 'json'], { cwd: dir });
    const titles = (JSON.parse(schedule.stdout) as { events: { type: string; phase?: string; title: string }[] }).events.filter((e) => e.type === 'announcement');
    expect(titles.map((e) => [e.phase, e.title.includes('Veldwerk')])).toEqual([['paramaribo', false], ['albina', true], ['brownsweg', true], ['decommission', false]]);
    expect(run(['what-if', '--pause', '1w', '--at', '2027-02-01', '--lang', 'nl'], { cwd: dir }).stdout).toMatch(/Slack aankondigen aan Albina; Veldwerk: eigen bericht via WhatsApp van de ambassadeur/);
    expect(run(['validate'], { cwd: dir }).stderr).not.toContain('has no location and no launch phase names it');
    const bare = run(['validate'], { cwd: ngo(false) });
    expect(bare.status).toBe(0);
    expect(bare.stderr).toMatch(/^rollout\.yaml:\d+:\d+: warning communications\.targetedGroups\[0\]\.group: group "Veldwerk" has no location and no launch phase names it .*so render-emails writes none of its launch messages .*split it into one group per location.*add a people: roster/m);
  });
});
