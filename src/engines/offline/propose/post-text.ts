/**
 * The parts of a job post the drafter may borrow words from. Client instructions (secret words,
 * "start with", text aimed at an AI) are cut out first, so no term the draft echoes comes from them.
 */
import type { ParsedJobPost } from '../../../core/schemas.ts';
import { normalise, termPattern, words } from '../../../rubric/text.ts';

export interface PostText {
  title: string;
  description: string;
  skills: string[];
  /** Lower-case words the draft must never echo: the words a client instruction asks for. */
  forbidden: ReadonlySet<string>;
}

function stripInstructions(text: string, post: ParsedJobPost): string {
  let out = text;
  for (const instruction of post.instructions) {
    const needle = instruction.text.trim();
    if (needle.length > 0) out = out.split(needle).join(' ');
  }
  return out;
}

/** The post's title, description and skills with client instructions removed. */
export function postText(post: ParsedJobPost): PostText {
  const forbidden = new Set<string>();
  for (const instruction of post.instructions) {
    // Everything an AI-directed line says is off limits; for the others only the requested word is.
    const source = instruction.kind === 'ai_directed' ? `${instruction.text} ${instruction.value ?? ''}` : instruction.value ?? '';
    for (const word of words(source)) forbidden.add(word);
  }
  const title = stripInstructions(post.facts.title ?? '', post);
  const body = post.facts.description.trim().length > 0 ? post.facts.description : post.text;
  return {
    title,
    description: stripInstructions(body, post),
    skills: post.facts.skills.filter((skill) => !words(skill).some((w) => forbidden.has(w))),
    forbidden,
  };
}

/**
 * `phrase` as the text spells it (same case), or null when it does not occur as a whole word or
 * phrase. A plural "s"/"es" on the text's side also counts as a match.
 */
export function findSurface(text: string, phrase: string): string | null {
  const folded = normalise(text);
  const sameLength = folded.length === text.length;
  for (const variant of [phrase, `${phrase}s`, `${phrase}es`]) {
    const match = termPattern(variant, 'iu').exec(folded);
    if (match) return sameLength ? text.slice(match.index, match.index + match[0].length) : match[0];
  }
  return null;
}

/**
 * How a word should be cased mid-sentence: acronyms and mixed case ("SEO", "WooCommerce") stay;
 * a capitalised word stays only when the description capitalises it after a lower-case word (a name
 * such as "Shopify"); title-case words from a title ("Critical Project") are lower-cased.
 */
export function sentenceCase(word: string, source: PostText): string {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return word;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  for (const match of source.description.matchAll(pattern)) {
    const before = source.description.slice(Math.max(0, match.index - 4), match.index);
    // A capital after a sentence or line start proves nothing; one mid-sentence marks a name.
    if (!/(?:^|[.!?:;\n*#-])\s*["'(]?$/u.test(before)) return word;
  }
  return word.toLowerCase();
}
