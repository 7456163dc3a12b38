import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bundleDefinition } from '../core/definition/bundle.js';
import { checkDefinition, DefinitionError, parseDefinitionText } from '../core/definition/check.js';
import { schemaHash } from '../core/definition/hash.js';
import type { ProcedureDefinition } from '../core/definition/types.js';
import type { SchemaValidator } from '../core/validate/types.js';
import { ReferenceData } from './reference-data.js';

type PrecompiledModule = { default: SchemaValidator; schemaHash: string; definitionHash?: string };

/** Validators registered at run time by a portal (a procedure pack built with its own definition). */
const registered = new Map<string, () => Promise<PrecompiledModule>>();

/**
 * Makes a precompiled validator module known for `id@version`, next to those built into this bundle: the module
 * exports the validator as default and the `schemaHash` of the schema it was compiled from.
 */
export function registerPrecompiledValidator(key: string, load: () => Promise<PrecompiledModule>): void {
  registered.set(key, load);
}

export type ProcedureState =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; definition: ProcedureDefinition; validator: SchemaValidator; reference: ReferenceData };

/**
 * Loads a procedure for a form: fetches the definition (when given a URL), checks it against the meta-schema, and
 * pairs it with the validator compiled for it at build time, refusing a definition whose schema differs from the
 * one compiled. Everything it loads is lazy, so a page pays only for the procedure it shows.
 */
export class ProcedureController implements ReactiveController {
  state: ProcedureState = { status: 'idle' };
  private loading = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  async load(procedure: string | object, referenceBase?: string): Promise<void> {
    const ticket = ++this.loading;
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    let next: ProcedureState;
    try {
      next = await this.resolve(procedure, referenceBase);
    } catch (error) {
      next = { status: 'error', error: error instanceof Error ? error : new Error(String(error)) };
    }
    // A newer load (the portal switched procedures) wins over a slower older one.
    if (ticket !== this.loading) return;
    this.state = next;
    this.host.requestUpdate();
  }

  private async resolve(procedure: string | object, referenceBase?: string): Promise<ProcedureState> {
    const source = typeof procedure === 'string' ? new URL(procedure, document.baseURI).href : 'definition object';
    if (typeof procedure === 'string' && isPackUrl(source)) {
      // A procedure pack (dvc-kit build) brings its own validator and reference data; its loader is only fetched
      // by pages that use one.
      const { loadPack } = await import('./pack.js');
      return { status: 'ready', ...(await loadPack(source)) };
    }
    let json: unknown = procedure;
    if (typeof procedure === 'string') {
      const response = await fetch(source);
      if (!response.ok)
        throw new DefinitionError(source, [{ pointer: '', rule: 'read', message: `HTTP ${response.status}` }]);
      json = parseDefinitionText(await response.text(), source);
    }
    // Shared `$defs` files are fetched relative to the definition; a definition given as an object is taken to sit
    // in a folder beside the reference data, as forms/<id>/ sits beside forms/data/. The hashes below are of the
    // bundled definition, as the build computed them.
    const definitionUrl =
      typeof procedure === 'string'
        ? source
        : new URL('../procedure/definition.json', new URL(referenceBase ?? '/forms/data/', document.baseURI)).href;
    json = await bundleDefinition(json, (path) => fetchJson(new URL(path, definitionUrl).href), source);
    const { precompiled } = await import('../generated/validators/index.js');
    const named = json as { id?: unknown; version?: unknown } | null;
    const key =
      typeof named?.id === 'string' && typeof named.version === 'string' ? `${named.id}@${named.version}` : '';
    const loader = registered.get(key) ?? precompiled[key];
    const module: PrecompiledModule | undefined = loader ? await loader() : undefined;
    let definition: ProcedureDefinition;
    if (module && module.definitionHash === schemaHash(json)) {
      // The very definition that was checked when its validator was compiled: no need to load the meta-schema
      // validator (the largest module of all) on a citizen's phone to check it again.
      definition = json as ProcedureDefinition;
    } else {
      const { default: metaValidator } = await import('../generated/procedure-schema-validator.js');
      definition = checkDefinition(json, source, metaValidator);
      if (!module) {
        throw new DefinitionError(source, [
          { pointer: '/version', rule: 'precompiled', message: `no validator was compiled for ${key} in this build` },
        ]);
      }
      if (module.schemaHash !== schemaHash(definition.schema)) {
        throw new DefinitionError(source, [
          { pointer: '/schema', rule: 'precompiled', message: `the schema differs from the one compiled for ${key}` },
        ]);
      }
    }
    const base =
      referenceBase ??
      (typeof procedure === 'string'
        ? new URL('../data/', source).href
        : new URL('/forms/data/', document.baseURI).href);
    return {
      status: 'ready',
      definition,
      validator: module.default,
      reference: new ReferenceData(new URL(base, document.baseURI)),
    };
  }
}

/** A pack's manifest (`…/pack.json`) or its folder (`…/birth-registration/`), rather than a definition.json. */
function isPackUrl(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') || pathname.endsWith('/pack.json');
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.json();
}
