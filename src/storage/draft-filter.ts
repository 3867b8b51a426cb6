/**
 * Which drafts a DraftQuery keeps beyond its time range: the words searched for (folded, so case,
 * accents and look-alike letters do not matter) and the versions of one draft.
 */
import { draftFamily, type StoredDraft } from '../domain/draft-record.ts';
import type { DraftQuery } from '../domain/ports.ts';
import { foldForSearch } from '../text/fold.ts';

// Kept records are frozen and never change, so each one's folded text is worked out once.
const folded = new WeakMap<StoredDraft, string>();

function haystack(draft: StoredDraft): string {
  let text = folded.get(draft);
  if (text === undefined) {
    text = foldForSearch([draft.postTitle ?? '', draft.deliverable ?? '', draft.text].join('\n'));
    folded.set(draft, text);
  }
  return text;
}

/** The test a draft must pass to be listed, or null when the query asks for none. */
export function draftFilter(query: Pick<DraftQuery, 'search' | 'family'>): ((draft: StoredDraft) => boolean) | null {
  const needle = foldForSearch(query.search ?? '').trim();
  const { family } = query;
  if (needle === '' && family === undefined) return null;
  // A plain substring test: linear in the text, whatever the user types.
  return (draft) => (family === undefined || draftFamily(draft) === family) && (needle === '' || haystack(draft).includes(needle));
}
