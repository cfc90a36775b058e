/**
 * Stichting Kustzorg: 20 at the head office in Paramaribo (08:00-17:00, Monday to Friday), 10 at
 * the clinic in Albina on the night shift (23:00-07:00, the shift beginning Monday to Friday
 * evenings). `albina`: lines written in under Albina's entry, from line 14; `training`: the
 * plan's training, on line 18 and after `albina`.
 */
export const nightShiftPlan = (albina = '', training = 'training: { sessionTime: "10:00", sessionMinutes: 90 }') => `version: 1
tool: { name: Microsoft Teams, contact: { name: Servicedesk, email: servicedesk@kustzorg.sr } }
organization:
  name: Stichting Kustzorg
  headcount: 30
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 20, champion: Nadia }
    - name: Albina
      timezone: America/Paramaribo
      headcount: 10
      champion: Errol
      workingHours: { start: "23:00", end: "07:00" }
${albina}start: 2027-03-01
phases:
  - { id: paramaribo, name: Paramaribo, audience: { locations: [Paramaribo] }, weeks: 2 }
  - { id: albina, name: Albina, audience: { locations: [Albina] }, weeks: 2 }
${training}
`;
