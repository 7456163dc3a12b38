import assert from 'node:assert/strict';
import { it } from 'node:test';
import { readJson } from './helpers.mjs';

// The e-visa border gates (forms/data/border-gates.json, made by scripts/build-data.mjs) as the two resolutions
// count them, each in a province that exists, and the two airports that apply "once in operation" saying so in the
// label a person reads, in both languages.
const gates = readJson('forms/data/border-gates.json').items;
const provinces = new Set(readJson('forms/data/provinces.json').items.map((p) => p.code));

function count(resolution, kind) {
  return gates.filter((g) => g.resolution === resolution && g.kind === kind).length;
}

it('has the 42 gates of Resolution 127/NQ-CP and the 41 of Resolution 389/NQ-CP, by kind', () => {
  assert.deepEqual(
    ['air', 'land', 'sea'].map((kind) => count('127/NQ-CP', kind)),
    [13, 16, 13],
  );
  assert.deepEqual(
    ['air', 'land', 'sea'].map((kind) => count('389/NQ-CP', kind)),
    [4, 11, 26],
  );
  assert.equal(gates.length, 83);
});

it('gives every gate a unique code, a province of the 34 and names in both languages', () => {
  assert.equal(new Set(gates.map((g) => g.code)).size, gates.length);
  for (const gate of gates) {
    assert.match(gate.code, /^(air|land|sea)-[a-z0-9]+(?:-[a-z0-9]+)*$/, gate.code);
    assert.ok(gate.code.startsWith(`${gate.kind}-`), gate.code);
    assert.ok(provinces.has(gate.province), `${gate.code}: province ${gate.province}`);
    for (const key of ['name', 'nameEn', 'fullName', 'fullNameEn']) assert.ok(gate[key].trim(), `${gate.code}.${key}`);
  }
});

it('keeps Lào Cai by road and by rail apart, and Đà Nẵng by air and by sea', () => {
  const lao = gates.filter((g) => g.name.includes('Lào Cai'));
  assert.deepEqual(lao.map((g) => [g.code, g.mode]).sort(), [
    ['land-lao-cai', 'road'],
    ['land-lao-cai-rail', 'rail'],
  ]);
  assert.deepEqual(
    gates
      .filter((g) => g.nameEn.startsWith('Da Nang'))
      .map((g) => g.code)
      .sort(),
    ['air-da-nang', 'sea-da-nang'],
  );
});

it('marks exactly Long Thành and Gia Bình as not yet in operation, in the label itself', () => {
  const waiting = gates.filter((g) => !g.operational);
  assert.deepEqual(waiting.map((g) => g.code).sort(), ['air-gia-binh', 'air-long-thanh']);
  for (const gate of gates) {
    assert.equal(gate.fullName.includes('(áp dụng khi đi vào khai thác)'), !gate.operational, gate.code);
    assert.equal(gate.fullNameEn.includes('(applies once in operation)'), !gate.operational, gate.code);
  }
});
