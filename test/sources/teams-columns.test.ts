import { describe, expect, it } from 'vitest';
import { teamsColumns } from '../../src/sources/attendance/teams-columns.js';
import { Header } from '../../src/sources/columns.js';

const columns = (cells: string[]) => teamsColumns(new Header(cells, 'report.csv', 9));

describe("a Teams report's participant columns, found by their names", () => {
  it('reads the layouts of today and of 2021, in English, Dutch and German', () => {
    const today = { name: 0, join: 1, leave: 2, duration: 3, person: 4 };
    expect(columns(['Name', 'First Join', 'Last Leave', 'In-Meeting Duration', 'Email', 'Participant ID (UPN)', 'Role'])).toEqual(today);
    expect(columns(['Name', 'First join', 'Last leave', 'In-meeting duration', 'Email', 'Participant ID (UPN)', 'Role', 'Engagement: Camera On'])).toEqual(today);
    expect(columns(['Name', 'Erster Beitritt', 'Letztes Verlassen', 'Dauer der Besprechung', 'E-Mail', 'Teilnehmer-ID (UPN)', 'Rolle'])).toEqual(today);
    expect(columns(['Naam', 'Eerste keer deelgenomen', 'Laatste keer vertrokken', 'Duur in vergadering', 'E-mailadres', 'Deelnemer-id (UPN)', 'Rol'])).toEqual(today);
    expect(columns(['Full Name', 'Join Time', 'Leave Time', 'Duration', 'Email', 'Role', 'Participant ID (UPN)'])).toEqual(today);
  });

  it('takes the participant id for the person when a report has no e-mail column, wherever its (UPN) column is', () => {
    expect(columns(['Naam', 'Eerste keer deelgenomen', 'Laatste keer vertrokken', 'Duur in vergadering', 'Deelnemer-id (UPN)', 'Rol'])).toEqual({ name: 0, join: 1, leave: 2, duration: 3, person: 4 });
    expect(columns(['Name', 'Erster Beitritt', 'Letztes Verlassen', 'Dauer der Besprechung', 'Rolle', 'Teilnehmer-ID (UPN)'])).toEqual({ name: 0, join: 1, leave: 2, duration: 3, person: 5 });
    expect(columns(['Participant ID (UPN)', 'Name', 'In-Meeting Duration', 'First Join', 'Last Leave', 'Role'])).toEqual({ name: 1, join: 3, leave: 4, duration: 2, person: 0 });
  });

  it('finds a column whose name it does not know by its place, where the (UPN) column is where Teams puts it', () => {
    expect(columns(['Nom', 'Première participation', 'Dernier départ', 'Durée de la réunion', 'E-mail', 'ID du participant (UPN)', 'Rôle'])).toEqual({ name: 0, join: 1, leave: 2, duration: 3, person: 4 });
  });
});
