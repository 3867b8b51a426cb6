/**
 * How often the same sentence appears, word for word, across drafts for different posts. A sentence
 * every client receives is boilerplate they learn to skip; issue 10 allows none in more than 10% of
 * drafts. Sentences quoting a cited proof item's own text are counted apart: they repeat only because
 * the same piece of work fits several posts.
 */
import { sentences } from '../../text/text.ts';

/** The share of drafts above which one repeated sentence counts as boilerplate. */
export const MAX_REPEAT_SHARE = 0.1;
/** Shorter sentences ("Hi,", "Thanks.") are greetings and sign-offs, not content. */
const MIN_WORDS = 4;

export interface RepeatedSentence {
  sentence: string;
  /** How many drafts contain it. */
  drafts: number;
  share: number;
}

export interface RepetitionReport {
  drafts: number;
  /** Every sentence found in more than one draft, most frequent first. */
  repeated: RepeatedSentence[];
  /** The repeated sentences above MAX_REPEAT_SHARE. */
  overLimit: RepeatedSentence[];
}

/**
 * Counts, for each sentence, the drafts that contain it. `quoted(sentence)` marks sentences that
 * quote proof text and are left out of the count.
 */
export function measureRepetition(drafts: readonly string[], quoted: (sentence: string) => boolean = () => false): RepetitionReport {
  const counts = new Map<string, number>();
  for (const draft of drafts) {
    const seen = new Set(
      sentences(draft)
        .map((s) => s.trim())
        .filter((s) => s.split(/\s+/).length >= MIN_WORDS && !quoted(s)),
    );
    for (const sentence of seen) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
  }
  const total = Math.max(drafts.length, 1);
  const repeated = [...counts.entries()]
    .filter(([, n]) => n > 1)
    .map(([sentence, n]) => ({ sentence, drafts: n, share: n / total }))
    .sort((a, b) => b.drafts - a.drafts || a.sentence.localeCompare(b.sentence));
  return { drafts: drafts.length, repeated, overLimit: repeated.filter((entry) => entry.share > MAX_REPEAT_SHARE) };
}
