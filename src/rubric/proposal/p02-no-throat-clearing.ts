import type { ProposalRule } from '../types.ts';
import { THROAT_CLEARING_OPENERS } from '../../text/vocabulary.ts';
import { clip, termPattern } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';
import { stripGreeting } from './sources.ts';

// After a greeting is stripped, "Hi, I am" becomes "I am": keep the part after the greeting word.
const AFTER_GREETING = THROAT_CLEARING_OPENERS.map((opener) => opener.replace(/^(?:hi|hello|hey),?\s+/, ''));

interface Opener {
  opener: string;
  pattern: RegExp;
}

function compile(openers: readonly string[]): Opener[] {
  return openers.map((opener) => ({ opener, pattern: termPattern(opener, 'iu') }));
}

const OPENERS = compile(THROAT_CLEARING_OPENERS);
const OPENERS_AFTER_GREETING = compile(AFTER_GREETING);

function startsWithAny(text: string, openers: readonly Opener[]): string | null {
  const start = fold(text).trimStart();
  for (const { opener, pattern } of openers) {
    const match = pattern.exec(start);
    if (match && match.index === 0) return opener;
  }
  return null;
}

/** P02: an opener about the applicant (a resume line, throat-clearing) wastes the visible lines. */
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
