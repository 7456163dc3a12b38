// Lighthouse over the built demo, served as the other suites serve it (harness.mjs startApp: the strict CSP in
// place): the procedure list with the drafts and outbox, and the birth registration form. Accessibility must score
// 1 on each; all four category scores are printed (scripts/lighthouse.mjs does the auditing; `npm run lighthouse`
// prints the same table).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { audit, CATEGORIES, table } from '../../scripts/lighthouse.mjs';
import { startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(() => app?.close());

test('Lighthouse accessibility is 1 on the procedure list and on the birth registration form', async (t_) => {
  const results = await audit(app.url);
  for (const line of table(results).split('\n')) t_.diagnostic(line);
  for (const result of results) {
    for (const id of CATEGORIES) assert.equal(typeof result.scores[id], 'number', `${result.name}: ${id} scored`);
    assert.equal(
      result.scores.accessibility,
      1,
      `${result.name}: accessibility audits below 1: ${result.failing.accessibility.join(', ')}`,
    );
  }
});
