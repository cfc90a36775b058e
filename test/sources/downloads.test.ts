import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { downloadText, downloadToday, gateDownloads, laterCopies } from '../../src/sources/downloads.js';
import { example, validPlan } from '../helpers.js';

const adoption = validPlan(readFileSync(example('adoption.yaml'), 'utf8'));

describe('the exports a gate is judged on, to download on its due day', () => {
  it('are the sources that give its metric, as the plan writes them', () => {
    expect(gateDownloads(adoption, 'active_use_pct')).toEqual([{ kind: 'activity', file: 'adoption/exports/TeamsUserActivityUserDetail*.csv' }]);
    // Two survey forms asking one question: both sheets.
    expect(gateDownloads(adoption, 'satisfaction')).toEqual([
      { kind: 'responses', file: 'adoption/exports/Teams survey (Responses) - Form Responses 1.csv' },
      { kind: 'responses', file: 'adoption/exports/Teams-enquete.xlsx' },
    ]);
    expect(gateDownloads(adoption, 'tickets')).toEqual([{ kind: 'events', file: 'adoption/exports/tickets-export-*.csv' }]);
    expect(gateDownloads(adoption, 'slack_active_pct')).toEqual([{ kind: 'daily', file: 'adoption/exports/slack-analytics-overview-*.csv' }]);
    expect(gateDownloads(adoption, 'training_completion_pct')).toEqual([{ kind: 'attendance', file: 'adoption/exports/training/*.csv' }]);
  });

  it('are the --metrics file for a metric no source gives', () => {
    expect(gateDownloads(adoption, 'support_tickets')).toEqual([{ kind: 'metrics' }]);
    expect(downloadText({ kind: 'metrics' }, 'en')).toBe('the metrics export that gate-check --metrics reads');
    expect(downloadText({ kind: 'metrics' }, 'nl')).toBe('de export met metingen die gate-check --metrics leest');
  });

  it('name each export, the folder it goes into and its file name, in English and Dutch', () => {
    const teams = { kind: 'activity' as const, file: 'exports/TeamsUserActivityUserDetail*.csv' };
    expect(downloadText(teams, 'en')).toBe('the Teams user activity report into exports/ as TeamsUserActivityUserDetail*.csv');
    expect(downloadText(teams, 'nl')).toBe('het Teams-rapport gebruikersactiviteit in exports/ als TeamsUserActivityUserDetail*.csv');
    const m365 = { kind: 'activity' as const, file: 'data/m365/Microsoft365ActiveUserDetail*.csv' };
    expect(downloadText(m365, 'en')).toBe('the Microsoft 365 active users report into data/m365/ as Microsoft365ActiveUserDetail*.csv');
    // Any other activity export by its kind; a file beside the plan, and a folder written the Windows way.
    expect(downloadText({ kind: 'activity', file: 'slack-members-*.csv' }, 'en')).toBe("the activity report into the plan's folder as slack-members-*.csv");
    expect(downloadText({ kind: 'responses', file: 'enquete.xlsx' }, 'nl')).toBe('het blad met de antwoorden op de peiling in de map van het plan als enquete.xlsx');
    expect(downloadText({ kind: 'events', file: 'exports\\helpdesk\\tickets-*.csv' }, 'en')).toBe('the ticket export into exports\\helpdesk\\ as tickets-*.csv');
    // Any file of a folder: the folder, no name to save under.
    expect(downloadText({ kind: 'attendance', file: 'exports/training/*' }, 'nl')).toBe('de aanwezigheidsrapporten van de trainingen in exports/training/');
    expect(downloadText({ kind: 'attendance', file: 'exports/training/*.*' }, 'en')).toBe('the attendance reports of the training sessions into exports/training/');
    expect(downloadText({ kind: 'attendance', file: 'exports/training/*.csv' }, 'en')).toBe('the attendance reports of the training sessions into exports/training/ as *.csv');
  });

  it('say on the due day to download them that day, and why', () => {
    const both = [
      { kind: 'activity' as const, file: 'exports/TeamsUserActivityUserDetail*.csv' },
      { kind: 'responses' as const, file: 'exports/Teams-enquete.xlsx' },
      { kind: 'activity' as const, file: 'exports/TeamsUserActivityUserDetail*.csv' },
    ];
    expect(downloadToday(both, 'en')).toBe(
      'Download today, before the working day ends: the Teams user activity report into exports/ as TeamsUserActivityUserDetail*.csv and the survey answers sheet into exports/ as Teams-enquete.xlsx. This gate is judged on the rows dated up to today. The Teams user activity report: each copy is dated by the day it was refreshed, so one refreshed after the due day counts only for the gates due after it. The survey answers sheet: each row carries its own date, so a copy downloaded later still counts, with its rows dated up to the due day (also those added since); its rows dated after it do not count.',
    );
    expect(downloadToday(both, 'nl')).toBe(
      'Vandaag downloaden, vóór het einde van de werkdag: het Teams-rapport gebruikersactiviteit in exports/ als TeamsUserActivityUserDetail*.csv en het blad met de antwoorden op de peiling in exports/ als Teams-enquete.xlsx. Dit toetsmoment wordt beoordeeld op de rijen met een datum tot en met vandaag. Het Teams-rapport gebruikersactiviteit: elk exemplaar heeft de datum van de dag waarop het is vernieuwd, dus een exemplaar dat na de dag van het toetsmoment is vernieuwd, telt alleen voor de toetsmomenten daarna. Het blad met de antwoorden op de peiling: elke rij heeft een eigen datum, dus een exemplaar dat later wordt gedownload, telt nog mee, met de rijen met een datum tot en met de dag van het toetsmoment (ook rijen die er sindsdien bij zijn gekomen); rijen met een latere datum tellen niet mee.',
    );
  });

  it('say per kind what a copy downloaded after the due day changes, and that only a refreshed report does not count', () => {
    for (const lang of ['en', 'nl'] as const) {
      const [tickets, ...none] = laterCopies([{ kind: 'events', file: 'exports/tickets-*.csv' }], lang);
      expect(none).toEqual([]);
      // The day in the file name is the day it was downloaded: the working days before it without a ticket count as 0.
      expect(tickets).toContain(lang === 'en' ? 'counts as 0 up to the day before the date in the file name, the day it was downloaded' : 'telt als 0 tot en met de dag vóór de datum in de bestandsnaam, de dag van het downloaden');
      // Without one, a later ticket of any kind makes the empty working days up to the due day count as 0.
      expect(tickets).toContain(lang === 'en' ? 'in a copy without a date in its name, only once it holds a ticket (of any kind) dated that day or later' : 'in een exemplaar zonder datum in de naam pas als het een melding (van welke soort ook) van die dag of later bevat');
      expect(tickets).toContain(lang === 'en' ? 'change the verdict' : 'de uitkomst veranderen');
      const rowDated = laterCopies([{ kind: 'daily' }, { kind: 'responses' }, { kind: 'attendance' }, { kind: 'metrics' }], lang);
      expect(rowDated).toHaveLength(1);
      expect(rowDated[0]).toContain(lang === 'en' ? 'a copy downloaded later still counts' : 'een exemplaar dat later wordt gedownload, telt nog mee');
      expect(laterCopies([{ kind: 'activity', file: 'exports/TeamsUserActivityUserDetail*.csv' }], lang)[0]).toContain(lang === 'en' ? 'counts only for the gates due after it' : 'telt alleen voor de toetsmomenten daarna');
    }
    // One sentence for each way of dating rows, in the same order whatever order the gate gives.
    const en = laterCopies([{ kind: 'events' }, { kind: 'daily' }, { kind: 'activity' }, { kind: 'responses' }], 'en');
    expect(en.map((s) => s.slice(0, s.indexOf(':')))).toEqual(['The activity report', 'The daily export and the survey answers sheet', 'The ticket export']);
  });
});
