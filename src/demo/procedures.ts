import type { LocalizedText } from '../core/definition/types.js';

/**
 * The procedures the demo portal offers, read from `forms/index.json`: the build (and the development server) list
 * every `forms/<id>/definition.json` there, with its title and description, so a procedure folder dropped into
 * `forms/` is offered without a code change and the list needs one request, not one per procedure. The service
 * worker precaches the index with the definitions, so the list opens offline too. A portal would list its own.
 */
export const PROCEDURE_INDEX_URL = `${import.meta.env.BASE_URL}forms/index.json`;

export interface ProcedureEntry {
  /** The id a procedure is routed by (`#/birth-registration`): the name of its folder under `forms/`. */
  id: string;
  /** The absolute URL of its definition. */
  url: string;
  /** Absent when the build could not read the definition; the form then says why when it is opened. */
  title?: LocalizedText;
  description?: LocalizedText;
}

/**
 * Fetches and reads the index, whose definition URLs are relative to the index itself. A missing or malformed index
 * rejects (a malformed one with a TypeError), and the page says the list could not be loaded.
 */
export async function loadProcedureIndex(indexUrl = PROCEDURE_INDEX_URL): Promise<ProcedureEntry[]> {
  const base = new URL(indexUrl, document.baseURI);
  const response = await fetch(base);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const index = (await response.json()) as { procedures: Array<Omit<ProcedureEntry, 'url'> & { definition: string }> };
  return index.procedures.map(({ definition, ...entry }) => ({ ...entry, url: new URL(definition, base).href }));
}
