/** Plain-text view models for the draft history's templates. */
import type { DraftDetail } from '../app/show-draft.ts';
import type { DraftPage } from '../app/list-drafts.ts';
import type { DraftKind } from '../domain/draft-record.ts';
import { findingsView, usageLine } from './finding-lines.ts';

const KIND_LABEL: Record<DraftKind, string> = { proposal: 'drafted', lint: 'checked', edited: 'edited' };

/** "drafted v1", "edited v3". */
function kindLabel(kind: DraftKind, version: number): string {
  return `${KIND_LABEL[kind]} v${version}`;
}

/** A page of the history. */
export function draftListView(page: DraftPage, filtered: boolean) {
  return {
    ...page,
    filtered,
    count: page.items.length,
    items: page.items.map((item) => ({ ...item, kindLabel: kindLabel(item.kind, item.version) })),
  };
}

/** One draft with its findings and versions. */
export function draftView({ draft, versions }: DraftDetail) {
  const settings = [draft.engine, draft.model, draft.tone, draft.length, draft.variant === null ? null : `variant ${draft.variant}`].filter(Boolean).join(', ');
  return {
    draft,
    kindLabel: kindLabel(draft.kind, draft.version),
    settings,
    usage: usageLine(draft.usage),
    findings: findingsView(draft.findings ?? []),
    versions: versions.length > 1 ? versions.map((version) => ({ ...version, current: version.id === draft.id })) : [],
  };
}
