import type { ProposalRule } from '../types.ts';
import { THROAT_CLEARING_OPENERS } from '../../text/vocabulary.ts';
import { clip, words } from '../../text/text.ts';
import { phraseAt } from '../../text/inflect.ts';
import { stripGreeting } from './sources.ts';

interface Opener {
  opener: string;
  phrase: string[];
}

const OPENERS: Opener[] = THROAT_CLEARING_OPENERS.map((opener) => ({ opener, phrase: words(opener) }));
// After a greeting is stripped, "Hi, I am" becomes "I am": keep the part after the greeting word.
const OPENERS_AFTER_GREETING: Opener[] = OPENERS.map(({ opener, phrase }) => ({
  opener,
  phrase: /^(?:hi|hello|hey)$/.test(phrase[0] ?? '') ? phrase.slice(1) : phrase,
}));
// The longest opener in words, so only the start of a long draft is split into words.
const HEAD = 200;

/** The opener the text starts with, inflections allowed ("I hoped this message found you well"), or null. */
function startsWithAny(text: string, openers: readonly Opener[]): string | null {
  const head = words(text.trimStart().slice(0, HEAD));
  return openers.find(({ phrase }) => phraseAt(head, 0, phrase))?.opener ?? null;
}

/** P02: an opener about the applicant (a resume line, throat-clearing, a pleasantry) wastes the visible lines. */
export const p02NoThroatClearing: ProposalRule = {
  id: 'P02',
  target: 'proposal',
  title: 'No resume or throat-clearing opener',
  severity: 'error',
  thresholds: {},
  check(subject) {
    const opener = startsWithAny(subject.text, OPENERS) ?? startsWithAny(stripGreeting(subject.text), OPENERS_AFTER_GREETING);
    if (opener === null) return [];
    return [
      {
        message: `The draft opens with "${opener}", which is about you, not the client; start with their problem instead.`,
        evidence: clip(subject.text.trimStart(), 80),
      },
    ];
  },
};
