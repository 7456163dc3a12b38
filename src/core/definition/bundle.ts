import { DefinitionError, type DefinitionProblem } from './check.js';
import type { JsonSchema } from './types.js';

/**
 * Reads a shared `$defs` file, given its path relative to the definition's folder (`../common/person.json`), and
 * returns it parsed (or a promise of it, for `bundleDefinition`). It throws, or rejects, when the file is not there.
 */
export type LoadShared = (relativePath: string) => unknown;

/** Keywords whose values are data, not schemas: a `$ref` key inside them is not a reference. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);

/**
 * Makes a definition self-contained: every `$def` of a shared file (forms/common/README.md) that its schema refers
 * to, directly or through other shared defs, is copied into `schema.$defs`, and the `$ref`s are rewritten to local
 * ones. Everything downstream (meta-schema, Ajv, the form, the PDF) then sees one file, and the browser and the build
 * bundle the same way, so the schema hash of the precompiled validator matches. A definition without external refs
 * comes back unchanged (the same object).
 */
export async function bundleDefinition(definition: unknown, load: LoadShared, source: string): Promise<unknown> {
  const files = new Map<string, unknown>();
  let missing = new Bundler(definition, files, source).missing();
  while (missing.length > 0) {
    const read = (path: string) =>
      Promise.resolve()
        .then(() => load(path))
        .catch(failure);
    await Promise.all(missing.map(async (path) => files.set(path, await read(path))));
    missing = new Bundler(definition, files, source).missing();
  }
  return new Bundler(definition, files, source).result();
}

/** The same for loaders that read synchronously (Node scripts, the CLI). */
export function bundleDefinitionSync(definition: unknown, load: LoadShared, source: string): unknown {
  const files = new Map<string, unknown>();
  let missing = new Bundler(definition, files, source).missing();
  while (missing.length > 0) {
    for (const path of missing) {
      try {
        files.set(path, load(path));
      } catch (error) {
        files.set(path, failure(error));
      }
    }
    missing = new Bundler(definition, files, source).missing();
  }
  return new Bundler(definition, files, source).result();
}

/** A file that could not be read or parsed is remembered as its error, reported where it is referred to. */
class LoadFailure {
  constructor(readonly message: string) {}
}
const failure = (error: unknown) => new LoadFailure(error instanceof Error ? error.message : String(error));

/** `dir/a/../b.json` → `dir/b.json`, keeping leading `..` (paths are relative to the definition's folder). */
export function joinPath(fromFile: string, relative: string): string {
  const parts = fromFile.split('/').slice(0, -1).concat(relative.split('/'));
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

const pointerEscape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const pointerUnescape = (key: string) => decodeURIComponent(key).replace(/~1/g, '/').replace(/~0/g, '~');

/** One pass over the definition with the shared files read so far. */
class Bundler {
  private readonly problems: DefinitionProblem[] = [];
  private readonly wanted = new Set<string>();
  /** `file#def` → its local name, in the order first met. */
  private readonly names = new Map<string, string>();
  private readonly copied = new Map<string, JsonSchema>();
  private readonly taken: Set<string>;
  private readonly schema: JsonSchema;

  constructor(
    private readonly definition: unknown,
    private readonly files: Map<string, unknown>,
    private readonly source: string,
  ) {
    const schema = (definition as { schema?: unknown } | null)?.schema;
    this.schema = schema !== null && typeof schema === 'object' ? (schema as JsonSchema) : {};
    this.taken = new Set(Object.keys(this.schema.$defs ?? {}));
  }

  /** Shared files referred to but not read yet. */
  missing(): string[] {
    this.rewrite(this.schema, '', '/schema', '/schema');
    return [...this.wanted];
  }

  result(): unknown {
    const schema = this.rewrite(this.schema, '', '/schema', '/schema') as JsonSchema;
    if (this.problems.length > 0) throw new DefinitionError(this.source, this.problems);
    if (this.names.size === 0) return this.definition;
    const $defs = { ...schema.$defs, ...Object.fromEntries(this.copied) };
    return { ...(this.definition as object), schema: { ...schema, $defs } };
  }

  /**
   * A copy of `node` with its refs made local. `file` is '' for the definition itself, else the shared file being
   * copied; `at` is the JSON pointer in that file, and `origin` the place in the definition that led there, which
   * is where a problem is reported (with the shared file's place in the message).
   */
  private rewrite(node: unknown, file: string, origin: string, at: string): unknown {
    if (Array.isArray(node)) return node.map((item, i) => this.rewrite(item, file, origin, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const here = `${at}/${pointerEscape(key)}`;
      if (key === '$ref' && typeof value === 'string') out[key] = this.reference(value, file, origin, here);
      else if (DATA_KEYWORDS.has(key)) out[key] = value;
      else out[key] = this.rewrite(value, file, origin, here);
    }
    return out;
  }

  private reference(ref: string, file: string, origin: string, at: string): string {
    const hash = ref.indexOf('#');
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    if (target === '' && file === '') return ref;
    // In the definition the ref itself is the place to report; in a shared file, the definition's ref that led there.
    const pointer = file === '' ? at : origin;
    const where = file === '' ? '' : `in ${file}#${at}: `;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) {
      this.fail(pointer, `${where}$ref "${ref}" must be a relative path to a shared file, e.g. ../common/person.json`);
      return ref;
    }
    const path = target === '' ? file : joinPath(file === '' ? 'definition.json' : file, target);
    const match = /^\/\$defs\/([^/]+)(\/.*)?$/.exec(fragment);
    if (!match) {
      this.fail(pointer, `${where}$ref "${ref}" must point at a shared def: "${target}#/$defs/<name>"`);
      return ref;
    }
    const loaded = this.files.get(path);
    if (loaded === undefined) {
      this.wanted.add(path);
      return ref;
    }
    if (loaded instanceof LoadFailure) {
      this.fail(pointer, `${where}shared file "${path}" could not be read: ${loaded.message}`);
      return ref;
    }
    const name = pointerUnescape(match[1]);
    const defs = (loaded as { $defs?: Record<string, unknown> } | null)?.$defs;
    if (!defs || typeof defs !== 'object' || !Object.hasOwn(defs, name)) {
      this.fail(pointer, `${where}shared file "${path}" has no $defs "${name}" ($ref "${ref}")`);
      return ref;
    }
    return `#/$defs/${pointerEscape(this.localName(path, name, defs[name], pointer))}${match[2] ?? ''}`;
  }

  /** The def's name in the bundled definition, copying it (and, through it, what it refers to) on first use. */
  private localName(path: string, name: string, def: unknown, origin: string): string {
    const key = `${path}#${name}`;
    const known = this.names.get(key);
    if (known !== undefined) return known;
    const stem = (path.split('/').pop() ?? path).replace(/\.json$/, '').replace(/[^A-Za-z0-9_]/g, '_');
    let local = this.taken.has(name) ? `${stem}_${name}` : name;
    for (let n = 2; this.taken.has(local); n++) local = `${stem}_${name}_${n}`;
    this.taken.add(local);
    this.names.set(key, local);
    this.copied.set(local, this.rewrite(def, path, origin, `/$defs/${pointerEscape(name)}`) as JsonSchema);
    return local;
  }

  private fail(pointer: string, message: string): void {
    if (!this.problems.some((p) => p.pointer === pointer && p.message === message))
      this.problems.push({ pointer, rule: 'shared-ref', message });
  }
}
