import * as assert from 'assert/strict';
import { isCalendarDate } from '../../src/core/time/time';

/** What `Date` takes for a calendar date: it reads the text and writes the same day back. */
function dateAgrees(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

describe('isCalendarDate', () => {
  it('takes the days that exist, leap days by the Gregorian rule, and nothing else', () => {
    assert.deepEqual(['2020-02-29', '2000-02-29', '2021-02-29', '1900-02-29', '2020-04-31', '2020-04-30', '2020-12-31', '2020-13-01', '2020-00-10', '2020-01-00', '2020-4-24', '20200424', ' 2020-04-24', ''].map(isCalendarDate),
      [true, true, false, false, false, true, true, false, false, false, false, false, false, false]);
    assert.equal(isCalendarDate(undefined), false);
  });

  it('agrees with Date on every month 00 to 13 and day 00 to 39 of years around each leap rule and the ends of the range', () => {
    let days = 0;
    for (const year of [0, 1, 2, 3, 4, 100, 400, 1599, 1600, 1601, 1899, 1900, 1901, 1999, 2000, 2001, 2023, 2024, 2025, 2100, 9996, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 39; day++) {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          assert.equal(isCalendarDate(text), dateAgrees(text), text);
          if (dateAgrees(text)) days++;
        }
      }
    }
    assert.equal(days, 22 * 365 + 7);
  });
});
