/*
 * Typeform's Results > Responses > Download (CSV), as it writes it with partial responses: the
 * response token under `#`, one column per question, then `Response Type` (`completed` or
 * `partial`), `Start Date (UTC)`, `Stage Date (UTC)`, `Submit Date (UTC)` (empty for a partial
 * response), `Network ID`, `Tags` and `Ending`. Completed: satisfaction 8 and 7 (mean 7.5),
 * recommend 9 and 6 (1 promoter, 1 detractor: NPS 0); the partial ones answered the first
 * question or none.
 */
export const TYPEFORM_HEADER =
  '#,Hoe tevreden ben je tot nu toe over Google Workspace?,Hoe waarschijnlijk is het dat je Google Workspace aanraadt aan een collega?,Response Type,Start Date (UTC),Stage Date (UTC),Submit Date (UTC),Network ID,Tags,Ending';

export const TYPEFORM_ROWS = [
  'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6,8,9,completed,2027-03-09 13:00:10,2027-03-09 13:01:22,2027-03-09 13:01:22,6f1e2d3c0a,,',
  'q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6,,,partial,2027-03-09 14:00:10,2027-03-09 14:00:40,,7a2b3c4d5e,,',
  'z1x2c3v4b5n6m7q8w9e0r1t2y3u4i5o6,7,6,completed,2027-03-10 10:00:00,2027-03-10 10:01:00,2027-03-10 10:01:00,8b3c4d5e6f,,',
  'k9j8h7g6f5d4s3a2p1o0i9u8y7t6r5e4,3,,partial,2027-03-10 11:00:00,2027-03-10 11:00:30,,9c4d5e6f7a,,',
];

/** The CSV as Typeform writes it: LF line ends, no byte order mark. */
export function typeformCsv(rows: string[] = TYPEFORM_ROWS): string {
  return `${[TYPEFORM_HEADER, ...rows].join('\n')}\n`;
}

/** The README's Typeform source. */
export const TYPEFORM_METRICS = { satisfaction: 'Hoe tevreden*', nps: 'Hoe waarschijnlijk*' };
