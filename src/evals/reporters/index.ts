/**
 * Writes an eval run's reports: `console` to stdout, the others as one file each under `outDir`
 * (eval-results.json, junit.xml, eval-summary.md, eval-report.html).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BidwrightError } from '../../domain/errors.ts';
import type { EvalRun } from '../eval-result.ts';
import { formatConsole } from './console.ts';
import { DEFAULT_TEMPLATE, formatHtml } from './html.ts';
import { formatJunit } from './junit.ts';
import { formatMarkdown } from './markdown.ts';

/** The reporter names `--reporter` accepts. */
export const REPORTERS = ['console', 'json', 'junit', 'markdown', 'html'] as const;
export type ReporterName = (typeof REPORTERS)[number];

/** The file each file reporter writes inside `outDir`. */
const REPORT_FILES: Record<Exclude<ReporterName, 'console'>, string> = {
  json: 'eval-results.json',
  junit: 'junit.xml',
  markdown: 'eval-summary.md',
  html: 'eval-report.html',
};

export interface WriteReportsOptions {
  /** Reporter names; a comma-separated entry ("junit,json") is split. */
  reporters: string[];
  outDir: string;
  stdout: { write(text: string): void };
  /** Colour in the console report (a terminal without NO_COLOR). */
  color?: boolean;
  /** The HTML template; defaults to the project's templates/eval-report.hbs. */
  htmlTemplate?: string;
}

/** Splits, trims and de-duplicates reporter names, rejecting unknown ones with the valid list. */
export function parseReporters(names: readonly string[]): ReporterName[] {
  const list = names
    .flatMap((name) => name.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.length > 0);
  const unknown = list.filter((name) => !(REPORTERS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new BidwrightError('INVALID_INPUT', `Unknown reporter ${unknown.map((name) => `"${name}"`).join(', ')}; use any of: ${REPORTERS.join(', ')}.`);
  }
  return [...new Set(list)] as ReporterName[];
}

/**
 * Writes each requested report and returns the paths of the files written (console writes none).
 * Names are checked before anything is written, so a typo leaves no partial set of reports.
 */
export async function writeReports(run: EvalRun, options: WriteReportsOptions): Promise<string[]> {
  const reporters = parseReporters(options.reporters);
  const written: string[] = [];
  const files = reporters.filter((name) => name !== 'console');
  if (files.length > 0) {
    try {
      await mkdir(options.outDir, { recursive: true });
    } catch (error) {
      throw new BidwrightError('STORE_IO', `Cannot create the report folder ${options.outDir}; choose another with --out.`, { cause: error });
    }
  }
  for (const name of reporters) {
    if (name === 'console') {
      options.stdout.write(formatConsole(run, { color: options.color ?? false }));
      continue;
    }
    const content =
      name === 'json'
        ? `${JSON.stringify(run, null, 2)}\n`
        : name === 'junit'
          ? formatJunit(run)
          : name === 'markdown'
            ? formatMarkdown(run)
            : await formatHtml(run, options.htmlTemplate ?? DEFAULT_TEMPLATE);
    const path = join(options.outDir, REPORT_FILES[name]);
    try {
      await writeFile(path, content, 'utf8');
    } catch (error) {
      throw new BidwrightError('STORE_IO', `Cannot write the ${name} report to ${path}; check the --out folder is writable.`, { cause: error });
    }
    written.push(path);
  }
  return written;
}
