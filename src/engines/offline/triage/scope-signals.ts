/**
 * How big and how settled a post's scope reads. Triage uses it for the scope-versus-budget reason
 * and clarifying questions; the drafter uses it for the scope note.
 */
import type { ParsedJobPost } from '../../../core/schemas.ts';
import { countWords, findTerms } from '../../../rubric/text.ts';

/** Below this many words a description rarely pins down what should be delivered. */
export const VAGUE_WORDS = 40;
/** Above this many words a description usually describes a large piece of work. */
export const LONG_WORDS = 250;
/** A fixed budget under this many dollars is small work. */
export const SMALL_BUDGET = 500;

const DELIVERABLE_NOUNS: readonly string[] = [
  'website', 'site', 'page', 'pages', 'landing page', 'app', 'application', 'dashboard', 'dashboards',
  'report', 'reports', 'script', 'scripts', 'integration', 'api', 'logo', 'logos', 'design', 'designs',
  'mockup', 'mockups', 'wireframe', 'wireframes', 'prototype', 'video', 'videos', 'article', 'articles',
  'blog post', 'blog posts', 'posts', 'copy', 'deck', 'slides', 'presentation', 'model', 'database',
  'spreadsheet', 'template', 'templates', 'plugin', 'extension', 'bot', 'chatbot', 'store', 'funnel',
  'campaign', 'campaigns', 'newsletter', 'email sequence', 'translation', 'transcript', 'transcripts',
  'audit', 'analysis', 'documentation', 'guide', 'manual', 'course', 'feature', 'features', 'dataset',
  'list', 'scraper', 'pipeline', 'workflow', 'automation', 'graphics', 'banner', 'flyer', 'illustration',
  'illustrations', 'ebook', 'book', 'podcast', 'episode', 'animation', 'theme', 'form', 'portal',
  'system', 'platform', 'tool', 'map', 'fix', 'bug', 'bugs', 'migration', 'setup', 'content calendar',
];

const LARGE_SCOPE_TERMS: readonly string[] = [
  'full', 'complete', 'end-to-end', 'end to end', 'platform', 'marketplace', 'from scratch',
  'app and website', 'website and app', 'entire', 'full-stack', 'full stack', 'saas',
];

const EVOLVING_TERMS: readonly string[] = [
  'ongoing', 'long-term', 'long term', 'evolving', 'iterative', 'iterations', 'phases', 'phase',
  'retainer', 'as needed', 'continuous', 'maintenance', 'more features', 'future features',
  'additional features', 'over time', 'recurring', 'regular basis', 'mvp',
];

function body(post: ParsedJobPost): string {
  return post.facts.description.trim().length > 0 ? post.facts.description : post.text;
}

/** The deliverable nouns the post names, each once. */
export function deliverablesNamed(post: ParsedJobPost): string[] {
  return findTerms(`${post.facts.title ?? ''}\n${body(post)}`, DELIVERABLE_NOUNS);
}

/** True when the description is short or names nothing concrete to deliver. */
export function isVagueScope(post: ParsedJobPost): boolean {
  return countWords(body(post)) < VAGUE_WORDS || deliverablesNamed(post).length === 0;
}

/** Bulleted or numbered lines: a rough count of listed deliverables or requirements. */
export function listedItems(post: ParsedJobPost): number {
  return body(post)
    .split(/\r?\n/)
    .filter((line) => /^\s*(?:[-*\u2022\u25cf]|\d+[.)])\s+\S/.test(line)).length;
}

/** Why the scope reads as large, or null when it does not. */
export function largeScopeEvidence(post: ParsedJobPost): string | null {
  const text = `${post.facts.title ?? ''}\n${body(post)}`;
  const words = countWords(body(post));
  const terms = findTerms(text, LARGE_SCOPE_TERMS);
  if (terms.length > 0) return `the post asks for "${terms[0]}" work`;
  if (words > LONG_WORDS) return `the description runs to ${words} words`;
  const listed = listedItems(post);
  if (listed >= 5) return `the post lists ${listed} separate items`;
  const named = deliverablesNamed(post);
  if (named.length >= 6) return `the post names ${named.length} different deliverables`;
  return null;
}

/** True when the work reads as long or likely to change: ongoing words, or a stated duration over a month. */
export function isEvolvingWork(post: ParsedJobPost): boolean {
  const duration = post.facts.duration ?? '';
  const longDuration = /month/i.test(duration) && !/less than\s*1\s*month/i.test(duration);
  return longDuration || findTerms(`${post.facts.title ?? ''}\n${body(post)}`, EVOLVING_TERMS).length > 0;
}

/** The fixed budget's ceiling when the post states a fixed price, else null. */
export function fixedBudget(post: ParsedJobPost): number | null {
  const { budget } = post.facts;
  if (budget.type !== 'fixed') return null;
  return budget.max ?? budget.min;
}
