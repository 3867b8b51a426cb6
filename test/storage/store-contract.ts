/**
 * The behaviour every Store must have. Each implementation's test file runs this suite.
 */
import { describe, expect, it } from 'vitest';
import type { Store, StoredDraft } from '../../src/domain/ports.ts';
import type { ProofItem } from '../../src/domain/schemas.ts';
import { BidwrightError } from '../../src/domain/errors.ts';

/** A complete proof item with test values; `overrides` win. */
export function proof(id: string, overrides: Partial<ProofItem> = {}): ProofItem {
  return {
    id,
    kind: 'case_study',
    title: `Inventory sync for shop ${id}`,
    clientType: 'online shop',
    problem: 'Stock counts drifted between the warehouse sheet and the storefront.',
    approach: 'Scheduled a reconciliation job with an exceptions list.',
    result: 'Oversells stopped.',
    metrics: [{ label: 'oversold orders per month', value: '0' }],
    skills: ['Python', 'Shopify'],
    link: null,
    public: false,
    ...overrides,
  };
}

/** A draft created `minutesAfter` minutes after a fixed start. */
export function draft(id: string, minutesAfter: number): StoredDraft {
  const createdAt = new Date(Date.UTC(2026, 0, 1) + minutesAfter * 60_000).toISOString();
  return { id, text: `Draft ${id} text`, createdAt, postTitle: null, postKey: null };
}

