import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { editDraft } from '../../src/app/edit-draft.ts';
import { exportDrafts } from '../../src/app/export-drafts.ts';
import { lint } from '../../src/app/lint.ts';
import { listDrafts } from '../../src/app/list-drafts.ts';
import { propose } from '../../src/app/propose.ts';
import { showDraft } from '../../src/app/show-draft.ts';
import { ProofItem } from '../../src/domain/schemas.ts';
import { createOfflineEngine } from '../../src/engines/offline/index.ts';
import { createProofRanker } from '../../src/retrieval/proof-ranker.ts';
import { createMemoryStore } from '../../src/storage/memory-store.ts';
import { EXAMPLES_DIR } from '../helpers/cli.ts';

async function setup() {
  const proof = (JSON.parse(await readFile(`${EXAMPLES_DIR}/proof.json`, 'utf8')) as unknown[]).map((item) => ProofItem.parse(item));
  const store = createMemoryStore({ proof });
  const post = await readFile(`${EXAMPLES_DIR}/job-post.txt`, 'utf8');
  let minute = 0;
  // Each call is a minute later, so every kept draft has its own time.
  const clock = { now: () => new Date(Date.UTC(2026, 10, 21, 10, minute++)) };
  return { store, post, deps: { store, engine: createOfflineEngine(), ranker: createProofRanker(), clock } };
}

const LETTER =
  'Your reorder sheet drifts because pasted rows overwrite the formulas. I would rebuild the sheet with locked formula columns and a paste area, ' +
  'then check one week of orders against it with you. Which columns do your staff paste into today?';

