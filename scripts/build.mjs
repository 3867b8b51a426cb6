// `npm run build`: bundles src/ into dist/ with esbuild, which the CLI and the server run.
//
// Why a bundle and not tsc's one file per module: a cold command spent most of its time finding,
// reading and compiling modules (about 400 for `lint`, 460 for `serve`, half of them zod's and
// libphonenumber's). The bundle keeps the lazy imports as split points, so `--help` and `lint`
// still load only what they use, in a few dozen files. Type checking is `npm run typecheck`.
//
// The data files next to the sources (content tables, web assets, API docs) are copied to the same
// places under dist/, and each module's `import.meta.url` is rewritten to the place its own file
// would have had there, so paths built from it still find them.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

/** `import.meta.url` in src/a/b.ts reads as dist/a/b.js's URL, wherever the bundle puts the code. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(bundler) {
    bundler.onLoad({ filter: /\.ts$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      if (!args.path.startsWith(src + path.sep) || !contents.includes('import.meta.url')) return undefined;
      // Every chunk is written at the top of dist/, so a path relative to dist/ is relative to the chunk.
      const own = `./${path.relative(src, args.path).split(path.sep).join('/').replace(/\.ts$/, '.js')}`;
      return { contents: contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/**
 * zod re-exports all of its ~60 message locales (z.locales), which would put 370 KB that every
 * command parses into the bundle; bidwright writes its own messages and uses only English, the
 * locale zod configures itself with, so the bundle keeps that one.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';\n",
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

rmSync(dist, { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: [path.join(src, 'main.ts')],
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // Found on disk at run time: swagger-ui-dist serves its own files; libphonenumber-js is
  // required on first use (src/text/contact-phone.ts).
  external: ['swagger-ui-dist', 'libphonenumber-js'],
  // Bundled CommonJS packages (handlebars, proper-lockfile) require Node's own modules.
  //
  // zod decides when a schema is built whether to compile a parser for it (new Function) on its
  // first parse, reading its settings from globalThis.__zod_globalConfig when its module loads.
  // Set at the top of every file, it holds for every schema, those built as the CLI loads (the
  // domain schemas, the content tables checked at load) included: a command parses each a handful
  // of times, and compiling cost more than it saved (cold lint 864 -> 845 million instructions; a
  // 10,000-item library validates as fast either way). test/cli/bin-startup.test.ts holds it.
  banner: {
    js: "import { createRequire as bundleRequire } from 'node:module';\nconst require = bundleRequire(import.meta.url);\nglobalThis.__zod_globalConfig ??= { jitless: true };",
  },
  plugins: [keepModuleUrls, englishOnlyZod],
  // Comments and layout go: V8 reads every byte of a file a command loads, and a comment with one
  // character outside ASCII (zod has one) makes it read the whole file as two-byte text. A cold
  // lint: 842 -> 821 million instructions. Which modules each file holds is in modules.json.
  minifyWhitespace: true,
  metafile: true,
  logLevel: 'warning',
});
// dist/modules.json: each output file (relative to dist/) and the source modules it holds
// (src/..., node_modules/...), for finding what a command loads (test/cli/bin-startup.test.ts).
const modules = Object.fromEntries(
  Object.entries(metafile.outputs).map(([file, output]) => [
    // esbuild writes the metafile's paths relative to the directory the build runs in.
    path.relative(dist, path.resolve(file)).split(path.sep).join('/'),
    Object.keys(output.inputs).map((input) => path.relative(root, path.resolve(input)).split(path.sep).join('/')),
  ]),
);
writeFileSync(path.join(dist, 'modules.json'), `${JSON.stringify(modules, null, 1)}\n`);
cpSync(src, dist, { recursive: true, filter: (file) => !file.endsWith('.ts') });

// The output templates, precompiled with the options src/render/template-env.ts compiles them with
// (COMPILE_OPTIONS; test/render/precompiled-renderer.test.ts holds the two together), so a command
// loads Handlebars' runtime and never its compiler (src/render/precompiled-renderer.ts).
const templates = path.join(root, 'templates');
const built = path.join(dist, 'render', 'templates');
mkdirSync(built, { recursive: true });
for (const file of readdirSync(templates).filter((name) => name.endsWith('.hbs'))) {
  // One CommonJS file per template, so a command requires only the one it prints.
  const spec = Handlebars.precompile(readFileSync(path.join(templates, file), 'utf8'), { strict: true, noEscape: true });
  writeFileSync(path.join(built, `${path.basename(file, '.hbs')}.cjs`), `// Made by scripts/build.mjs from templates/${file}.\nmodule.exports = ${spec};\n`);
}