/** Resolves to the error `promise` rejects with, failing the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<BidwrightError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BidwrightError);
    return error as BidwrightError;
  }
  throw new Error('expected the promise to reject');
}

/** Runs the Store contract against stores made by `makeStore` (a fresh, empty store per call). */
export function runStoreContract(name: string, makeStore: () => Store | Promise<Store>): void {
  describe(`${name} (Store contract)`, () => {
    it('starts with a default profile, no proof and no drafts', async () => {
      const store = await makeStore();
      const profile = await store.getProfile();
      expect(profile.currency).toBe('USD');
      expect(profile.skills).toEqual([]);
      expect(await store.listProof()).toEqual([]);
      expect(await store.listDrafts()).toEqual([]);
    });

    it('keeps the profile it is given and fills missing fields with defaults', async () => {
      const store = await makeStore();
      const saved = await store.setProfile({ name: 'Ada', skills: ['SQL'] } as never);
      expect(saved.name).toBe('Ada');
      expect(saved.tone).toBe('plain');
      expect(await store.getProfile()).toEqual(saved);
    });

    it('rejects an invalid profile with INVALID_INPUT and keeps the old one', async () => {
      const store = await makeStore();
      await store.setProfile({ name: 'Ada' } as never);
      const error = await rejection(store.setProfile({ currency: 'dollars' } as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('currency');
      expect((await store.getProfile()).name).toBe('Ada');
    });

    it('adds proof items and finds them by id, in the order added', async () => {
      const store = await makeStore();
      await store.addProof(proof('b'));
      await store.addProof(proof('a'));
      expect((await store.listProof()).map((item) => item.id)).toEqual(['b', 'a']);
      expect(await store.getProof('a')).toEqual(proof('a'));
      expect(await store.getProof('missing')).toBeNull();
    });

    it('fills defaults for the optional fields of an added item', async () => {
      const store = await makeStore();
      const added = await store.addProof({ id: 'min', kind: 'credential', title: 'AWS certificate' } as never);
      expect(added.skills).toEqual([]);
      expect(added.link).toBeNull();
      expect(await store.getProof('min')).toEqual(added);
    });

    it('refuses a second item with the same id with CONFLICT, naming the id for the edges and no command', async () => {
      const store = await makeStore();
      await store.addProof(proof('dup', { title: 'first' }));
      const error = await rejection(store.addProof(proof('dup', { title: 'second' })));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain('"dup"');
      expect(error.message).not.toMatch(/bidwright |\brm\b/);
      expect(error.details).toEqual({ reason: 'duplicate-proof-id', id: 'dup' });
      expect((await store.getProof('dup'))?.title).toBe('first');
    });

    it('rejects an invalid proof item with INVALID_INPUT naming the field', async () => {
      const store = await makeStore();
      const error = await rejection(store.addProof(proof('bad id with spaces')));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('id');
      expect(await store.listProof()).toEqual([]);
    });

    it('removes an item, and answers NOT_FOUND naming an unknown id', async () => {
      const store = await makeStore();
      await store.addProof(proof('keep'));
      await store.addProof(proof('gone'));
      await store.removeProof('gone');
      expect((await store.listProof()).map((item) => item.id)).toEqual(['keep']);
      const error = await rejection(store.removeProof('gone'));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toBe('No proof item has the id "gone".');
      expect(error.details).toEqual({ reason: 'unknown-proof-id', id: 'gone' });
    });

    it('imports by id: adds new items, replaces existing ones in place, and counts both', async () => {
      const store = await makeStore();
      await store.addProof(proof('one', { title: 'old one' }));
      await store.addProof(proof('two'));
      const result = await store.importProof([proof('three'), proof('one', { title: 'new one' })]);
      expect(result).toEqual({ added: 1, updated: 1 });
      const items = await store.listProof();
      expect(items.map((item) => item.id)).toEqual(['one', 'two', 'three']);
      expect(items[0]?.title).toBe('new one');
    });

    it('applies nothing from an import with one invalid item', async () => {
      const store = await makeStore();
      await store.addProof(proof('one', { title: 'old one' }));
      const bad = { ...proof('broken'), kind: 'poem' } as unknown as ProofItem;
      const error = await rejection(store.importProof([proof('one', { title: 'new one' }), proof('fresh'), bad]));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('item 2');
      expect(error.message).toContain('kind');
      const items = await store.listProof();
      expect(items.map((item) => item.id)).toEqual(['one']);
      expect(items[0]?.title).toBe('old one');
    });

    it('rejects an import that repeats an id, naming it, and changes nothing', async () => {
      const store = await makeStore();
      const error = await rejection(store.importProof([proof('x'), proof('y'), proof('x')]));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('"x"');
      expect(error.message).not.toContain('"y"');
      expect(await store.listProof()).toEqual([]);
    });

    it('rejects an import that is not an array', async () => {
      const store = await makeStore();
      const error = await rejection(store.importProof({ id: 'x' } as never));
      expect(error.code).toBe('INVALID_INPUT');
    });

    it('returns copies: changing a returned object or the given item does not change the store', async () => {
      const store = await makeStore();
      const given = proof('c');
      const added = await store.addProof(given);
      given.title = 'changed by caller';
      given.skills.push('Cobol');
      added.metrics.push({ label: 'x', value: '1' });
      const listed = await store.listProof();
      (listed[0] as ProofItem).title = 'changed in list';
      const fetched = await store.getProof('c');
      (fetched as ProofItem).skills.length = 0;
      const profile = await store.getProfile();
      profile.skills.push('Lisp');
      await store.saveDraft(draft('d', 1));
      const drafts = await store.listDrafts();
      (drafts[0] as StoredDraft).text = 'changed';

      expect(await store.getProof('c')).toEqual(proof('c'));
      expect((await store.getProfile()).skills).toEqual([]);
      expect((await store.listDrafts())[0]?.text).toBe('Draft d text');
    });

    it('lists drafts newest first and honours the limit', async () => {
      const store = await makeStore();
      await store.saveDraft(draft('middle', 5));
      await store.saveDraft(draft('newest', 9));
      await store.saveDraft(draft('oldest', 1));
      expect((await store.listDrafts()).map((d) => d.id)).toEqual(['newest', 'middle', 'oldest']);
      expect((await store.listDrafts(2)).map((d) => d.id)).toEqual(['newest', 'middle']);
      expect(await store.listDrafts(0)).toEqual([]);
    });

    it('replaces a draft saved again under the same id', async () => {
      const store = await makeStore();
      await store.saveDraft(draft('same', 1));
      await store.saveDraft({ ...draft('same', 2), text: 'second version' });
      const drafts = await store.listDrafts();
      expect(drafts).toHaveLength(1);
      expect(drafts[0]?.text).toBe('second version');
    });

    it('keeps only the newest 200 drafts', async () => {
      const store = await makeStore();
      for (let i = 0; i < 205; i += 1) await store.saveDraft(draft(`d${i}`, i));
      const drafts = await store.listDrafts(1000);
      expect(drafts).toHaveLength(200);
      expect(drafts[0]?.id).toBe('d204');
      expect(drafts.at(-1)?.id).toBe('d5');
    });

    it('rejects a draft without a valid timestamp', async () => {
      const store = await makeStore();
      const error = await rejection(store.saveDraft({ ...draft('t', 0), createdAt: 'yesterday' }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('createdAt');
    });

    it('loses nothing when 50 items are added at once', async () => {
      const store = await makeStore();
      const ids = Array.from({ length: 50 }, (_, i) => `item-${i}`);
      await Promise.all(ids.map((id) => store.addProof(proof(id))));
      const stored = (await store.listProof()).map((item) => item.id);
      expect(stored.sort()).toEqual([...ids].sort());
    });

    it('lets exactly one of several concurrent adds of one id succeed', async () => {
      const store = await makeStore();
      const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => store.addProof(proof('same'))));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(await store.listProof()).toHaveLength(1);
    });
  });
}
