import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, it } from 'node:test';
import { inlineTokenCalls } from '../../scripts/lib/inline-tokens.mjs';
import { importTs } from '../../scripts/lib/load-ts.mjs';

// Production builds write each theme token of the stylesheets out at build time (scripts/lib/inline-tokens.mjs);
// these tests hold that rewrite to the run-time meaning of `v()`, for every stylesheet of the kit.
let tokens;
before(async () => {
  tokens = await importTs('src/styles/tokens.ts');
});

/** Every .ts file under src/styles and src/elements (recursively). */
function styleSources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return styleSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

it('writes `${v(name)}` as the same text v() gives at run time, in either quote style', () => {
  const code = 'css`a { color: ${v(\'color-text\')}; border-color: ${v("color-warning")}; }`';
  const out = inlineTokenCalls(code, tokens.cssVar);
  assert.equal(
    out,
    `css\`a { color: ${tokens.v('color-text').cssText}; border-color: ${tokens.v('color-warning').cssText}; }\``,
  );
  assert.equal(tokens.v('color-warning').cssText, 'var(--dvc-color-warning, var(--dvc-color-warning-text, #6b4a00))');
});

it('refuses a token the table does not have, naming the file', () => {
  assert.throws(() => inlineTokenCalls("css`a { color: ${v('colour-text')}; }`", tokens.cssVar, 'x.styles.ts'), {
    message: 'x.styles.ts: unknown theme token "colour-text"',
  });
});

it('leaves no token call behind in any stylesheet of the kit', () => {
  const files = [...styleSources('src/styles'), ...styleSources('src/elements')];
  let calls = 0;
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    calls += (code.match(/\$\{v\(/g) ?? []).length;
    const out = inlineTokenCalls(code, tokens.cssVar, file);
    assert.doesNotMatch(out, /\$\{v\(/, `${file} still calls v() after the rewrite`);
  }
  assert.ok(calls > 100, `only ${calls} token uses found: is the pattern still the one the styles use?`);
});
