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
});
