/**
 * Guards for text the drafter copies from elsewhere (proof items, post terms). The draft must pass
 * the rubric, so a borrowed phrase that would break a rule is left out rather than patched.
 */
import { findTerms } from '../../../text/text.ts';
import { countKeys, phraseKey, wordRuns } from './word-index.ts';
import { AI_TELL_WORDS, GUARANTEE_PHRASES, SELF_PRAISE_PHRASES, THROAT_CLEARING_OPENERS } from '../../../text/vocabulary.ts';

// Contact routes, payment routes and being-an-AI talk never belong in a draft, even when quoted.
const OFF_LIMITS_TERMS: readonly string[] = [
  'paypal',
  'zelle',
  'venmo',
  'payoneer',
  'western union',
  'bank transfer',
  'wire transfer',
  'bitcoin',
  'usdt',
  'whatsapp',
  'telegram',
  'skype',
  'discord',
  'wechat',
  'calendly',
  'gmail',
  'upwork',
  'fiverr',
  'pay me',
  'pay directly',
  'language model',
  'as an ai',
  'lorem',
  'ipsum',
  'xxx',
  'tbd',
  'asap',
];

const UNSAFE_PATTERNS: readonly RegExp[] = [
  /https?:\/\/|www\.|\b[\w-]+\.(?:com|net|org|io|co|me|ly|app|dev|ai|so|site|page|link|gg|xyz|biz|info|us|uk|de)\b/i,
  /@/,
  /\+?\d[\d\s().-]{7,}\d/,
  // Markdown and template marks; "#" stays allowed for names such as "C#".
  /[*`|_<>{}[\]\\~^=]/,
  /[?!]/,
  /\u2014|\u2013|\s--\s/,
  /\bnot (?:just|only)\b/i,
  // Durations and deadlines: the rubric only accepts timelines the job post itself states.
  /\b\d+\s*(?:-|to)?\s*\d*\s*(?:hours?|hrs?|days?|weeks?|months?|years?)\b/i,
  /\b(?:per hour|\/hr|flat fee)\b/i,
];

const VOCABULARY: readonly string[] = [...AI_TELL_WORDS, ...SELF_PRAISE_PHRASES, ...GUARANTEE_PHRASES, ...THROAT_CLEARING_OPENERS, ...OFF_LIMITS_TERMS];

// Looked up by word runs, built once: the drafter checks many borrowed phrases per post.
const VOCABULARY_KEYS: ReadonlySet<string> = new Set(VOCABULARY.map(phraseKey));

/** True when `text` can be quoted in a draft without breaking a rubric rule. */
export function isSafeText(text: string, avoidWords: readonly string[]): boolean {
  if (text.trim().length === 0) return false;
  if (UNSAFE_PATTERNS.some((pattern) => pattern.test(text))) return false;
  if (countKeys(wordRuns(text), VOCABULARY_KEYS) > 0) return false;
  return avoidWords.length === 0 || findTerms(text, avoidWords).length === 0;
}

/** The first sentence of a free-text field, whitespace collapsed, with a closing full stop. */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length === 0) return '';
  const match = /^(.+?[.!?])(?:\s|$)/.exec(flat);
  const sentence = (match?.[1] ?? flat).trim();
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** A quotable first sentence of `text`, or null when it is missing, too long or unsafe. */
export function quotable(text: string, avoidWords: readonly string[], maxWords = 35): string | null {
  const sentence = firstSentence(text);
  const wordCount = sentence.split(/\s+/).filter(Boolean).length;
  if (wordCount < 3 || wordCount > maxWords) return null;
  return isSafeText(sentence.replace(/\.$/, ''), avoidWords) ? sentence : null;
}
