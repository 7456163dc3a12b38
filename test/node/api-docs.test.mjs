import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { elementSources, readTokens } from '../../custom-elements-manifest.config.mjs';
import { apiDocs } from '../../scripts/api-docs.mjs';

// The element manifest and the API reference are generated from the sources; these tests keep them fresh and
// complete: every part, theme token and public event an embedder can use is documented on some element.
const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = committed.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.customElement);
let dir;
let fresh;

before(() => {
  // The analyzer joins --outdir to the working directory, so the fresh copy goes to a relative cache folder.
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  dir = mkdtempSync(join('node_modules', '.cache', 'dvc-cem-'));
  const cli = join('node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
  execFileSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir], {
    stdio: 'pipe',
  });
  fresh = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

it('custom-elements.json and docs/api.md are up to date (run `npm run cem && npm run docs:api`)', () => {
  assert.deepEqual(committed, fresh, 'custom-elements.json is stale');
  assert.equal(readFileSync('docs/api.md', 'utf8'), apiDocs(fresh), 'docs/api.md is stale');
});

it('documents every part name used in an element template', () => {
  const documented = new Set(elements.flatMap((e) => (e.cssParts ?? []).map((p) => p.name)));
  const used = new Set();
  for (const file of elementSources()) {
    const source = readFileSync(file, 'utf8');
    // part="a b", part=${x ? 'a b' : 'a'} and exportparts="x:renamed" (the renamed name is what a page sees).
    for (const [, attr] of source.matchAll(/\spart=("[^"]*"|\$\{[^}]*\})/g)) {
      for (const [, text] of attr.matchAll(/["'`]([^"'`]*)["'`]/g)) {
        for (const name of text.split(/\s+/)) if (/^[a-z][a-z-]*$/.test(name)) used.add(name);
      }
    }
    for (const [, list] of source.matchAll(/exportparts="([^"]*)"/g)) {
      for (const entry of list.split(',')) used.add(entry.split(':').pop().trim());
    }
  }
  assert.ok(used.has('label') && used.has('invalid') && used.has('step-nav'), 'the scan found the templates');
  const missing = [...used].filter((name) => !documented.has(name)).sort();
  assert.deepEqual(missing, [], `undocumented parts: ${missing.join(', ')}`);
});

it('documents every --dvc-* custom property the styles use, with its default', () => {
  const tokens = readTokens();
  const documented = new Map(elements.flatMap((e) => (e.cssProperties ?? []).map((p) => [p.name, p])));
  const used = new Set();
  for (const file of elementSources().concat(['src/styles/button.ts', 'src/styles/card-list.ts'])) {
    const source = readFileSync(file, 'utf8');
    for (const [, name] of source.matchAll(/\bv\('([a-z0-9-]+)'\)/g)) used.add(name);
    // A token an element sets for its children (`--dvc-group-legend-size: …`) is a token too.
    for (const [, name] of source.matchAll(/--dvc-([a-z0-9-]+)/g)) used.add(name);
  }
  assert.ok(used.size > 40);
  for (const name of used) {
    assert.ok(tokens.has(name), `--dvc-${name} is not in src/styles/tokens.ts`);
    const doc = documented.get(`--dvc-${name}`);
    assert.ok(doc?.default && doc.description, `--dvc-${name} is not documented with a default`);
  }
  // No literal default left in a stylesheet: every value comes from the table.
  for (const file of elementSources().filter((f) => f.endsWith('.styles.ts'))) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /var\(--dvc-/, `${file} writes a var() by hand`);
  }
});

it('lists every public event class as an event of some element', () => {
  const index = readFileSync('src/index.ts', 'utf8');
  const classes = [...index.matchAll(/\b(Dvc\w+Event)\b/g)].map((m) => m[1]);
  assert.ok(classes.length >= 8);
  const typed = new Set(elements.flatMap((e) => (e.events ?? []).map((event) => event.type?.text)));
  const missing = [...new Set(classes)].filter((name) => !typed.has(name));
  assert.deepEqual(missing, [], `events missing from the manifest: ${missing.join(', ')}`);
});

it('keeps private and internal members out of the public API', () => {
  const form = elements.find((e) => e.tagName === 'dvc-form');
  const names = form.members.map((m) => m.name);
  assert.ok(names.includes('procedure') && names.includes('saveNow'));
  for (const name of ['draft', 'stepIndex', 'internals', 'hostStates', 'renderContext']) {
    assert.ok(!names.includes(name), `${name} is internal`);
  }
  const states = form.cssStates.map((s) => s.name).sort();
  assert.deepEqual(states, ['invalid', 'load-error', 'loading', 'offline', 'ready', 'saved', 'saving']);
});
