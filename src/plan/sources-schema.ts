import { z } from 'zod';
import './zod-jitless.js';
import { DATE_FORMAT } from '../util/date-order.js';
import { CADENCE, CADENCE_ERROR, isIsoDate } from '../util/dates.js';

/** `people:` and `sources:`: the roster and the raw exports the tool computes metrics from. */

export const dateFormat = z
  .string()
  .regex(DATE_FORMAT, 'expected auto, yyyy-mm-dd, dd-mm-yyyy or mm-dd-yyyy (any of - / . between the parts)')
  .describe('The order of the date parts: yyyy-mm-dd, dd-mm-yyyy (= d-m-yyyy) or mm-dd-yyyy (= m/d/yyyy); a time may follow. auto reads the whole column and stops when both orders fit. A date with a month name in English or Dutch (Mar 5, 2027, or 05/Mar/27 9:15 AM as Jira writes it) reads in any order.');

const column = z.string().min(1).describe('A column name in the header, matched without regard to case.');
const metricName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'expected a metric name such as active_use_pct');

/** How a file is read, for what detection cannot tell. */
const reading = {
  sheet: z.union([z.string().min(1), z.int().positive()]).optional().describe('.xlsx: the sheet to read, by name or number (default: the first).'),
  delimiter: z.enum([',', ';', 'tab']).optional().describe('CSV: the delimiter (default: detected from the header).'),
  decimal: z.enum(['.', ',']).optional().describe("The decimal mark (default: ',' in a ';' or tab file, else '.')."),
  thousands: z.enum([',', '.', ' ', "'"]).optional().describe('A thousands separator to ignore in numbers.'),
};

const cellValue = z.union([z.string(), z.number(), z.boolean()]);
const tag = z.string().regex(/^[^\s,;]+$/, 'expected one tag, without spaces, commas or semicolons: they separate the tags of a cell');
const rowFilter = z.record(
  z.string(),
  z.union([
    cellValue,
    z.array(cellValue).min(1).describe('Any of these whole cells: the same word as reports in two languages write it (Suspended, Opgeschort).'),
    z.strictObject({ tag: z.union([tag, z.array(tag).min(1)]).describe('The cell lists words separated by spaces, commas or semicolons (Zendesk\'s Tags), one of which is this tag or one of these (* stands for any text).') }),
    z.strictObject({ is: cellValue.describe('The whole cell is this value, without the note on cells that hold it among other words.') }),
  ]).meta({ id: 'cellCondition', description: 'A whole cell (* stands for any text), a list of whole cells any of which will do, { tag: ... } for one of the tags a cell lists, or { is: ... } for the whole cell said so.' }),
);

/** A value of `where:` or `exclude:`: a whole cell, a list of whole cells, one tag of a list in a cell, or a whole cell said so. */
export type CellCondition = z.infer<typeof rowFilter>[string];

export const people = z
  .strictObject({
    file: z.string().min(1).describe('CSV or .xlsx, relative to the plan.'),
    columns: z.strictObject({
      person: column.describe('The id that the exports use for a person: an e-mail address or user name.'),
      name: column.optional(),
      group: column.optional(),
      location: column.optional(),
      phase: column.optional().describe("Needed when a phase's audience is a share (15%)."),
      language: column
        .optional()
        .describe("The language a person reads (nl or en; Nederlands, Dutch, English, Engels): each email is written once per language its readers read, addressed to that language's readers. Empty: the languages of the person's location."),
      joined: column.optional().describe('The day a person started: before it they count for no share.'),
      left: column.optional().describe('The first day a person was gone: from it they count for no share. Keep a leaver’s row with this date rather than deleting it, so that past days keep their shares.'),
      formerIds: column
        .optional()
        .describe('The ids a person had before (a renamed e-mail address), separated by ; or ,: rows under any of them count for the person, as rows under their id do.'),
      away: column
        .optional()
        .describe('When a person is on leave: periods such as 15-3-2027 - 26-3-2027 or 15-3-2027 t/m 26-3-2027 (first and last day away), several separated by ; or a comma, one day alone for a day. On those days they count in no share, neither as active nor in the total.'),
    }),
    dateFormat: dateFormat.default('auto').describe('The order of the parts of the joined, left and away dates, as for sources (auto: the order that fits every date).'),
    exclude: rowFilter
      .optional()
      .describe('Leave out the roster rows matching any of these, such as { "Status [READ ONLY]": [Suspended, Opgeschort] }: those people count in no share and read no email.'),
    ...reading,
  })
  .describe('The roster: who is in which group, location and phase. Its names and ids never appear in any output.');

/** For an export whose newest row is the day it measures: how often a new one comes. */
const every = z
  .string()
  .regex(CADENCE, CADENCE_ERROR)
  .optional()
  .describe('How often a new export is downloaded (default 1w; 1mo for a monthly report, a calendar month): gates stop judging on its newest row once that is older than this and 3 days.');

const common = {
  file: z.string().min(1).describe('A file or a glob (* and ?) relative to the plan.'),
  date: column.describe('The column with the day a row describes.'),
  dateFormat: dateFormat.default('auto'),
  where: rowFilter
    .optional()
    .describe('Only rows whose cells equal all of these (whole cell, without regard to case; * stands for any text, and "*" alone for any cell filled in); { tag: teams } for a cell that lists teams among its tags.'),
  exclude: rowFilter.optional().describe('Leave out rows matching any of these, such as { Deactivated date (UTC): "*" }; a list gives several values for one column.'),
  ...reading,
};

const ratio = z.strictObject({ numerator: column, denominator: column });

/** The file name's date, for exports named by the window they cover (Slack's Members export). */
export const AS_OF_FILE_NAME = 'filename';

