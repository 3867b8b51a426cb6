import { fold } from '../../text/fold.ts';
import type { OfferRule, RuleHit } from '../types.ts';

const ACTIVITY_VERBS = [
  'write',
  'design',
  'create',
  'make',
  'build',
  'develop',
  'produce',
  'edit',
  'do',
  'deliver',
  'provide',
  'draft',
  'translate',
  'record',
  'post',
  'publish',
  'manage',
  'test',
  'enter',
  'research',
  'code',
  'program',
  'set up',
  'setup',
  'craft',
  'shoot',
  'film',
  'film and edit',
  'transcribe',
  'proofread',
  'illustrate',
  'animate',
  'upload',
  'schedule',
  'answer',
  'handle',
  'review',
];
// A year ("2026 launch plan") is not a count.
const COUNT =
  '(?:(?!(?:19|20)\\d\\d\\b)\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a dozen|dozens of|hundreds of)';
// A count is a number followed by a word: "10 blog posts", not "40%" or "3x".
const COUNT_THEN_WORD = `(?:up to\\s+|over\\s+|at least\\s+)?${COUNT}(?:\\+)?\\s+[a-z]`;
const ACTIVITY_COUNT = new RegExp(`^(?:i will\\s+|we will\\s+|i'll\\s+|we'll\\s+)?(?:(?:${ACTIVITY_VERBS.join('|')})\\s+)?${COUNT_THEN_WORD}`);

function flat(text: string): string {
  return fold(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '');
}

/** O02: the headline leads with the buyer's outcome, not a count of work, and is not the task restated. */
export const o02OutcomeHeadline: OfferRule = {
  id: 'O02',
  target: 'offer',
  title: 'Headline leads with an outcome, not an activity count',
  severity: 'error',
  thresholds: {},
  check(offer) {
    const headline = flat(offer.headline);
    const hits: RuleHit[] = [];
    if (ACTIVITY_COUNT.test(headline)) {
      hits.push({
        message: 'The headline leads with a count of work: lead with the outcome the buyer gets, and move the count to deliverables.',
        evidence: offer.headline,
      });
    }
    if (headline !== '' && headline === flat(offer.input)) {
      hits.push({
        message: 'The headline repeats the task as given: rewrite it as the outcome the buyer gets.',
        evidence: offer.headline,
      });
    }
    if (headline === '') hits.push({ message: 'The offer has no headline: write one line that names the outcome.', evidence: null });
    return hits;
  },
};
