/**
 * The HTML report: one self-contained page rendered from `templates/eval-report.hbs` with a
 * Handlebars instance of its own whose escaping is on, because case inputs are hostile text.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { BidwrightError } from '../../domain/errors.ts';
import type { EvalRun } from '../eval-result.ts';
import { htmlView } from './html-view.ts';

/** Where the project keeps its output templates. */
export const DEFAULT_TEMPLATE = fileURLToPath(new URL('../../../templates/eval-report.hbs', import.meta.url));

/** Renders the report from a template source; strict so a renamed view field fails loudly. */
export function renderHtml(run: EvalRun, source: string): string {
  const hbs = Handlebars.create();
  const template = hbs.compile(source, { strict: true });
  return template(htmlView(run));
}

/** Reads the template file and renders the report. */
export async function formatHtml(run: EvalRun, templatePath: string = DEFAULT_TEMPLATE): Promise<string> {
  let source: string;
  try {
    source = await readFile(templatePath, 'utf8');
  } catch (error) {
    throw new BidwrightError('CONFIG', `Cannot read the HTML report template ${templatePath}; restore templates/eval-report.hbs.`, { cause: error });
  }
  return renderHtml(run, source);
}
