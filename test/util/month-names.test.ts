import { describe, expect, it } from 'vitest';
import { AmbiguousDates, DateColumn } from '../../src/util/date-order.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { monthNameProblem, parseMonthName } from '../../src/util/month-names.js';

const march5 = parseDay('2027-03-05');

describe('dates with the month written as a word', () => {
  it.each(['Mar 5, 2027', 'Mar 05, 2027', 'March 5, 2027', 'mar 5 2027', 'Mar. 5, 2027', 'Mar 5,2027', 'Mar 5, 2027 14:03', 'Mar 5, 2027, 2:03 PM', '5 Mar 2027', '05-Mar-2027', '5 March 2027', ' Mar 5, 2027 '])('reads %s', (text) => {
    expect(parseMonthName(text)).toBe(march5);
  });

  it('reads every month by its abbreviation and its full name, and Sept', () => {
    const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const full = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    expect(names.map((m) => formatDay(parseMonthName(`${m} 1, 2027`)!))).toEqual(full.map((m) => formatDay(parseMonthName(`${m} 1, 2027`)!)));
    expect(formatDay(parseMonthName('Dec 31, 2026')!)).toBe('2026-12-31');
    expect(formatDay(parseMonthName('Sept 9, 2027')!)).toBe('2027-09-09');
  });

  it.each(['5/Mar/27 9:15 AM', '05/Mar/27 9:15 PM', '05/mrt./27 09:15', '05/mrt/27', '05/Maart/2027', '5 mrt 2027', 'maart 5, 2027', '05-Mar-27'])('reads Jira\'s form and Dutch month names: %s', (text) => {
    expect(parseMonthName(text)).toBe(march5);
  });

  it('reads the Dutch abbreviations Jira writes for a Dutch user, each as its month', () => {
    const dutch = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
    expect(dutch.map((m) => formatDay(parseMonthName(`01/${m}/27 10:00`)!).slice(5, 7))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
  });

  it.each(['Feb 30, 2027', 'Mrz 5, 2027', '30/Feb/27 9:15 AM', '05/Mar/270', '05/Mar-27', 'Ma 5, 2027', 'Mar 5, 27', 'Mar 2027', '2027-03-05', '3/5/2027', 'yesterday', ''])('refuses %s', (text) => {
    expect(parseMonthName(text)).toBeUndefined();
  });

  it('says what is wrong with a word that names no month, and with a day the month lacks', () => {
    expect(monthNameProblem('Mrz 5, 2027', true)).toBe('names no month: "Mrz" is not a month name (Jan to Dec or January to December, in English or Dutch)');
    // A cell that could be someone's name is not quoted, nor its word.
    expect(monthNameProblem('Mrz 5, 2027', false)).toBe('names no month: the word in it is not a month name (Jan to Dec or January to December, in English or Dutch)');
    expect(monthNameProblem('02/Mrz/27 9:15 AM', true)).toBe('names no month: "Mrz" is not a month name (Jan to Dec or January to December, in English or Dutch)');
    expect(monthNameProblem('Feb 30, 2027', false)).toBe('is not a real date');
    expect(monthNameProblem('3/5/2027', true)).toBeUndefined();
  });

  it('never settles the order of numeric dates: month names and 4/1/2027 in one column still ask for dateFormat', () => {
    const column = new DateColumn('auto');
    expect(column.read('Mar 5, 2027', 2)).toBe(march5);
    column.read('4/1/2027', 3);
    expect(column.decided).toBeUndefined();
    expect(() => column.finish()).toThrow(AmbiguousDates);
  });

  it('reads a month name under a dateFormat of any order, where the name cannot be mistaken', () => {
    expect(new DateColumn('dmy').read('Mar 5, 2027', 2)).toBe(march5);
    expect(new DateColumn('mdy').read('5 Mar 2027', 2)).toBe(march5);
    expect(new DateColumn('auto').problem('Mrz 5, 2027', ' "Mrz 5, 2027"').problem).toBe('date "Mrz 5, 2027" names no month: "Mrz" is not a month name (Jan to Dec or January to December, in English or Dutch)');
    expect(new DateColumn('dmy').read('02/Mar/27 9:15 AM', 2)).toBe(parseDay('2027-03-02'));
  });

  it('lists every form it reads, the month-name ones too, when a date is none of them', () => {
    expect(new DateColumn('auto').problem('2/3/27/4', ' "2/3/27/4"').problem).toBe(
      'date "2/3/27/4" is not a real date written YYYY-MM-DD, DD-MM-YYYY, MM/DD/YYYY or with a month name (5 Mar 2027, Mar 5, 2027, 05/Mar/27)',
    );
  });
});
