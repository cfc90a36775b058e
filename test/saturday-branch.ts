/**
 * Administratiekantoor Sewnath: a pilot and the office in Paramaribo (Monday-Friday, the plan's
 * days), then the branch in Nieuw Nickerie, which works Monday-Saturday (`saturdays`), then the
 * switch-off.
 */
export const monToSat = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export const sewnath = (saturdays = true, languages = ['en', 'nl']) => ({
  name: 'Administratiekantoor Sewnath',
  headcount: 24,
  languages,
  locations: [
    { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 17 },
    { name: 'Nieuw Nickerie', timezone: 'America/Paramaribo', headcount: 7, ...(saturdays ? { workingDays: monToSat } : {}) },
  ],
  groups: [
    { name: 'Pilot', headcount: 4, kind: 'pilot', location: 'Paramaribo' },
    { name: 'Kantoor Paramaribo', headcount: 13, location: 'Paramaribo' },
    { name: 'Filiaal Nickerie', headcount: 7, location: 'Nieuw Nickerie' },
  ],
});

export const sewnathLaunches = [
  { id: 'pilot', name: 'Pilot', audience: { groups: ['Pilot'] }, weeks: 2 },
  { id: 'paramaribo', name: 'Paramaribo', audience: { groups: ['Kantoor Paramaribo'] }, weeks: 2 },
  { id: 'nickerie', name: 'Nieuw Nickerie', audience: { locations: ['Nieuw Nickerie'] }, weeks: 2 },
];

export const sewnathSwitchOff = { id: 'decommission', name: 'Switch off WhatsApp groups', kind: 'decommission', audience: 'none', weeks: 2 };
