import { z } from 'zod';
import { draftFamily, StoredDraft } from '../domain/draft-record.ts';
import type { Store } from '../domain/ports.ts';
import { draftOrThrow } from './find-draft.ts';
import { DraftSummary, summarise } from './list-drafts.ts';

/** One kept draft with every version of it, oldest first. */
export const DraftDetail = z.object({ draft: StoredDraft, versions: z.array(DraftSummary) });
export type DraftDetail = z.infer<typeof DraftDetail>;

/** The most versions one draft lists (a store page). */
const MAX_VERSIONS = 1000;

/** Every version of the draft `family` names, oldest first. */
export async function draftVersions(store: Store, family: string): Promise<StoredDraft[]> {
  // No version is older than the first, so the store need not read further back than it.
  const first = await store.getDraft(family);
  const since = first === null ? {} : { since: first.createdAt };
  return (await store.listDrafts({ family, limit: MAX_VERSIONS, ...since })).items.toReversed();
}

/** Where an edit of `base` goes among its draft's versions: one past the newest, linked to `base`. */
export async function nextVersion(store: Store, base: StoredDraft): Promise<Pick<StoredDraft, 'version' | 'editedFrom' | 'rootId'>> {
  const family = draftFamily(base);
  const newest = Math.max(base.version, ...(await draftVersions(store, family)).map((version) => version.version));
  return { version: newest + 1, editedFrom: base.id, rootId: family };
}

/** The draft `id` (NOT_FOUND when there is none) and its versions. */
export async function showDraft(id: string, store: Store): Promise<DraftDetail> {
  const draft = await draftOrThrow(store, id);
  return { draft, versions: (await draftVersions(store, draftFamily(draft))).map(summarise) };
}
