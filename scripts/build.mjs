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
import { bundleOptions } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
const { metafile } = await build({
  ...bundleOptions,
  entryPoints: [path.join(src, 'main.ts')],
  outdir: dist,
  splitting: true,
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
