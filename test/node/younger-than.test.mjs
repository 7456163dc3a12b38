// The age rule of the e-visa's accompanying children: younger than `years` on a given day, and only certain
// mistakes reported when the date of birth is partial.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importTs } from '../../scripts/lib/load-ts.mjs';

const { youngerThan } = await importTs('src/core/validate/rules.ts');

function judge(dateOfBirth, on) {
  const context = {
    value: dateOfBirth,
    today: '2026-11-28',
    valueAt: () => on,
    labelAt: () => ({ vi: 'Ngày dự kiến nhập cảnh', en: 'Intended date of entry' }),
    problem: (template, params) => ({ template, params }),
  };
  return youngerThan({ rule: 'youngerThan', field: 'children[].dateOfBirth', years: 14, on: 'entry' }, context);
}

test('a child is under 14 until the day before the 14th birthday, and not on it', () => {
  assert.deepEqual(judge('2017-01-15', '2031-01-14'), []);
  const [problem] = judge('2017-01-15', '2031-01-15');
  assert.equal(problem.params.n, 14);
  assert.deepEqual(problem.params.other, { vi: 'Ngày dự kiến nhập cảnh', en: 'Intended date of entry' });
});

test('a partial date of birth is an error only when even its latest day makes the child 14', () => {
  assert.deepEqual(judge('2017', '2031-06-01'), [], 'born late in 2017 they are still 13');
  assert.equal(judge('2016', '2031-01-01').length, 1, 'born in 2016, 14 by 2030-12-31 at the latest');
  assert.deepEqual(judge('2017-05', '2031-05-15'), [], 'born after the 15th of May they are still 13');
});

test('born on 29 February: 14 on 1 March of a common year', () => {
  assert.deepEqual(judge('2016-02-29', '2030-02-28'), []);
  assert.equal(judge('2016-02-29', '2030-03-01').length, 1);
});

test('nothing is judged without both dates', () => {
  assert.deepEqual(judge('2017-01-15', undefined), []);
  assert.deepEqual(judge('not a date', '2031-01-15'), []);
});
