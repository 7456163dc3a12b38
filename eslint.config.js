// Lint rules, and the import boundaries of DESIGN.md ("who may import what") as `no-restricted-imports`.
import { builtinRules } from 'eslint/use-at-your-own-risk';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

// ESLint 10 no longer ships `@eslint/js`; its recommended set is exactly the core rules flagged as recommended.
const eslintRecommended = {
  rules: Object.fromEntries(
    [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
  ),
};

// Globals for plain JavaScript files (TypeScript files are checked by tsc, which knows them already).
const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']));
const nodeGlobals = readonly([
  'AbortController',
  'Buffer',
  'URL',
  'URLSearchParams',
  'TextDecoder',
  'TextEncoder',
  'clearInterval',
  'clearTimeout',
  'console',
  'fetch',
  'globalThis',
  'performance',
  'process',
  'queueMicrotask',
  'setInterval',
  'setTimeout',
  'structuredClone',
]);
// Callbacks passed to Playwright's page.evaluate() run in the page.
const browserGlobals = readonly(['window', 'document', 'navigator', 'location', 'localStorage', 'CSS']);

const NO_DOM_LIBRARIES = [
  {
    group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'],
    message: 'src/core is DOM-free: no Lit.',
  },
  { group: ['dexie', 'dexie/*'], message: 'src/core does not touch storage; src/storage owns Dexie.' },
  { group: ['pdf-lib', 'pdf-lib/*'], message: 'src/core does not build PDFs; src/pdf does.' },
  {
    regex: '(^|/)(elements|storage|pdf|sync|controllers|i18n|styles|demo|sw|cli|receiver)(/|$)',
    message: 'src/core imports only src/core (it writes its own vi/en messages; see DESIGN.md).',
  },
];
const NO_AJV = {
  group: ['ajv', 'ajv/*', 'ajv-formats', 'ajv-formats/*'],
  message: 'Only src/core/validate imports Ajv (validators are precompiled for browsers).',
};
const NO_DEXIE = {
  group: ['dexie', 'dexie/*'],
  message: 'Elements reach storage through controllers, never Dexie directly.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-node/',
      'dist-lib/',
      'dist-examples/',
      'src/generated/',
      'node_modules/',
      'forms/data/',
      'coverage/',
      'test-results/',
    ],
  },
  eslintRecommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['test/e2e/**/*.mjs', 'scripts/size.mjs'],
    languageOptions: { globals: { ...nodeGlobals, ...browserGlobals } },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/validate/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_AJV] }] },
  },
  {
    // Its own rule name (typescript-eslint's copy of the core rule), so that this block adds to the boundaries above
    // and below instead of replacing them for the same files.
    files: ['src/**/*.ts'],
    ignores: ['src/receiver/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tus/*'],
              message:
                'Only the reference receiver (src/receiver) uses @tus/*; devices speak tus with src/sync/tus.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/validate/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...NO_DOM_LIBRARIES, NO_AJV] }] },
  },
  {
    files: ['src/core/validate/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: NO_DOM_LIBRARIES }] },
  },
  {
    files: ['src/elements/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_AJV, NO_DEXIE] }] },
  },
  {
    files: ['src/elements/**/*.ts', 'src/demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
);
