import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { AMSTERDAM, hotelHelpdesk, PARAMARIBO, PERSONAL } from '../hotel-tickets.js';

describe("a helpdesk ticket raised just after midnight in Amsterdam, through the built binary", () => {
  it("counts for Amsterdam on Amsterdam's Tuesday and for the organization on Paramaribo's Monday", () => {
    const dir = hotelHelpdesk([
      ['2027-03-15 09:10:00 -0300', PARAMARIBO],
      ['2027-03-16 00:30:00 +0100', AMSTERDAM],
    ]);
    const metrics = run(['metrics', '--at', '2027-03-24', '--format', 'csv'], { cwd: dir });
    expect(metrics.status).toBe(0);
    const rows = metrics.stdout.split(/\r?\n/);
    expect(rows).toContain('2027-03-15,support_tickets,2,,,,2');
    expect(rows).toContain('2027-03-15,support_tickets,0,,,Amsterdam,0');
    expect(rows).toContain('2027-03-16,support_tickets,1,,,Amsterdam,1');
    expect(rows).toContain('2027-03-16,support_tickets,1,rest,,Amsterdam,1');
    expect(rows).toContain('2027-03-16,support_tickets,1,,Sales Amsterdam,,1');
    expect(`${metrics.stdout}\n${metrics.stderr}`).not.toMatch(PERSONAL);
  });
});
