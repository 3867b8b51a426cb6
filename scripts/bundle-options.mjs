// The esbuild settings every bundle of src/ shares: the build (scripts/build.mjs) and the
// cold-start bench's floor (bench/measure-cold-start.ts), which must load code as the CLI does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');

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

/** Options for esbuild's build(): add entry points and an outdir or outfile. */
export const bundleOptions = {
  bundle: true,
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
};
