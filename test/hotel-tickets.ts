import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';
import { ZENDESK_HEADER } from './zendesk-tickets.js';

/** The hotel group's colleagues who raise tickets: in Paramaribo, at the resort in Willemstad (an hour behind) and in the Amsterdam sales office. */
export const PARAMARIBO = 'sharda.ramcharan@zonneveldhotels.sr';
export const WILLEMSTAD = 'jurgen.martina@zonneveldhotels.sr';
export const AMSTERDAM = 'eva.visser@zonneveldhotels.sr';

/** Any of their names or addresses, which no output may show. */
export const PERSONAL = /sharda|ramcharan|jurgen|martina|eva\.visser|Visser/i;

/** A ticket: when Zendesk says it was created (its own `+0100`, or UTC) and who raised it. */
export type HotelTicket = [created: string, requester: string];

/**
 * The hotel group's plan, with a gate on Amsterdam's ticket trend, over one Zendesk export read
 * per requester (`person: Requester email`), downloaded on `download`; its folder.
 */
export function hotelHelpdesk(tickets: HotelTicket[], download = '2027-03-24'): string {
  const dir = tempDir();
  const plan = [
    'version: 1',
    'tool: { name: Google Chat, contact: { name: IT-helpdesk, email: helpdesk@zonneveldhotels.sr } }',
    'organization:',
    '  name: Hotelgroep Zonneveld',
    '  headcount: 6',
    '  languages: [nl, en]',
    '  locations:',
    '    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 2 }',
    '    - { name: Willemstad, timezone: America/Curacao, headcount: 2 }',
    '    - { name: Amsterdam, timezone: Europe/Amsterdam, headcount: 2 }',
    '  groups:',
    '    - { name: IT pilot, headcount: 2, kind: pilot, location: Paramaribo }',
    '    - { name: Resort Willemstad, headcount: 2, kind: department, location: Willemstad }',
    '    - { name: Sales Amsterdam, headcount: 2, kind: department, location: Amsterdam }',
    'start: 2027-03-01',
    'phases:',
    '  - { id: pilot, name: Pilot, audience: { groups: [IT pilot] }, weeks: 2 }',
    '  - { id: rest, name: Resort and sales, audience: { groups: [Resort Willemstad, Sales Amsterdam] }, weeks: 2 }',
    'gates:',
    '  - { id: pilot-go-no-go, phase: pilot, metric: active_use_pct, threshold: 60, due: day-before, guards: next }',
    '  - { id: ams-tickets, phase: rest, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 2w, location: Amsterdam }',
    'people:',
    '  file: people.csv',
    '  columns: { person: E-mail, name: Naam, group: Afdeling }',
    'sources:',
    '  - file: "exports/zendesk-tickets-*.csv"',
    '    kind: events',
    '    date: Created at',
    '    where: { Tags: { tag: workspace } }',
    '    person: Requester email',
    '    metric: support_tickets',
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'rollout.yaml'), plan);
  const people = [
    [PARAMARIBO, 'IT pilot'],
    ['ravi.baldew@zonneveldhotels.sr', 'IT pilot'],
    [WILLEMSTAD, 'Resort Willemstad'],
    ['maria.koeiman@zonneveldhotels.sr', 'Resort Willemstad'],
    [AMSTERDAM, 'Sales Amsterdam'],
    ['joost.bakker@zonneveldhotels.sr', 'Sales Amsterdam'],
  ];
  writeFileSync(path.join(dir, 'people.csv'), `Naam,E-mail,Afdeling\n${people.map(([address, group]) => `${address!.split('@')[0]!.replace('.', ' ')},${address},${group}`).join('\n')}\n`);
  const rows = tickets.map(([created, requester], i) => {
    const name = requester.split('@')[0]!.replace('.', ' ');
    return `,${2000 + i},${name},47${i}00,,${requester},zonneveldhotels.sr,${name},Anand Ramdin,IT,"Chat login, laptop ""kantoor""",workspace chat_login,solved,normal,Web,incident,${created},${created},,Zonneveld,,,,1,,1,1,0,1`;
  });
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'exports', `zendesk-tickets-${download}.csv`), `\uFEFF${[ZENDESK_HEADER, ...rows].join('\r\n')}\r\n`);
  return dir;
}
