/**
 * Reading the shape of the work from a post's description, duration and age: how many concrete
 * deliverables it names, whether it reads as large or ongoing, and how old it is. Heuristics, kept
 * deliberately narrow so a rule fires on clear cases rather than on every post.
 */
import { termMatcher } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';

const DELIVERABLES = [
  'website',
  'web app',
  'site',
  'app',
  'application',
  'landing page',
  'page',
  'logo',
  'dashboard',
  'api',
  'database',
  'script',
  'report',
  'article',
  'blog post',
  'post',
  'video',
  'mockup',
  'wireframe',
  'prototype',
  'integration',
  'plugin',
  'extension',
  'bot',
  'chatbot',
  'spreadsheet',
  'template',
  'model',
  'pipeline',
  'store',
  'shop',
  'feature',
  'module',
  'component',
  'email',
  'newsletter',
  'ebook',
  'brochure',
  'presentation',
  'deck',
  'illustration',
  'animation',
  'ad',
  'campaign',
  'audit',
  'migration',
  'backend',
  'frontend',
  'automation',
  'workflow',
  'form',
  'theme',
  'banner',
  'flyer',
  'infographic',
  'graphic',
  'thumbnail',
  'podcast',
  'transcript',
  'translation',
  'manuscript',
  'caption',
  'screen',
  'interface',
  'scraper',
  'crawler',
  'game',
  'course',
  'lesson',
  'documentation',
  'guide',
  'manual',
  'dataset',
  'listing',
  'invoice',
  'chart',
  'map',
  'icon',
  'label',
  'packaging',
  'slide',
  'voiceover',
  'subtitle',
  'book',
  'chapter',
  'cover',
  'funnel',
  'sequence',
  'server',
  'deployment',
  'test',
  'schema',
  'query',
  'design',
  'layout',
  'rendering',
  'drawing',
  'floor plan',
  'photo',
  'logo design',
];
const IRREGULAR_PLURALS = ['analyses', 'copies', 'strategies', 'studies', 'galleries', 'categories'];

/** Deliverable nouns in singular and plural form. */
export const DELIVERABLE_NOUNS: readonly string[] = [...DELIVERABLES.flatMap((noun) => [noun, `${noun}s`]), ...IRREGULAR_PLURALS];

// Compiled once: about 240 patterns, read on every triage.
const findDeliverables = termMatcher(DELIVERABLE_NOUNS);

/** The distinct concrete deliverable nouns the text names, singular and plural folded together. */
export function deliverablesIn(text: string): string[] {
  const found = findDeliverables(text).map((term) => term.replace(/s$/, ''));
  return [...new Set(found)];
}

const BIG_NOUNS =
  'website|site|app|application|platform|system|solution|redesign|rebuild|build|product|store|shop|saas|crm|marketplace|portal|dashboard|backend';
const LARGE_SCOPE_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:full|complete|entire|whole)\\s+(?:[\\w-]+\\s+){0,2}(?:${BIG_NOUNS})s?\\b`),
  // "platform" alone is usually where ads run ("social platforms"); it is scope when it is being built.
  /\b(?:build|develop|create|launch|code)(?:s|ing)?\s+(?:[\w-]+\s+){0,3}platform\b/,
  /\bend[- ]to[- ]end\b/,
  /\b(?:app|application)s?\s+(?:and|&|\+)\s+(?:a\s+)?(?:web\s*site|site)s?\b/,
  /\bweb\s*sites?\s+(?:and|&|\+)\s+(?:an?\s+)?(?:mobile\s+)?apps?\b/,
  /\bfrom scratch\b/,
];

/** The phrases in `text` that describe a large build ("full platform", "end-to-end", "app and website"). */
export function largeScopePhrases(text: string): string[] {
  const flat = fold(text).replace(/\s+/g, ' ');
  return LARGE_SCOPE_PATTERNS.flatMap((pattern) => {
    const match = pattern.exec(flat);
    return match ? [match[0]] : [];
  });
}

const findOngoing = termMatcher(['ongoing', 'long-term', 'long term', 'evolving', 'as needed', 'as-needed']);

/** Words that mark the work as open-ended, where a fixed price carries every change. */
export function ongoingTerms(text: string): string[] {
  return findOngoing(text);
}

const WEEKS_PER_MONTH = 52 / 12;

/**
 * True when a duration such as "1 to 3 months", "More than 6 months" or "6 weeks" runs past one
 * month. The top of a range decides, except after "less than", where the stated bound is a ceiling.
 */
export function isOverAMonth(duration: string): boolean {
  const text = fold(duration);
  if (/\b(?:ongoing|long[- ]term|years?)\b/.test(text)) return true;
  const numbers = (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
  const top = numbers.length > 0 ? Math.max(...numbers) : /\b(?:a|one)\b/.test(text) ? 1 : 0;
  const months = /\bmonths?\b/.test(text) ? top : /\bweeks?\b/.test(text) ? top / WEEKS_PER_MONTH : 0;
  if (months === 0) return false;
  // "More than 1 month" is past a month at its lower bound; everything else must exceed one.
  return /\bmore than\b/.test(text) ? months >= 1 : months > 1;
}

const DAYS_PER_UNIT: Record<string, number> = { minute: 0, hour: 0, day: 1, week: 7, month: 30, year: 365 };

/**
 * How many days ago a post went up, from text like "Posted 3 days ago", "2 weeks ago", "yesterday"
 * or "last month". Null when the text gives no age this reader understands.
 */
export function postAgeInDays(postedAgo: string): number | null {
  const text = fold(postedAgo);
  if (/\b(?:just now|today|seconds?)\b/.test(text)) return 0;
  if (/\byesterday\b/.test(text)) return 1;
  const last = /\blast\s+(day|week|month|year)\b/.exec(text);
  if (last?.[1] !== undefined) return DAYS_PER_UNIT[last[1]] ?? null;
  const counted = /\b(\d+(?:\.\d+)?|an?|one)\+?\s+(minute|hour|day|week|month|year)s?\b/.exec(text);
  if (counted?.[1] === undefined || counted[2] === undefined) return null;
  const count = /^\d/.test(counted[1]) ? Number(counted[1]) : 1;
  return count * (DAYS_PER_UNIT[counted[2]] ?? 0);
}
