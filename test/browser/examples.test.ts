import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/form/form.js';
import type { DvcForm } from '../../src/elements/form/form.js';
import { idFor } from '../../src/elements/shared/field-element.js';
import { deepQueryAll, until } from './deep.js';

// Every example of every procedure, rendered: the form is given the example's answers and a person presses
// Continue on each step, then "Accept and submit". Valid examples must complete; invalid ones must stop with an
// error summary that links to the field the example names.
const index: Array<{ procedure: string; example: string }> = await (await fetch('/__dvc/examples.json')).json();

interface Example {
  description: string;
  data: Record<string, unknown>;
  expect: { valid: boolean; errors?: Array<{ path: string; keyword: string }> };
}

async function pressOn(el: DvcForm): Promise<string[]> {
  for (let i = 0; i < 20; i++) {
    // Once completed, the page offers "Create and sign PDF": that is a next task, not part of filling the form.
    if (el.completed) return [];
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.primary')];
    if (buttons.length === 0) return [];
    buttons[0].click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    const links = deepQueryAll(el.shadowRoot!, 'dvc-error-summary').flatMap((summary) => [
      ...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a'),
    ]);
    if (links.length > 0) return links.map((a) => a.getAttribute('href')!.slice(1));
  }
  throw new Error('the form neither completed nor stopped on an error');
}

describe('examples rendered in <dvc-form>', () => {
  it('finds examples to sweep', () => {
    expect(index.length).to.be.greaterThan(5);
  });

  for (const { procedure, example } of index) {
    it(example, async () => {
      const sample: Example = await (await fetch(example)).json();
      const el = await fixture<DvcForm>(
        html`<dvc-form procedure=${procedure} .value=${structuredClone(sample.data)}></dvc-form>`,
      );
      await until(() => Boolean(el.shadowRoot!.querySelector('h2')), 'the first step');
      let completed = false;
      el.addEventListener('dvc-complete', () => (completed = true));
      const errorIds = await pressOn(el);
      if (sample.expect.valid) {
        expect(errorIds, sample.description).to.deep.equal([]);
        await until(() => completed, 'dvc-complete');
      } else {
        expect(completed).to.equal(false);
        for (const wanted of sample.expect.errors ?? []) {
          expect(errorIds, `${sample.description}: link to ${wanted.path}`).to.include(idFor(wanted.path));
        }
      }
    });
  }
});
