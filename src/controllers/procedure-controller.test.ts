import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DefinitionError } from '../core/definition/check.js';
import { ProcedureController, type ProcedureState } from './procedure-controller.js';

// The browser's procedure loader: a definition that refers to forms/common/ is fetched, bundled with the shared
// defs fetched relative to it, and paired with the validator compiled from the same bundled schema.
const URL_ = '/forms/birth-registration/definition.json';

function host(): ReactiveControllerHost {
  return {
    addController: (_controller: ReactiveController) => undefined,
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
}

async function load(procedure: string | object): Promise<ProcedureState> {
  const controller = new ProcedureController(host());
  await controller.load(procedure);
  return controller.state;
}

describe('ProcedureController with shared defs', () => {
  it('bundles forms/common into a definition fetched by URL, and its precompiled validator accepts it', async () => {
    const state = await load(URL_);
    if (state.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(state)}`);
    const text = JSON.stringify(state.definition);
    expect(text).not.to.contain('../common/');
    expect(state.definition.schema.$defs).to.have.property('personName');
    const example = await (await fetch('/forms/birth-registration/examples/valid-both-parents-known.json')).json();
    expect(state.validator(example.data), JSON.stringify(state.validator.errors)).to.equal(true);
  });

  it('bundles a definition given as an object from /forms/common/ as well', async () => {
    const raw = await (await fetch(URL_)).json();
    expect(JSON.stringify(raw)).to.contain('../common/person.json');
    const state = await load(raw);
    expect(state.status).to.equal('ready');
  });

  it('refuses a definition whose shared def is missing, naming the pointer and the file', async () => {
    const raw = await (await fetch(URL_)).json();
    raw.schema.properties.child.properties.fullName.$ref = '../common/person.json#/$defs/nameOfPerson';
    const state = await load(raw);
    if (state.status !== 'error') throw new Error('the broken definition was accepted');
    expect(state.error).to.be.instanceOf(DefinitionError);
    expect((state.error as DefinitionError).problems).to.deep.equal([
      {
        pointer: '/schema/properties/child/properties/fullName/$ref',
        rule: 'shared-ref',
        message:
          'shared file "../common/person.json" has no $defs "nameOfPerson" ($ref "../common/person.json#/$defs/nameOfPerson")',
      },
    ]);
  });
});
