// The day a submission's data are judged on: "not in the future" must hold as the device saw it when signing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importTs } from '../../scripts/lib/load-ts.mjs';

const { signingDay } = await importTs('src/cli/verify.ts');

test('a declaration signed in Hà Nội at 01:30 on 28 November is judged on 28 November, not the UTC 27th', () => {
  assert.equal(signingDay('2026-11-27T18:30:00.000Z'), '2026-11-28');
});

test('the latest local day is used (UTC+14), and an unreadable time judges on today', () => {
  assert.equal(signingDay('2026-11-28T09:59:59.000Z'), '2026-11-28');
  assert.equal(signingDay('2026-11-28T10:00:00.000Z'), '2026-11-29');
  assert.equal(signingDay('not a time'), undefined);
});
