/** Looking up one kept draft by id, for the use cases that open, edit or check it. */
import type { StoredDraft } from '../domain/draft-record.ts';
import { BidwrightError } from '../domain/errors.ts';
import type { Store } from '../domain/ports.ts';

/** The kept draft `id`; NOT_FOUND names it when there is none. */
export async function draftOrThrow(store: Store, id: string): Promise<StoredDraft> {
  const draft = await store.getDraft(id);
  if (draft === null) throw new BidwrightError('NOT_FOUND', `No draft has the id "${id}". List the kept drafts to find its id.`);
  return draft;
}
