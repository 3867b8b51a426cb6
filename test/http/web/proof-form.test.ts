import { describe, expect, it } from 'vitest';
import { BidwrightError } from '../../../src/domain/errors.ts';
import { importedJson, itemFrom, listMessage } from '../../../src/http/web/proof-form.ts';

describe('reading the proof forms', () => {
  it('builds a proof item from the fields, trimming text and turning a blank link into null', () => {
    const item = itemFrom(
      { kind: 'testimonial', title: '  A kind word  ', metrics: 'reply time = 2 hours', skills: 'Support, Zendesk', link: ' ', public: '' },
      ' kind-word ',
    );
    expect(item).toMatchObject({ id: 'kind-word', kind: 'testimonial', title: 'A kind word', link: null, public: false, skills: ['Support', 'Zendesk'] });
    expect(item.metrics).toEqual([{ label: 'reply time', value: '2 hours' }]);
  });

  it('reports every problem at once, each with the path of its field', () => {
    let caught: unknown;
    try {
      itemFrom({ kind: 'poem', title: '', metrics: 'oops' }, 'ok-id');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BidwrightError);
    const paths = ((caught as BidwrightError).details as Array<{ path: unknown[] }>).map((issue) => issue.path[0]);
    expect(paths).toEqual(['metrics', 'kind', 'title']);
  });

  it('prefers an uploaded file to the text area, and names the field whose JSON is broken', async () => {
    const file = new File(['[1, 2'], 'proof.json');
    await expect(importedJson({ values: { json: '[]' }, lists: {}, files: { file } })).rejects.toMatchObject({ details: [{ path: ['file'] }] });
    await expect(importedJson({ values: { json: '[]' }, lists: {}, files: {} })).resolves.toEqual([]);
    await expect(importedJson({ values: { json: '  ' }, lists: {}, files: {} })).rejects.toMatchObject({ details: [{ path: ['json'] }] });
  });

  it('says what changed after a redirect, and nothing without one', () => {
    expect(listMessage({ added: 'a' })).toBe('Added "a" to your library.');
    expect(listMessage({ saved: 'b' })).toBe('Saved the changes to "b".');
    expect(listMessage({ removed: 'c' })).toBe('Deleted "c".');
    expect(listMessage({ imported: '3-1' })).toBe('Imported: 3 added, 1 updated.');
    expect(listMessage({})).toBeUndefined();
  });
});
