import type { BuildOptions } from 'esbuild';

/** Options for esbuild's build(): add entry points and an outdir or outfile. */
export declare const bundleOptions: BuildOptions;
