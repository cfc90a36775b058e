/**
 * A hotel group's resort in Willemstad, whose launch is meant for Easter Monday 29 March 2027 and
 * held over to Tuesday 30 March, with its success gate 4 weeks after the launch; `pauses` as YAML
 * flow lines. The plan as YAML text.
 */
export function resortPlan(pauses: string[] = []): string {
  return [
    'version: 1',
    'tool: { name: Google Chat, contact: { name: IT-helpdesk, email: helpdesk@zonneveldhotels.sr } }',
    'organization:',
    '  name: Hotelgroep Zonneveld',
    '  headcount: 20',
    '  languages: [en]',
    '  locations:',
    '    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 6 }',
    '    - { name: Willemstad, timezone: America/Curacao, headcount: 14 }',
    '  groups:',
    '    - { name: IT pilot, headcount: 6, kind: pilot, location: Paramaribo }',
    '    - { name: Resort Willemstad, headcount: 14, kind: department, location: Willemstad }',
    'start: 2027-03-01',
    'calendar:',
    '  timezone: America/Paramaribo',
    '  holidays:',
    '    - { date: 2027-03-29, name: Easter Monday }',
    'phases:',
    '  - { id: pilot, name: Pilot, audience: { groups: [IT pilot] }, weeks: 4 }',
    '  - { id: resort, name: Resort, audience: { groups: [Resort Willemstad] }, weeks: 2 }',
    'gates:',
    '  - { id: pilot-go-no-go, phase: pilot, metric: active_use_pct, threshold: 60, due: day-before, guards: next }',
    '  - { id: resort-success, phase: resort, metric: active_use_pct, threshold: 80, within: 4w }',
    ...(pauses.length > 0 ? ['pauses:', ...pauses.map((p) => `  - ${p}`)] : []),
    '',
  ].join('\n');
}
