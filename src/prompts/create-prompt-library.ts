import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { BidwrightError } from '../domain/errors.ts';
import { dataTagNames, suffixTags } from './data-tag.ts';
import { neutraliseData } from './neutralise.ts';

export interface PromptLibraryOptions {
  /** Folder of `<task>.system.hbs` / `<task>.user.hbs` templates; `_name.hbs` files are partials. */
  dir: string;
}

export interface PromptLibrary {
  /**
   * Renders template `name` (e.g. "propose.system"); every string in `view` is treated as untrusted
   * data. Every data tag the template writes (a name some template closes) gets `tagSuffix` (data-tag.ts: one fresh suffix per request,
   * the same for its system and user message), and templates can name it as `{{tagSuffix}}`.
   */
  render(name: string, view: object, tagSuffix: string): string;
  /** sha256 (hex) of the template's source and every partial's, for provenance in recordings and evals. */
  templateHash(name: string): string;
  /** The template names, sorted. */
  names(): string[];
}

/**
 * Loads the prompt templates once and compiles each in strict mode, so a view missing a field
 * throws instead of silently sending the model an empty gap. Output is plain text (no HTML
 * escaping); instead every string in a view is neutralised (see neutralise.ts) so data can never
 * close the tags that delimit it.
 */
export function createPromptLibrary(options: PromptLibraryOptions): PromptLibrary {
  const hbs = Handlebars.create();
  // Numbered lists: {{inc @index}} counts from 1.
  hbs.registerHelper('inc', (value: unknown) => (typeof value === 'number' ? value + 1 : value));
  const sources = new Map<string, string>();
  const partials: string[] = [];
  let files: string[];
  try {
    files = readdirSync(options.dir)
      .filter((file) => file.endsWith('.hbs'))
      .sort();
  } catch (error) {
    throw new BidwrightError('CONFIG', `Cannot read the prompt templates in ${options.dir}: reinstall bidwright or restore the prompts/ folder.`, {
      cause: error,
    });
  }
  for (const file of files) {
    const source = readFileSync(join(options.dir, file), 'utf8');
    const name = basename(file, '.hbs');
    if (name.startsWith('_')) {
      hbs.registerPartial(name.slice(1), source);
      partials.push(source);
    } else {
      sources.set(name, source);
    }
  }
  const templates = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of sources) templates.set(name, hbs.compile(source, { strict: true, noEscape: true }));
  const partialsDigest = partials.join('\u0000');
  const tagNames = dataTagNames([...sources.values(), ...partials]);

  const lookup = (name: string): Handlebars.TemplateDelegate => {
    const template = templates.get(name);
    if (template === undefined) {
      throw new BidwrightError('CONFIG', `No prompt template named "${name}" in ${options.dir}: expected ${name}.hbs.`);
    }
    return template;
  };

  return {
    render(name, view, tagSuffix) {
      const template = lookup(name);
      try {
        return suffixTags(template({ ...neutraliseData(view), tagSuffix }), tagSuffix, tagNames);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new BidwrightError('CONFIG', `The prompt template "${name}" could not be rendered: ${reason}.`, { cause: error });
      }
    },
    templateHash(name) {
      lookup(name);
      return createHash('sha256')
        .update(sources.get(name) ?? '')
        .update('\u0000')
        .update(partialsDigest)
        .digest('hex');
    },
    names: () => [...templates.keys()].sort(),
  };
}
