import type { ReferenceSourceName } from '../core/definition/types.js';
import type { Option } from '../core/model/types.js';

interface ReferenceItem {
  code: string;
  name?: string;
  nameEn?: string;
  fullName?: string;
  fullNameEn?: string;
  nameVi?: string;
}

/** The file of a list, relative to the reference-data base URL (`forms/data/`). */
function fileOf(source: ReferenceSourceName, parent?: string): string {
  return source === 'communes' ? `communes/${parent}.json` : `${source}.json`;
}

/** Reads a list's items as options, refusing a file of the wrong shape with a message that names it. */
function toOptions(json: unknown, url: string): Option[] {
  const items = (json as { items?: unknown })?.items;
  if (!Array.isArray(items)) throw new Error(`${url}: reference data must be an object with an "items" list`);
  return items.map((raw: unknown, index) => {
    const item = raw as ReferenceItem;
    const vi = item.fullName ?? item.nameVi ?? item.name;
    const en = item.fullNameEn ?? item.nameEn ?? vi;
    if (typeof item?.code !== 'string' || typeof vi !== 'string' || typeof en !== 'string') {
      throw new Error(`${url}: item ${index} needs a "code" and a name`);
    }
    return { value: item.code, label: { vi, en } };
  });
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: could not be loaded (HTTP ${response.status})`);
  return response.json();
}

/**
 * Loads reference lists (provinces, a province's communes, ethnic groups, countries) on demand and keeps each in
 * memory once loaded: the 3,321 communes are fetched one province at a time, only when a province is chosen.
 */
export class ReferenceData {
  private readonly cache = new Map<string, Promise<Option[]>>();
  private readonly loaded = new Map<string, Option[]>();

  /**
   * `load` reads a list's JSON in place of a plain fetch: a procedure pack's loader (src/controllers/pack.ts) checks
   * each file against the SHA-256 in its manifest before the form may use it.
   */
  constructor(
    private readonly base: URL,
    private readonly load: (url: string) => Promise<unknown> = fetchJson,
  ) {}

  options(source: ReferenceSourceName, parent?: string): Promise<Option[]> {
    if (source === 'communes' && !parent) return Promise.resolve([]);
    const url = new URL(fileOf(source, parent), this.base).href;
    let pending = this.cache.get(url);
    if (!pending) {
      pending = this.load(url).then((json) => {
        const options = toOptions(json, url);
        this.loaded.set(url, options);
        return options;
      });
      // A failed load is forgotten so that the next attempt (e.g. back online) tries again.
      pending.catch(() => this.cache.delete(url));
      this.cache.set(url, pending);
    }
    return pending;
  }

  /** The options of a list if it has been loaded already (for rendering without waiting), else undefined. */
  peek(source: ReferenceSourceName, parent?: string): Option[] | undefined {
    if (source === 'communes' && !parent) return [];
    return this.loaded.get(new URL(fileOf(source, parent), this.base).href);
  }
}
