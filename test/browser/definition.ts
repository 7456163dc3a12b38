import { bundleDefinition } from '../../src/core/definition/bundle.js';
import type { ProcedureDefinition } from '../../src/core/definition/types.js';

/**
 * A definition as <dvc-form> sees it: fetched, then bundled (the shared `$defs` it refers to, in forms/common/,
 * fetched relative to it and copied in). Tests that hand a definition to the core or the PDF code need this form.
 */
export async function fetchDefinition(url: string): Promise<ProcedureDefinition> {
  const absolute = new URL(url, location.href).href;
  const load = async (path: string) => (await fetch(new URL(path, absolute))).json();
  return (await bundleDefinition(await (await fetch(absolute)).json(), load, absolute)) as ProcedureDefinition;
}