describe('draft history', () => {
  it('keeps a generated draft with its post, findings, engine, options and first version', async () => {
    const { post, deps, store } = await setup();
    const proposal = await propose({ jobPost: post, tone: 'warm', length: 'short' }, deps);
    const [kept] = (await store.listDrafts({ limit: 10 })).items;
    expect(kept).toMatchObject({ text: proposal.text, kind: 'proposal', version: 1, engine: 'offline', tone: 'warm', length: 'short', variant: 0 });
    expect(kept?.jobPost).toContain('Shopify');
    expect(kept?.postTitle).not.toBeNull();
    expect(kept?.findings).toEqual(proposal.findings);
  });

  it('keeps a linted draft once, however often the same text is checked', async () => {
    const { post, deps, store } = await setup();
    const first = await lint({ text: LETTER, jobPost: post }, deps);
    const again = await lint({ text: LETTER, jobPost: post }, deps);
    expect(again.draftId).toBe(first.draftId);
    const items = (await store.listDrafts({ limit: 10 })).items;
    expect(items.map((draft) => [draft.id, draft.kind])).toEqual([[first.draftId, 'lint']]);
  });

  it('does not call a kept draft, or its redrafts for the same post, a repeat when its text comes back with CRLF line endings from a form', async () => {
    const { post, deps, store } = await setup();
    await propose({ jobPost: post }, deps);
    const redraft = await propose({ jobPost: post, variant: 1 }, deps);
    const pasted = `${redraft.text.replace(/\n/g, '\r\n')}\r\n`;
    for (let check = 0; check < 2; check += 1) {
      const report = await lint({ text: pasted }, deps);
      expect(report.findings.map((finding) => finding.ruleId)).not.toContain('P21');
    }
    expect((await store.listDrafts({ limit: 10 })).items).toHaveLength(2);
  });

  it('names the earlier draft a repeat copies by its post title, date and id', async () => {
    const { post, deps } = await setup();
    const proposal = await propose({ jobPost: post }, deps);
    const [kept] = (await deps.store.listDrafts({ limit: 1 })).items;
    const report = await lint(
      { text: `${proposal.text} Thanks.`, jobPost: 'Fixed-price\n$900\nWe need a WooCommerce checkout review for our tea shop.' },
      deps,
    );
    const reuse = report.findings.find((finding) => finding.ruleId === 'P21');
    expect(reuse?.message).toContain(`your draft for "${kept?.postTitle}" kept 2026-11-21 (id ${kept?.id})`);
  });

  it('does not keep a live check, and never calls a draft a repeat of itself or its versions', async () => {
    const { deps, store } = await setup();
    const kept = await lint({ text: LETTER }, deps);
    const edited = `${LETTER} I can start on Monday.`;
    const live = await lint({ text: edited, draftId: kept.draftId ?? '', keep: false }, deps);
    expect(live.draftId).toBeNull();
    expect(live.findings.map((finding) => finding.ruleId)).not.toContain('P21');
    // Without naming the draft it edits, the same edit is flagged: the check still works.
    const unnamed = await lint({ text: edited, keep: false }, deps);
    expect(unnamed.findings.map((finding) => finding.ruleId)).toContain('P21');
    expect((await store.listDrafts({ limit: 10 })).items).toHaveLength(1);
  });

  it('saves an edit as a new version, re-checked against the same post, and lists the versions', async () => {
    const { post, deps } = await setup();
    const { draftId } = await lint({ text: LETTER, jobPost: post }, deps);
    const v2 = await editDraft(draftId ?? '', { text: `${LETTER} We can delve into it together.` }, deps);
    expect(v2).toMatchObject({ kind: 'edited', version: 2, editedFrom: draftId, rootId: draftId, engine: null });
    expect(v2.jobPost).toBe((await showDraft(draftId ?? '', deps.store)).draft.jobPost);
    expect((v2.findings ?? []).some((finding) => finding.ruleId === 'P16' && finding.evidence?.includes('delve'))).toBe(true);
    const v3 = await editDraft(draftId ?? '', { text: LETTER.replace('one week', 'two weeks') }, deps);
    expect(v3.version).toBe(3);
    const detail = await showDraft(v2.id, deps.store);
    expect(detail.versions.map((version) => version.version)).toEqual([1, 2, 3]);
  });

  it('keeps a check of an edit as the next version, so checking it again is not a repeat of the last check', async () => {
    const { deps } = await setup();
    const { draftId } = await lint({ text: LETTER }, deps);
    const first = await lint({ text: `${LETTER} I can start on Monday.`, draftId: draftId ?? '' }, deps);
    const second = await lint({ text: `${LETTER} I can start on Tuesday.`, draftId: draftId ?? '' }, deps);
    expect(second.findings.map((finding) => finding.ruleId)).not.toContain('P21');
    const detail = await showDraft(second.draftId ?? '', deps.store);
    expect(detail.versions.map((version) => [version.id, version.kind, version.version])).toEqual([
      [draftId, 'lint', 1],
      [first.draftId, 'edited', 2],
      [second.draftId, 'edited', 3],
    ]);
  });

  it('answers NOT_FOUND for an unknown draft', async () => {
    const { deps } = await setup();
    await expect(showDraft('nope', deps.store)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(editDraft('nope', { text: LETTER }, deps)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists newest first, a page at a time, and finds drafts by words in any case or accent', async () => {
    const { deps } = await setup();
    const ids: Array<string | null> = [];
    for (const word of ['alpha', 'beta', 'Café', 'delta']) ids.push((await lint({ text: `${word} ${LETTER}` }, deps)).draftId);
    const first = await listDrafts({ limit: 3 }, deps.store);
    expect(first.items.map((item) => item.id)).toEqual(ids.toReversed().slice(0, 3));
    const second = await listDrafts({ limit: 3, after: first.next ?? '' }, deps.store);
    expect(second).toEqual({ items: [expect.objectContaining({ id: ids[0], opening: expect.stringMatching(/^alpha /) })], next: null });
    const found = await listDrafts({ search: 'CAFE' }, deps.store);
    expect(found.items).toHaveLength(1);
    await expect(listDrafts({ since: 'yesterday' }, deps.store)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('exports CSV that quotes commas, quotes and line breaks and defuses formulas, and JSON of the records', async () => {
    const { deps } = await setup();
    await lint({ text: '=HYPERLINK("http://x") said "hi",\nthen left' }, deps);
    const csv = await exportDrafts({ format: 'csv' }, deps.store);
    const [header] = csv.body.split('\r\n');
    expect(header?.startsWith('id,created_at,kind,version')).toBe(true);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"") said ""hi"",\nthen left"`);
    const json = await exportDrafts({ format: 'json' }, deps.store);
    expect(JSON.parse(json.body)).toMatchObject([{ kind: 'lint', text: '=HYPERLINK("http://x") said "hi",\nthen left' }]);
  });
});
