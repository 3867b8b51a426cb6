/**
 * The layer boundaries of DESIGN.md (Architecture), checked by `npm run lint` (`depcruise src`).
 *
 *   domain <- text <- parse, retrieval, rubric, storage, prompts, render <- engines <- app
 *          <- http, cli, evals <- main.ts, config.ts (the composition root)
 *
 * Imports point down that list, never up; app (the use cases) takes ports and imports no adapter.
 * Every rule is an error: `depcruise src` exits non-zero on any violation.
 * Type-only imports count (tsPreCompilationDeps): a type is a dependency too.
 * test/architecture/boundaries.test.ts shows a parse -> app/engines import failing these rules.
 */

/** The folders between text and engines: each uses domain and text, never a sibling. */
const FEATURES = 'parse|retrieval|rubric|storage|prompts|render';
const ROOT = '^src/(main|config)[.]ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles anywhere in src: break them by moving the shared piece down a layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-no-project-folder',
      severity: 'error',
      comment: 'src/domain is the bottom layer (schemas, errors, ports, limits): it imports nothing else of the project.',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'text-imports-only-domain',
      severity: 'error',
      comment: 'src/text, the text toolkit, sits on domain alone.',
      from: { path: '^src/text/' },
      to: { path: '^src/', pathNot: '^src/(domain|text)/' },
    },
    {
      name: 'feature-imports-only-domain-and-text',
      severity: 'error',
      comment:
        'parse, retrieval, rubric, storage, prompts and render use domain and text (and their own folder) only: ' +
        'no sibling, nothing above. Shared vocabulary goes down into text.',
      from: { path: `^src/(${FEATURES})/` },
      to: { path: '^src/', pathNot: '^src/(domain|text|$1)/' },
    },
    {
      name: 'engines-import-nothing-above',
      severity: 'error',
      comment: 'Engines implement the Engine port; they must not reach up into app, the edges or the composition root.',
      from: { path: '^src/engines/' },
      to: { path: [`^src/(app|http|cli|evals)/`, ROOT] },
    },
    {
      name: 'app-imports-no-adapter',
      severity: 'error',
      comment:
        'A use case takes its ports as arguments: it may import domain, text, parse and rubric, ' +
        'never storage, engines, retrieval, prompts, render, the edges or the composition root.',
      from: { path: '^src/app/' },
      to: { path: '^src/', pathNot: '^src/(app|domain|text|parse|rubric)/' },
    },
    {
      name: 'edges-do-not-import-main',
      severity: 'error',
      comment: 'http, cli and evals receive what main.ts wires; they never import main.ts.',
      from: { path: '^src/(http|cli|evals)/' },
      to: { path: '^src/main[.]ts$' },
    },
    {
      name: 'edges-import-only-types-from-config',
      severity: 'error',
      comment: 'Only main.ts loads the configuration. An edge may name its shape (import type { Config, EngineName }), never call into config.ts.',
      from: { path: '^src/(http|cli|evals)/' },
      to: { path: '^src/config[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'http-imports-no-cli-or-evals',
      severity: 'error',
      comment: 'The HTTP edge stands alone: the CLI may start the server, not the other way round.',
      from: { path: '^src/http/' },
      to: { path: '^src/(cli|evals)/' },
    },
    {
      name: 'evals-import-no-http-or-cli',
      severity: 'error',
      comment: 'The eval runner drives use cases and engines directly; the CLI hosts it, not the reverse.',
      from: { path: '^src/evals/' },
      to: { path: '^src/(http|cli)/' },
    },
    {
      name: 'config-imports-only-domain',
      severity: 'error',
      comment: 'config.ts parses the environment with domain schemas; main.ts does the wiring.',
      from: { path: '^src/config[.]ts$' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'src-not-to-dev-dependency',
      severity: 'error',
      comment: 'src ships to users: it must not import a devDependency (vitest, msw, ...), which is not installed with the package.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'], pathNot: '^node_modules/@types/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing: a typo or a package missing from package.json.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead code (entry points and browser assets excepted).',
      from: {
        orphan: true,
        pathNot: ['^src/main[.]ts$', '^src/http/web/assets/', '^src/http/docs/', '[.]d[.]ts$'],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Package subpath exports (hono/html, lowdb/node): resolve as Node does for an ESM import.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
