/**
 * The behaviour every Store must have. Each implementation's test file runs this suite.
 */
import { describe, expect, it } from 'vitest';
import { StoredDraft } from '../../src/domain/draft-record.ts';
import type { Store } from '../../src/domain/ports.ts';
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
  return StoredDraft.parse({ id, text: `Draft ${id} text`, createdAt, postTitle: null, postKey: null });
}

/** Every stored draft, newest first (the tests store fewer than one page). */
export async function listAll(store: Store): Promise<StoredDraft[]> {
  return (await store.listDrafts({ limit: 1000 })).items;
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
      expect(await store.listDrafts({ limit: 10 })).toEqual({ items: [], next: null });
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
      expect(error.message).toMatch(/^Id: /);
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
      // The third item, counted from 1 as people count.
      expect(error.message).toContain('Item 3, kind');
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

    it('returns frozen values, and copies what it is given', async () => {
      const store = await makeStore();
      const given = proof('c');
      const added = await store.addProof(given);
      given.title = 'changed by caller';
      given.skills.push('Cobol');
      await store.saveDraft(draft('d', 1));
      const listed = await store.listProof();
      const profile = await store.getProfile();
      const drafts = await listAll(store);

      expect(() => added.metrics.push({ label: 'x', value: '1' })).toThrow(TypeError);
      expect(() => listed.push(proof('sneaked'))).toThrow(TypeError);
      expect(() => Object.assign(listed[0] as ProofItem, { title: 'changed in list' })).toThrow(TypeError);
      expect(() => profile.skills.push('Lisp')).toThrow(TypeError);
      expect(() => Object.assign(drafts[0] as StoredDraft, { text: 'changed' })).toThrow(TypeError);
      expect(await store.getProof('c')).toEqual(proof('c'));
      expect((await store.getProfile()).skills).toEqual([]);
    });

    it('returns the same library array until the library changes, and a new one after', async () => {
      const store = await makeStore();
      await store.addProof(proof('a'));
      const first = await store.listProof();
      expect(await store.listProof()).toBe(first);
      await store.setProfile({ name: 'Ada' } as never);
      await store.saveDraft(draft('d', 1));
      expect(await store.listProof()).toBe(first);

      await store.addProof(proof('b'));
      const second = await store.listProof();
      expect(second).not.toBe(first);
      expect(second.map((item) => item.id)).toEqual(['a', 'b']);
      expect(first.map((item) => item.id)).toEqual(['a']);
      await store.removeProof('a');
      expect(await store.listProof()).not.toBe(second);
    });

    it('lists drafts newest first and honours the limit', async () => {
      const store = await makeStore();
      await store.saveDraft(draft('middle', 5));
      await store.saveDraft(draft('newest', 9));
      await store.saveDraft(draft('oldest', 1));
      expect((await listAll(store)).map((d) => d.id)).toEqual(['newest', 'middle', 'oldest']);
      expect((await store.listDrafts({ limit: 2 })).items.map((d) => d.id)).toEqual(['newest', 'middle']);
      expect((await store.listDrafts({ limit: 0 })).items).toEqual([]);
    });

    it('replaces a draft saved again under the same id', async () => {
      const store = await makeStore();
      await store.saveDraft(draft('same', 1));
      await store.saveDraft({ ...draft('same', 2), text: 'second version' });
      const drafts = await listAll(store);
      expect(drafts).toHaveLength(1);
      expect(drafts[0]?.text).toBe('second version');
    });

    it('keeps every draft and pages through them exactly once, across equal times and months', async () => {
      const store = await makeStore();
      // Three drafts a day for 70 days: two month boundaries, and every time shared by three.
      const saved = Array.from({ length: 210 }, (_, i) => ({
        ...draft(`d${String(i).padStart(3, '0')}`, 0),
        createdAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 3))).toISOString(),
      }));
      for (const one of saved) await store.saveDraft(one);
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await store.listDrafts({ limit: 40, ...(after && { after }) });
        seen.push(...page.items.map((d) => d.id));
        after = page.next ?? undefined;
      } while (after !== undefined);
      expect(seen).toHaveLength(210);
      expect(new Set(seen).size).toBe(210);
      expect(seen[0]).toBe('d209');
      expect(seen.at(-1)).toBe('d000');
    });

    it('lists the drafts of a time range, from its start up to, not including, its end', async () => {
      const store = await makeStore();
      for (const minutes of [1, 2, 3, 4]) await store.saveDraft(draft(`m${minutes}`, minutes));
      const page = await store.listDrafts({ limit: 10, since: draft('x', 2).createdAt, until: draft('x', 4).createdAt });
      expect(page.items.map((d) => d.id)).toEqual(['m3', 'm2']);
      expect(page.next).toBeNull();
    });

    it('rejects a page size out of range, a bad time and a cursor it did not give out', async () => {
      const store = await makeStore();
      const queries = [{ limit: -1 }, { limit: 1.5 }, { limit: 100_000 }, { limit: 5, since: 'yesterday' }, { limit: 5, after: 'not-a-cursor' }];
      for (const query of queries) expect((await rejection(store.listDrafts(query))).code).toBe('INVALID_INPUT');
    });

    it('replaces the whole library on an import with replace, counting kept ids as updated', async () => {
      const store = await makeStore();
      await store.addProof(proof('old'));
      await store.addProof(proof('kept', { title: 'before' }));
      const result = await store.importProof([proof('new'), proof('kept', { title: 'after' })], { replace: true });
      expect(result).toEqual({ added: 1, updated: 1 });
      expect((await store.listProof()).map((item) => [item.id, item.title])).toEqual([
        ['new', proof('new').title],
        ['kept', 'after'],
      ]);
    });

    it('clears the library and answers how many items it held', async () => {
      const store = await makeStore();
      await store.addProof(proof('a'));
      await store.addProof(proof('b'));
      expect(await store.clearProof()).toBe(2);
      expect(await store.listProof()).toEqual([]);
      expect(await store.getProof('a')).toBeNull();
    });

    it('rejects a draft without a valid timestamp', async () => {
      const store = await makeStore();
      const error = await rejection(store.saveDraft({ ...draft('t', 0), createdAt: 'yesterday' }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('Created at must be a date and time');
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
