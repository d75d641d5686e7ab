import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkIsoDate } from '../../server/src/engine/dates/isoDate';
import { findTextDates, readLooseDate } from '../../server/src/engine/dates/textDates';

const NOW = new Date('2026-11-21T12:00:00Z');

describe('dates', () => {
  it('finds absolute dates written the English and the Norwegian way', () => {
    const text = 'On 15 August 2020, then August 16, 2020, valget 9. august 2020, 17.08.2020 and 2020-08-18; not 9. august alone.';
    assert.deepEqual(findTextDates(text).map((d) => [d.value, d.text]), [
      ['2020-08-15', '15 August 2020'],
      ['2020-08-16', 'August 16, 2020'],
      ['2020-08-09', '9. august 2020'],
      ['2020-08-17', '17.08.2020'],
      ['2020-08-18', '2020-08-18'],
    ]);
  });

  it('accepts reduced ISO dates and timestamps, and rejects impossible and future ones', () => {
    assert.deepEqual(checkIsoDate('2020', NOW), { valid: true, precision: 'year', value: '2020' });
    assert.deepEqual(checkIsoDate('2020-08', NOW), { valid: true, precision: 'month', value: '2020-08' });
    assert.equal(checkIsoDate('2020-08-15T09:30:00+02:00', NOW).valid, true);
    assert.equal(checkIsoDate('2020-02-30', NOW).valid, false);
    assert.equal(checkIsoDate('2024-02-29', NOW).valid, true);
    assert.equal(checkIsoDate('2027-01-01', NOW).valid, false);
    assert.equal(checkIsoDate('15/08/2020', NOW).valid, false);
  });

  it('rewrites a malformed date only when it has one reading', () => {
    assert.equal(readLooseDate('15/08/2020'), '2020-08-15');
    assert.equal(readLooseDate('15.08.2020'), '2020-08-15');
    assert.equal(readLooseDate('9. august 2020'), '2020-08-09');
    assert.equal(readLooseDate('03/04/2020'), undefined);
    assert.equal(readLooseDate('yesterday'), undefined);
  });

  it('reads a US date only where the day tells the order, and two-digit years as RFC 2822 does', () => {
    assert.equal(readLooseDate('7/23/2012'), '2012-07-23');
    assert.equal(readLooseDate('5/5/2012'), '2012-05-05');
    assert.equal(readLooseDate('Fri, 2 Apr 93 21:22:59 GMT'), '1993-04-02');
    assert.equal(readLooseDate('Mon, 05 Apr 1993 14:05:21 -0500'), '1993-04-05');
    assert.equal(readLooseDate('2 Apr 05'), '2005-04-02');
    assert.equal(readLooseDate('15.08.20'), undefined);
  });

  it('reads a date with the time of day after it as its day', () => {
    assert.equal(readLooseDate('14 March 2019, 07:45'), '2019-03-14');
    assert.equal(readLooseDate('14.03.2019 kl. 10:42'), '2019-03-14');
    assert.equal(readLooseDate('7/23/2012 8:10 AM'), '2012-07-23');
  });

  it('finds US dates and mail dates with two-digit years in text, but no year in a count', () => {
    const text = 'Posted on 7/23/2012; On Fri, 2 Apr 93 21:22:59 GMT you wrote; on 5 May 20 people came.';
    assert.deepEqual(findTextDates(text).map((d) => [d.value, d.text]), [
      ['2012-07-23', '7/23/2012'],
      ['1993-04-02', '2 Apr 93'],
    ]);
  });

  it('finds a mail date in a text that names no full year, and a written date in one with no time of day', () => {
    assert.deepEqual(findTextDates('On Fri, 2 Apr 93 21:22:59 GMT you wrote:').map((d) => d.value), ['1993-04-02']);
    assert.deepEqual(findTextDates('Published 15 August 2020, updated August 16, 2020').map((d) => d.value), ['2020-08-15', '2020-08-16']);
    assert.deepEqual(findTextDates('The 3 May meeting at 10:30 was moved.'), []);
  });

  it('reads an ambiguous slashed date in the order the same text shows elsewhere, and else not at all', () => {
    const dates = (text: string) => findTextDates(text).map((d) => d.value);
    assert.deepEqual(dates('Posted on 3/4/2020.'), []);
    assert.deepEqual(dates('Posted on 3/4/2020. Updated 3/14/2020.'), ['2020-03-04', '2020-03-14']);
    assert.deepEqual(dates('Posted on 3/4/2020. Updated 14/4/2020.'), ['2020-04-03', '2020-04-14']);
    assert.deepEqual(dates('On 3/4/2020, 3/14/2020 and 14/4/2020.'), ['2020-03-14', '2020-04-14']);
  });
});
