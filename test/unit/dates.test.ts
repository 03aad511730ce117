import * as assert from 'assert/strict';
import { UniqueIds } from '../../src/core/base/ids';
import { formatBriefDay, formatDateRange, formatDay, formatShortDay } from '../../src/core/time/dates';

/** `count` consecutive days from 2020-01-01, as `YYYY-MM-DD`. */
function days(count: number): string[] {
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
}

/** What `Intl` writes for a day in UTC, made afresh each time. */
function intl(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

describe('dates as the faces write them (remembered once written)', () => {
  it('writes each day as Intl does, in every style and locale, however many days were written before (more than it remembers)', () => {
    const styles: [(date: string, locale: string) => string, Intl.DateTimeFormatOptions][] = [
      [formatDay, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }],
      [formatShortDay, { weekday: 'short', day: 'numeric', month: 'long' }],
      [formatBriefDay, { weekday: 'short', day: 'numeric', month: 'short' }],
    ];
    const all = days(2500);
    for (const locale of ['en-GB', 'fr', 'ar']) {
      for (const [format, options] of styles) {
        for (const round of [1, 2]) {
          for (const date of all.filter((_, i) => i % (round === 1 ? 1 : 97) === 0)) assert.equal(format(date, locale), intl(date, locale, options), `${date} in ${locale}`);
        }
      }
    }
    assert.equal(formatDay('2020-02-29', 'en-GB'), 'Saturday, 29 February 2020');
    assert.equal(formatDay('2020-02-29', 'fr'), 'samedi 29 février 2020');
  });

  it('gives back text that is not a date as it is, and a range of dates as Intl writes it', () => {
    assert.equal(formatDay('next spring', 'en-GB'), 'next spring');
    assert.equal(formatDay('2020-02-30', 'en-GB'), '2020-02-30');
    const range = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(new Date('2020-04-24T00:00:00Z'), new Date('2020-04-25T00:00:00Z'));
    assert.equal(formatDateRange('2020-04-24', '2020-04-25', 'en-GB'), range);
    assert.equal(formatDateRange('2020-04-24', undefined, 'en-GB'), '24 April 2020');
  });
});

describe('UniqueIds', () => {
  it('gives the base the first time, then numbered, and never an id given before, whatever order bases come in', () => {
    const ids = new UniqueIds('-');
    assert.deepEqual(['a', 'a', 'a-2', 'a', 'b', 'a-3', 'a', 'b'].map((base) => ids.take(base)), ['a', 'a-2', 'a-2-2', 'a-3', 'b', 'a-3-2', 'a-4', 'b-2']);
  });
});
