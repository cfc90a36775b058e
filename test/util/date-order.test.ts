import { describe, expect, it } from 'vitest';
import { AmbiguousDates, DateColumn, dateOrder, DATE_FORMAT, parseOrdered, UNDECIDED } from '../../src/util/date-order.js';
import { parseDay } from '../../src/util/dates.js';

const march5 = parseDay('2027-03-05');

describe('parseOrdered', () => {
  it.each(['2027-03-05', '2027-03-05T09:30:00Z', '2027-03-05 09:30', '2027/03/05', '2027.3.5', ' 2027-03-05 '])('reads %s year-first', (text) => {
    expect(parseOrdered(text, 'ymd')).toBe(march5);
  });

  it.each(['05-03-2027', '5-3-2027', '05/03/2027', '05.03.2027', '5-3-2027 14:40:26'])('reads %s day-first', (text) => {
    expect(parseOrdered(text, 'dmy')).toBe(march5);
  });

  it.each(['03/05/2027', '3/5/2027 14:40:26', '3/5/2027, 2:40 PM', '03-05-2027'])('reads %s month-first', (text) => {
    expect(parseOrdered(text, 'mdy')).toBe(march5);
  });

  it.each(['2027-02-30', '31-04-2027', '03-05-27', 'tomorrow', '', '2027-03-05x'])('refuses %s', (text) => {
    expect(parseOrdered(text, 'ymd') ?? parseOrdered(text, 'dmy') ?? parseOrdered(text, 'mdy')).toBeUndefined();
  });

  it('keeps to the order it is given', () => {
    expect(parseOrdered('05-03-2027', 'ymd')).toBeUndefined();
    expect(parseOrdered('2027-03-05', 'dmy')).toBeUndefined();
    expect(parseOrdered('3/16/2027', 'dmy')).toBeUndefined();
    expect(parseOrdered('16-3-2027', 'mdy')).toBeUndefined();
  });
});

describe('dateFormat', () => {
  it.each([
    ['auto', 'auto'],
    ['yyyy-mm-dd', 'ymd'],
    ['dd-mm-yyyy', 'dmy'],
    ['d-m-yyyy', 'dmy'],
    ['DD/MM/YYYY', 'dmy'],
    ['mm-dd-yyyy', 'mdy'],
    ['m/d/yyyy', 'mdy'],
    ['mm.dd.yyyy', 'mdy'],
  ])('%s is %s', (format, order) => {
    expect(DATE_FORMAT.test(format)).toBe(true);
    expect(dateOrder(format)).toBe(order);
  });

  it.each(['dd-mm-yy', 'yyyy-dd', 'dd-mm/yyyy', 'us', 'mm-yyyy-dd'])('refuses %s', (format) => {
    expect(DATE_FORMAT.test(format)).toBe(false);
  });
});

describe('DateColumn', () => {
  it('takes the order from the first value only one order reads, and then reads the held ones in it', () => {
    let settled = 0;
    const column = new DateColumn('auto', () => settled++);
    column.place('survey.csv', 1);
    expect(column.read('4/1/2027', 2)).toBe(UNDECIDED);
    expect(column.read('3/3/2027', 3)).toBe(parseDay('2027-03-03'));
    expect(column.read('3/16/2027 14:40:26', 4)).toBe(parseDay('2027-03-16'));
    expect(settled).toBe(1);
    expect(column.decided).toBe('mdy');
    expect(column.read('4/1/2027', 2)).toBe(parseDay('2027-04-01'));
    expect(column.read('16/3/2027', 5)).toBeUndefined();
    expect(() => column.finish()).not.toThrow();
  });

  it('stops when every value reads both ways, naming the file, two values and dateFormat', () => {
    const column = new DateColumn('auto');
    column.place('exports/tickets.csv', 3);
    for (const [line, text] of ['04/01/2027 09:12', '04/01/2027 10:40', '04/02/2027 08:05'].entries()) column.read(text, line + 2);
    expect(() => column.finish()).toThrow(AmbiguousDates);
    expect(() => column.finish()).toThrow(
      'exports/tickets.csv:2:3: every date, such as "04/01/2027 09:12" and "04/02/2027 08:05", reads both day-first and month-first; say which with dateFormat: dd-mm-yyyy ("04/01/2027 09:12" is 4 January) or dateFormat: mm-dd-yyyy ("04/01/2027 09:12" is 1 April)',
    );
  });

  it('reads year-first dates in any file and under any named order, other dates in the named order only', () => {
    const auto = new DateColumn('auto');
    expect(auto.read('2027-04-01', 2)).toBe(parseDay('2027-04-01'));
    expect(auto.decided).toBeUndefined();
    const named = new DateColumn('mdy');
    expect(named.read('4/1/2027', 2)).toBe(parseDay('2027-04-01'));
    expect(named.read('2027-04-02', 3)).toBe(parseDay('2027-04-02'));
    expect(named.read('13/4/2027', 4)).toBeUndefined();
  });
});

describe('DateColumn.problem', () => {
  it('blames the plan key, with its place, when the value is a date in another order', () => {
    const column = new DateColumn('mdy', undefined, { key: 'sources[3].dateFormat', at: 'rollout.yaml:70:17' });
    expect(column.read('16-3-2027', 2)).toBeUndefined();
    expect(column.problem('16-3-2027', ' "16-3-2027"')).toEqual({
      problem: 'date "16-3-2027" is not a real date written MM/DD/YYYY, the order sources[3].dateFormat sets at rollout.yaml:70:17',
      fix: 'read day-first, "16-3-2027" is 16 March: set sources[3].dateFormat: dd-mm-yyyy',
    });
  });

  it('leaves the export at fault when no order reads the value, or when the plan named none', () => {
    expect(new DateColumn('mdy').problem('36-3-2027', ' "36-3-2027"')).toEqual({ problem: 'date "36-3-2027" is not a real date written MM/DD/YYYY' });
    expect(new DateColumn('auto').problem('2027-02-30', ' "2027-02-30"')).toEqual({ problem: 'date "2027-02-30" is not a real date written YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY or with a month name (5 Mar 2027, Mar 5, 2027, 05/Mar/27)' });
  });
});
