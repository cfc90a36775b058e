import type { Language } from '../plan/schema.js';

export { word } from '../plan/builtin-text.js';

export const LANGUAGE_NAMES: Record<Language, Record<Language, string>> = {
  en: { en: 'English', nl: 'Dutch' },
  nl: { en: 'Engels', nl: 'Nederlands' },
};

/** Who reads an email's draft in its own language, in its `To:` when they are not all it reaches. */
export const LANGUAGE_READERS: Record<Language, string> = { en: 'English readers', nl: 'Nederlandstalige lezers' };

/** Labels of the decommission steps the schedule dates; its `archive` step is what `tool.oldData` says. */
export const DECOMMISSION_STEPS: Record<string, Record<Language, string>> = {
  'export-data': { en: 'Export the data', nl: 'Gegevens exporteren' },
  archive: { en: 'Archive it for reference', nl: 'Archiveren om later na te kunnen slaan' },
  delete: { en: 'Delete its data after the import', nl: 'De gegevens verwijderen na de import' },
  keep: { en: 'Keep its data where it is', nl: 'De gegevens laten staan' },
  'turn-off': { en: 'Turn off or cancel', nl: 'Uitzetten of opzeggen' },
  celebrate: { en: 'Celebrate the switch', nl: 'De overstap vieren' },
};

export const REVIEW_LABELS: Record<string, Record<Language, string>> = {
  'week-1': { en: 'Review after week 1', nl: 'Evaluatie na week 1' },
  'month-1': { en: 'Review after month 1', nl: 'Evaluatie na maand 1' },
  'month-3': { en: 'Review after month 3', nl: 'Evaluatie na maand 3' },
};

/** Words of the file headers and the index, per language. */
export const LABELS: Record<Language, Record<'subject' | 'send' | 'due' | 'from' | 'to' | 'for' | 'people' | 'person' | 'everyone' | 'except', string>> = {
  en: { subject: 'Subject', send: 'Send on', due: 'Due', from: 'From', to: 'To', for: 'For', people: 'people', person: 'person', everyone: 'Everyone at', except: 'except' },
  nl: { subject: 'Onderwerp', send: 'Versturen op', due: 'Uiterlijk', from: 'Van', to: 'Aan', for: 'Voor', people: 'personen', person: 'persoon', everyone: 'Iedereen bij', except: 'behalve' },
};

export const BY_LABELS: Record<'group' | 'location' | 'department' | 'workload', Record<Language, string>> = {
  group: { en: 'group', nl: 'groep' },
  location: { en: 'location', nl: 'vestiging' },
  department: { en: 'department', nl: 'afdeling' },
  workload: { en: 'workload', nl: 'toepassing' },
};
