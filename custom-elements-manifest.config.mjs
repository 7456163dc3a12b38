// The custom-elements manifest (custom-elements.json) of dvc-kit, read by editors, framework wrappers and
// scripts/api-docs.mjs. Besides the analyzer's Lit support, one plugin documents the theme tokens: every element gets
// the `--dvc-*` custom properties its styles use (following style imports and, for elements that render others, the
// elements it imports), with the default and description from src/styles/tokens.ts, the single source. Another
// removes private and protected members, so only the public API is described.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const TOKENS_FILE = 'src/styles/tokens.ts';

/** Every element source file (tests excluded). */
export function elementSources() {
  return readdirSync('src/elements', { recursive: true })
    .map((file) => join('src/elements', String(file)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
}

/** name → { default, description } from the token table (one entry per line, description in a trailing comment). */
export function readTokens(source = readFileSync(TOKENS_FILE, 'utf8')) {
  const tokens = new Map();
  for (const line of source.split('\n')) {
    const match = /^\s*'?([a-z0-9-]+)'?: (['"])(.*?)\2, \/\/ (.*)$/.exec(line);
    if (match) tokens.set(match[1], { fallback: match[3], description: match[4] });
  }
  return tokens;
}

/** The tokens a module's styles use, following relative imports inside src/elements and src/styles. */
function tokensUsed(file, tokens, seen = new Set()) {
  const used = new Set();
  if (seen.has(file)) return used;
  seen.add(file);
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return used;
  }
  for (const match of source.matchAll(/\bv\('([a-z0-9-]+)'\)/g)) used.add(match[1]);
  for (const match of source.matchAll(/from '(\.[^']+)\.js'|import '(\.[^']+)\.js'/g)) {
    const target = normalize(join(dirname(file), (match[1] ?? match[2]) + '.ts'));
    if (!/^src\/(elements|styles)\//.test(target) || target.endsWith('.test.ts')) continue;
    for (const name of tokensUsed(target, tokens, seen)) used.add(name);
  }
  // A derived token follows its base: setting the base changes this element too.
  for (const name of [...used]) {
    let fallback = tokens.get(name)?.fallback;
    while (fallback?.startsWith('=')) {
      used.add(fallback.slice(1));
      fallback = tokens.get(fallback.slice(1))?.fallback;
    }
  }
  return used;
}

function describeDefault(tokens, name) {
  const fallback = tokens.get(name).fallback;
  return fallback.startsWith('=') ? `var(--dvc-${fallback.slice(1)})` : fallback;
}

function themeTokensPlugin() {
  const tokens = readTokens();
  return {
    name: 'dvc-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          const used = [...tokensUsed(mod.path, tokens)].filter((name) => tokens.has(name)).sort();
          declaration.cssProperties = used.map((name) => ({
            name: `--dvc-${name}`,
            default: describeDefault(tokens, name),
            description: tokens.get(name).description,
          }));
        }
      }
    },
  };
}

/** Keeps only the public API: private/protected members, statics of the framework and `_`-names are dropped. */
function publicApiPlugin() {
  const hidden = new Set(['styles', 'shadowRootOptions', 'formAssociated']);
  return {
    name: 'dvc-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('_') &&
              !member.name.startsWith('#') &&
              !hidden.has(member.name) &&
              !(declaration.tagName === 'dvc-form' && FORM_INTERNALS.has(member.name)),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !attribute.name.startsWith('_'));
          }
        }
      }
    },
  };
}

/**
 * The event classes (`export class DvcXEvent extends Event`, `super('dvc-x'`) and their detail: the `readonly`
 * constructor parameters, which is how every dvc event carries its data.
 */
export function readEventClasses(files) {
  const events = new Map();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/export class (Dvc\w+Event) extends Event \{([\s\S]*?)\n\}/g)) {
      const name = /super\('([a-z-]+)'/.exec(match[2])?.[1];
      if (!name) continue;
      // One parameter per line (`readonly id: string,`) or all on the constructor's line (`(readonly id: string) {`).
      const detail = [...match[2].matchAll(/readonly (\w+)(\??): ([^,\n]*?)(?:,|\) \{)?$/gm)].map(
        (m) => `${m[1]}${m[2]}: ${m[3]}`,
      );
      events.set(name, { className: match[1], detail });
    }
  }
  return events;
}

/**
 * Events as the page sees them: the analyzer also reports the constructor calls it finds in the code under odd names,
 * so only named events (`dvc-*`, and the fields' own `input`/`change`) are kept, each with its class and detail.
 */
function eventsPlugin(files) {
  return {
    name: 'dvc-events',
    packageLinkPhase({ customElementsManifest }) {
      const classes = readEventClasses(files());
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events
            .filter((event) => /^(dvc-[a-z-]+|input|change)$/.test(event.name ?? ''))
            .map((event) => {
              const known = classes.get(event.name);
              if (!known) return event;
              const detail = known.detail.length
                ? ` Detail (properties of the event): ${known.detail.map((d) => '`' + d + '`').join(', ')}.`
                : '';
              return { ...event, type: { text: known.className }, description: (event.description ?? '') + detail };
            });
        }
      }
    },
  };
}

/**
 * Members of dvc-form that TypeScript must see as public because the form's own modules (check-page.ts,
 * draft-status.ts, the completion panels) call them, but that are not promised to a page.
 */
const FORM_INTERNALS = new Set([
  'stepIndex',
  'revealed',
  'completed',
  'draft',
  'problems',
  'pdf',
  'submitting',
  'completion',
  'definition',
  'lockedAnswers',
  'refuseAttachment',
  'stepList',
  'formResetCallback',
  'formDisabledCallback',
  'renderContext',
  'goTo',
  'checkPage',
  'submit',
  'renderCompletion',
  'focusField',
  'renderStepNav',
  'backFromCheck',
  'internals',
  'hostStates',
  'applyRemoteData',
]);

/**
 * The analyzer lists modules in the order its file reads finish, which changes from run to run; sorted by path, the
 * manifest is the same on every machine, so the freshness test compares content, not timing.
 */
function stableOrderPlugin() {
  return {
    name: 'dvc-stable-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [themeTokensPlugin(), publicApiPlugin(), eventsPlugin(elementSources), stableOrderPlugin()],
};
