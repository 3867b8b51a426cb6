/**
 * How big and how settled a post's scope reads. Triage uses it for the scope-versus-budget reason
 * and clarifying questions; the drafter uses it for its scope note. The deliverable and large-scope
 * readings are the triage rubric's own (src/rubric/triage/scope.ts), so judge and rubric agree.
 */
import type { ParsedJobPost } from '../../../domain/schemas.ts';
import { countWords, termMatcher } from '../../../text/text.ts';
import { DELIVERABLE_NOUNS, isOverAMonth, largeScopePhrases, ongoingTerms } from '../../../rubric/triage/scope.ts';
import { phraseKey, wordRuns } from '../propose/word-index.ts';

/** Below this many words a description rarely pins down what should be delivered. */
const VAGUE_WORDS = 40;
/** Above this many words a description usually describes a large piece of work. */
const LONG_WORDS = 250;
/** A fixed budget under this many dollars is small work. */
export const SMALL_BUDGET = 500;
/** This many named deliverables make a large scope. */
const MANY_DELIVERABLES = 5;

// Beyond the rubric's ongoing words: signs the work will change shape as it goes.
const findEvolving = termMatcher([
  'iterative',
  'iterations',
  'retainer',
  'continuous',
  'maintenance',
  'more features',
  'future features',
  'additional features',
  'over time',
  'recurring',
  'regular basis',
  'phase two',
  'later phases',
]);

function body(post: ParsedJobPost): string {
  return post.facts.description.trim().length > 0 ? post.facts.description : post.text;
}

function titled(post: ParsedJobPost): string {
  return `${post.facts.title ?? ''}\n${body(post)}`;
}

const DELIVERABLE_KEYS: readonly { noun: string; key: string }[] = DELIVERABLE_NOUNS.map((noun) => ({ noun, key: phraseKey(noun) }));

/** The concrete deliverable nouns the post names, each once, plurals folded (as the rubric counts them). */
function deliverablesNamed(post: ParsedJobPost): string[] {
  const runs = wordRuns(titled(post));
  const found = DELIVERABLE_KEYS.filter(({ key }) => runs.has(key)).map(({ noun }) => noun.replace(/s$/, ''));
  return [...new Set(found)];
}

/** True when the description is short or names nothing concrete to deliver. */
export function isVagueScope(post: ParsedJobPost): boolean {
  return countWords(body(post)) < VAGUE_WORDS || deliverablesNamed(post).length === 0;
}

/** Why the scope reads as large, in words a reason can quote, or null when it does not. */
export function largeScopeEvidence(post: ParsedJobPost): string | null {
  const phrases = largeScopePhrases(titled(post));
  if (phrases.length > 0) return `the post asks for "${phrases[0]}"`;
  const named = deliverablesNamed(post);
  if (named.length >= MANY_DELIVERABLES) return `the post names ${named.length} deliverables (${named.slice(0, 5).join(', ')})`;
  const words = countWords(body(post));
  if (words > LONG_WORDS) return `the description runs to ${words} words`;
  return null;
}

// "1. Monthly sales trends ... 2. Top sellers ...", or bullet lines: the client has listed the work.
const NUMBERED_ITEM = /(?:^|\s)\d{1,2}[.)]\s/g;
const BULLET_LINE = /^[ \t]*[-*\u2022][ \t]+\S/gm;
const LISTED_ITEMS = 3;

// "1. **Monthly Sales Trends:** We want ...": a task's name, up to its colon or full stop.
const NUMBERED_NAME = /(?:^|\s)(\d{1,2})[.)][ \t]+(?:\*\*)?([^\n:*.?!]{3,80})/gu;

/**
 * The names of the tasks in a numbered list of three or more, in order ("Monthly Sales Trends",
 * "Top Sellers and Underperformers", ...), or an empty list. Only the run numbered 1, 2, 3 ... counts,
 * so a stray "2023." elsewhere is not a task. Bulleted lists are left out: they list a role's duties
 * more often than a piece of work's parts.
 */
export function numberedTasks(post: ParsedJobPost): string[] {
  const text = body(post);
  if ((text.match(NUMBERED_ITEM)?.length ?? 0) < LISTED_ITEMS) return [];
  const names: string[] = [];
  for (const match of text.matchAll(NUMBERED_NAME)) {
    if (Number(match[1]) !== names.length + 1) continue;
    names.push((match[2] ?? '').trim());
  }
  return names.length >= LISTED_ITEMS ? names : [];
}

/** The name of the first task in a numbered list of three or more ("Monthly Sales Trends"), or null. */
export function firstNumberedTask(post: ParsedJobPost): string | null {
  return numberedTasks(post)[0] ?? null;
}

/** True when the post lists the work item by item, or names several concrete deliverables: its scope is set. */
export function isListedScope(post: ParsedJobPost): boolean {
  const text = body(post);
  const listed = Math.max(text.match(NUMBERED_ITEM)?.length ?? 0, text.match(BULLET_LINE)?.length ?? 0);
  return listed >= LISTED_ITEMS || deliverablesNamed(post).length >= LISTED_ITEMS;
}

/** True when the work reads as long or likely to change: a duration over a month, or ongoing words. */
export function isEvolvingWork(post: ParsedJobPost): boolean {
  if (post.facts.duration !== null && isOverAMonth(post.facts.duration)) return true;
  const text = titled(post);
  return ongoingTerms(text).length > 0 || findEvolving(text).length > 0;
}

/** The fixed budget's ceiling when the post states a fixed price, else null. */
export function fixedBudget(post: ParsedJobPost): number | null {
  const { budget } = post.facts;
  if (budget.type !== 'fixed') return null;
  return budget.max ?? budget.min;
}