const asOfError = `expected a date written YYYY-MM-DD (the last day the export covers) or ${AS_OF_FILE_NAME} (the last date in each file's name, as Slack names its Members export)`;
const asOf = z
  .string()
  .regex(new RegExp(`^(?:\\d{4}-\\d{2}-\\d{2}|${AS_OF_FILE_NAME})$`), { error: asOfError, abort: true })
  .refine((v) => v === AS_OF_FILE_NAME || isIsoDate(v), { error: asOfError })
  .describe(`For an export with one row per person for a window and no date column: the report day, YYYY-MM-DD, or ${AS_OF_FILE_NAME} for the last date in each file's name.`);

const activity = z
  .strictObject({
    kind: z.literal('activity'),
    ...common,
    date: column.optional().describe('The column with the day a row describes; for an export without one, give asOf.'),
    asOf: asOf.optional(),
    person: column,
    lastActive: column.optional().describe('The last day the person was active.'),
    neverActive: z
      .array(z.string().trim().min(1).regex(/^\D*$/, 'expected a word with no digit, such as "Nooit ingelogd": a cell with a digit is read as a date'))
      .optional()
      .describe('Words the lastActive column writes for someone never active, besides an empty cell and Never, Never logged in, Never signed in, Nooit, Nooit ingelogd and Nooit aangemeld (whole cell, case ignored).'),
    activeWithin: z
      .string()
      .regex(/^\d+\s*[dw]$/, 'expected a duration such as 7d or 4w')
      .default('7d')
      .describe('Active = last activity within this many days up to the row date.'),
    active: column.optional().describe('For one row per person per day: active when this count is above 0.'),
    metric: metricName.default('active_use_pct'),
    every,
  })
  .refine((s) => (s.lastActive === undefined) !== (s.active === undefined), {
    message: 'an activity source needs either lastActive (a last-activity date column) or active (a per-day count column)',
  })
  .refine((s) => s.neverActive === undefined || s.lastActive !== undefined, {
    path: ['neverActive'],
    message: 'lists words of the lastActive column, which this source does not read: give lastActive, or leave neverActive out',
  })
  .refine((s) => s.date === undefined || s.asOf === undefined, {
    path: ['asOf'],
    message: 'give either date (a column with the report day of each row) or asOf (the report day of an export without one), not both',
  })
  .refine((s) => s.date !== undefined || s.asOf !== undefined, {
    path: ['date'],
    message: `is required: the column with the report day of each row; for an export without one (Slack's Members export), write asOf: YYYY-MM-DD or asOf: ${AS_OF_FILE_NAME}`,
  });

const signIns = z.strictObject({
  kind: z.literal('sign-ins'),
  ...common,
  date: column.describe('The column with the moment of each sign-in (Date (UTC)): a time with Z or an offset is dated by the day where the person works.'),
  person: column.describe('The column with who signed in, as the roster writes them (Username).'),
  activeWithin: z
    .string()
    .regex(/^\d+\s*[dw]$/, 'expected a duration such as 7d or 4w')
    .default('7d')
    .describe('Active on a day = a row that counts within this many days up to it.'),
  metric: metricName.default('active_use_pct'),
  every,
});

const daily = z.strictObject({
  kind: z.literal('daily'),
  ...common,
  metrics: z.record(metricName, z.union([column, ratio])).describe('Each metric: a column, or {numerator, denominator} as a percentage.'),
  every,
});

const responses = z.strictObject({
  kind: z.literal('responses'),
  ...common,
  person: column.optional().describe('Maps answers to the roster, so they count for that person’s phase, group and location.'),
  metrics: z.record(metricName, z.string().min(1)).describe('Each metric: the question’s header; * is a wildcard, case does not matter.'),
});

const events = z.strictObject({
  kind: z.literal('events'),
  ...common,
  person: column
    .optional()
    .describe('The column with who raised each ticket (an e-mail address or a name, such as Requester email): each then counts for that person’s phase, group and location on the roster, and every ticket for the whole organization.'),
  metric: metricName,
  every,
});

const attendance = z
  .strictObject({
    kind: z.literal('attendance'),
    ...common,
    dateFormat: dateFormat.default('auto').describe("The date order of a file whose own dates read both ways (all days 12 or less); each file's order is found from its own dates first, a Teams report's also from the way Teams writes them."),
    date: column.optional().describe("A sign-in sheet's column with the day (default: Date or Datum). Teams attendance reports are read by their own columns."),
    person: column.optional().describe("A sign-in sheet's column with who attended, an e-mail address or a name (default: Email, E-mail, ..., Name or Naam). Teams attendance reports are read by their own columns."),
    duration: column.optional().describe("A sign-in sheet's column with the time each person was there (1h 5m 20s), read with minimum. Teams attendance reports are read by their own columns."),
    minimum: z
      .string()
      .regex(/^(?=\d)(?:\d+\s*h)?\s*(?:\d+\s*m)?$/, 'expected a time such as 30m, 1h or 1h30m')
      .optional()
      .describe('Time in one meeting below which a participant does not count as trained (30m).'),
    metric: metricName.default('training_completion_pct'),
  })
  .refine((s) => s.duration === undefined || s.minimum !== undefined, {
    path: ['duration'],
    message: "names a sign-in sheet's column with the time each person was there, which only minimum reads: add minimum (such as 30m) or leave duration out (Teams attendance reports are read by their own columns)",
  });

export const source = z.discriminatedUnion('kind', [activity, signIns, daily, responses, events, attendance]);
/** The kinds a source may have, for a message about one that has none of them. */
export const SOURCE_KINDS: readonly string[] = source.options.map((o) => o.shape.kind.value);

export type People = z.output<typeof people>;
export type Source = z.output<typeof source>;
export type SourceKind = Source['kind'];
