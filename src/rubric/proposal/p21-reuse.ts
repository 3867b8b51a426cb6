import { REUSE } from '../../domain/judgement.ts';
import type { StoredDraft } from '../../domain/ports.ts';
import { sameDraftText } from '../../domain/draft-record.ts';
import { clip, ngrams } from '../../text/text.ts';
import type { EarlierDraft, ProposalRule } from '../types.ts';

/**
 * P21: a letter that mostly repeats an earlier one is a template, and clients who post often see
 * the same one twice. Compares word 5-grams; reports the closest earlier draft by what a person
 * finds it by in the history (post title, date, id), since a position in a list means nothing to them.
 */
export const p21Reuse: ProposalRule<{ n: number; maxOverlap: number }> = {
  id: 'P21',
  target: 'proposal',
  title: 'Not a reuse of an earlier draft (5-gram overlap)',
  severity: 'warn',
  thresholds: { n: REUSE.n, maxOverlap: REUSE.maxOverlap },
  check(subject, context, thresholds) {
    const n = Math.max(1, Math.round(thresholds.n));
    const mine = ngrams(subject.text, n);
    if (mine.size === 0) return [];
    let worst = 0;
    let closest: EarlierDraft | null = null;
    for (const earlier of context.earlierDrafts) {
      const theirs = ngrams(earlier.text, n);
      let shared = 0;
      for (const gram of mine) if (theirs.has(gram)) shared += 1;
      const overlap = shared / mine.size;
      if (overlap > worst) {
        worst = overlap;
        closest = earlier;
      }
    }
    const max = thresholds.maxOverlap;
    if (closest === null || worst <= max) return [];
    return [
      {
        message: `${Math.round(worst * 100)}% of this draft's ${n}-word phrases repeat ${describeDraft(closest)}; rewrite it for this client.`,
        evidence: `overlap ${worst.toFixed(2)} with draft ${closest.id} (limit ${max})`,
      },
    ];
  },
};

/** "your draft for "Shopify speed audit" kept 2026-12-07 (id 3f2a...)". */
function describeDraft(draft: EarlierDraft): string {
  const post = draft.postTitle === null ? '' : ` for "${clip(draft.postTitle, 80)}"`;
  const kept = draft.createdAt === null ? '' : ` kept ${draft.createdAt.slice(0, 10)}`;
  return `your draft${post}${kept} (id ${draft.id})`;
}

/**
 * The earlier drafts that count for reuse: only drafts written for other posts. Redrafting or
 * editing a draft for the same post is not reuse, nor is the very text being checked (however its
 * line endings and spacing came back: a browser form sends CRLF).
 */
export function reuseCandidates(stored: readonly StoredDraft[], postKey: string | null, text?: string): StoredDraft[] {
  return stored.filter((draft) => (text === undefined || !sameDraftText(draft.text, text)) && (postKey === null || draft.postKey !== postKey));
}
