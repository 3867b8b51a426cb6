/**
 * The data tags of a prompt (`<job_post>`, `<proof>`, ...) carry a random suffix chosen afresh for
 * each model request (`<job_post_7f3a9c2e>`). Data is already neutralised (neutralise.ts), so it
 * cannot write a tag at all; the suffix is the second wall: a post that somehow wrote a closing tag
 * could not know its name, and the model is told that only tags with this request's suffix count.
 */
import { randomBytes } from 'node:crypto';

/** A fresh suffix for one request's data tags: 8 hex digits from the system's random source. */
export function newTagSuffix(): string {
  return randomBytes(4).toString('hex');
}

// A tag as the templates write it: lower-case name, optional attributes (`<item id="x">`). Data
// cannot produce one, since neutralising turned every "<" in it into "&lt;".
const TEMPLATE_TAG = /<(\/?)([a-z][a-z_]{0,40})((?: [^<>\n]{0,200})?)>/g;
const CLOSING_TAG = /<\/([a-z][a-z_]{0,40})>/g;
// A suffix in a sent prompt, on a tag or quoted where the system message names it, for keys that
// must not change with it (recordings); the prompt may be JSON text, hence the backslash.
const SUFFIXED_TAG = /(<\/?[a-z][a-z_]{0,40}|")_[0-9a-f]{8}(?=[\s>"\\])/g;

/** The data tags of a set of templates: every name some template closes (`</job_post>`), so an example such as "<insert>" is left alone. */
export function dataTagNames(sources: Iterable<string>): ReadonlySet<string> {
  const names = new Set<string>();
  for (const source of sources) for (const match of source.matchAll(CLOSING_TAG)) names.add(match[1] ?? '');
  return names;
}

/** The rendered prompt with `_suffix` added to every data tag the template wrote, in data sections and in the instructions that name them. */
export function suffixTags(prompt: string, suffix: string, names: ReadonlySet<string>): string {
  return prompt.replace(TEMPLATE_TAG, (tag: string, slash: string, name: string, rest: string) =>
    names.has(name) ? `<${slash}${name}_${suffix}${rest}>` : tag,
  );
}

/** The prompt with every tag suffix replaced by a fixed one, so two requests that differ only in their suffix compare equal. */
export function withoutTagSuffix(prompt: string): string {
  return prompt.replace(SUFFIXED_TAG, '$1_suffix');
}
