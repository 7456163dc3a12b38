// Who signs: the definition's submitterName, one path or the first answered of several.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importTs } from '../../scripts/lib/load-ts.mjs';
import { readDefinition } from './helpers.mjs';

const { submitterNameOf } = await importTs('src/core/definition/submitter.ts');
const organization = readDefinition('forms/organization-eid-account/definition.json');

test('one path: its answer, trimmed; none when blank or absent', () => {
  const definition = { submitterName: 'requester.fullName' };
  assert.equal(submitterNameOf(definition, { requester: { fullName: '  Nguyễn Thị Hương ' } }), 'Nguyễn Thị Hương');
  assert.equal(submitterNameOf(definition, { requester: { fullName: ' ' } }), undefined);
  assert.equal(submitterNameOf({}, { requester: { fullName: 'A' } }), undefined);
});

test('the organization e-ID: the authorized person when one files, else the legal representative', () => {
  const representative = { legalRepresentative: { fullName: 'Trần Văn Nam' } };
  assert.equal(submitterNameOf(organization, representative), 'Trần Văn Nam');
  const authorized = { ...representative, submitter: { role: 'authorizedPerson', fullName: 'Lê Thị Lan' } };
  assert.equal(submitterNameOf(organization, authorized), 'Lê Thị Lan');
});
