// A Vite plugin for production builds: writes each `${v('name')}` of the kit's stylesheets out as the literal
// `var(--dvc-name, default)` it stands for (src/styles/tokens.ts), so the token table and the calls are not part of
// the download. The stylesheets' text is the same as at run time (test/node/inline-tokens.test.mjs checks it); tests
// and the dev server use the run-time path.
import { importTs } from './load-ts.mjs';

const CALL = /\$\{v\(['"`]([a-z0-9-]+)['"`]\)\}/g;

/** Rewrites one module's source; throws on a token name the table does not have (the type check catches it first). */
export function inlineTokenCalls(code, cssVar, id = 'module') {
  return code.replace(CALL, (_, name) => {
    let text;
    try {
      text = cssVar(name);
    } catch {
      text = 'undefined';
    }
    if (text.includes('undefined')) throw new Error(`${id}: unknown theme token "${name}"`);
    if (/[`\\]|\$\{/.test(text)) throw new Error(`${id}: token "${name}" cannot be written into a template literal`);
    return text;
  });
}

export function inlineTokens() {
  let cssVar;
  return {
    name: 'dvc-inline-tokens',
    apply: 'build',
    async buildStart() {
      ({ cssVar } = await importTs('src/styles/tokens.ts'));
    },
    transform(code, id) {
      if (!/\/src\/(styles|elements)\/.*\.ts$/.test(id) || !code.includes('${v(')) return undefined;
      return { code: inlineTokenCalls(code, cssVar, id), map: null };
    },
  };
}
