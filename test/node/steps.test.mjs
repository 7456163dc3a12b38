import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { core, smallDefinition } from './helpers.mjs';

// The small definition's steps, in order: case (0), mother (1), father (2, only when both parents are known), more (3).
const definition = smallDefinition();
const validator = core.compileSchema(definition.schema);
const problems = (data) => core.validateAnswers(definition, validator, data, '2026-11-28').problems;
const complete = {
  case: 'both',
  relationship: 'mother',
  childBorn: '2026-10-01',
  mother: { fullName: 'Trần Thị Mai' },
  father: { fullName: 'Nguyễn Văn Nam' },
  copies: 1,
};

describe('steps a portal chooses to show', () => {
  it('reads a list separated by spaces and commas, and names the ids the definition does not have', () => {
    assert.deepEqual(core.parseStepIds(' case,mother  more ,'), ['case', 'mother', 'more']);
    assert.deepEqual(core.parseStepIds(null), []);
    assert.deepEqual(core.unknownStepIds(definition, ['case', 'mohter', 'more', 'x']), ['mohter', 'x']);
  });

  it('shows every visible step when none is listed, and only the listed (or opened) ones otherwise', () => {
    assert.deepEqual(core.shownSteps(definition, complete, [], new Set()), [0, 1, 2, 3]);
    assert.deepEqual(core.shownSteps(definition, complete, ['mother', 'more'], new Set()), [1, 3]);
    assert.deepEqual(core.shownSteps(definition, complete, ['mother', 'more'], new Set(['case'])), [0, 1, 3]);
    // A listed step that the answers hide stays hidden: `steps` narrows the flow, it never forces a step in.
    const fatherUnknown = { ...complete, case: 'fatherUnknown' };
    assert.deepEqual(core.shownSteps(definition, fatherUnknown, ['father', 'more'], new Set()), [3]);
  });

  it('opens a hidden step only while it holds a missing or invalid answer', () => {
    const shown = core.shownSteps(definition, complete, ['more'], new Set());
    assert.deepEqual(core.stepsToOpen(definition, complete, shown, problems(complete)), [], 'prefill answered all');

    const noMother = { ...complete, mother: { fullName: '' } };
    assert.deepEqual(core.stepsToOpen(definition, noMother, shown, problems(noMother)), [1], 'a missing answer');

    const badFather = { ...complete, father: { fullName: 'Nguyễn Văn Nam', idNumber: '123' } };
    assert.deepEqual(core.stepsToOpen(definition, badFather, shown, problems(badFather)), [2], 'an invalid answer');

    // Steps already shown are the person's to fix on their own page; a step the answers hide asks nothing.
    assert.deepEqual(core.stepsToOpen(definition, noMother, [1, 3], problems(noMother)), []);
    const hiddenFather = { ...badFather, case: 'fatherUnknown' };
    assert.deepEqual(core.stepsToOpen(definition, hiddenFather, shown, problems(hiddenFather)), []);
  });

  it('ignores warnings: a step is opened for what blocks completion, not for advice', () => {
    const warning = [{ path: 'mother.fullName', severity: 'warning', message: { vi: 'x', en: 'x' } }];
    assert.deepEqual(core.stepsToOpen(definition, complete, [3], warning), []);
  });
});
