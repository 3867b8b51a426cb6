import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTriageLabels } from '../../../src/evals/triage-agreement/triage-label.ts';
import { sharedPosts } from '../../helpers/real-posts.ts';

const LABELS = new URL('../../../evals/labels/shared-posts.json', import.meta.url).pathname;

describe('the committed labels of the shared posts', () => {
  it('load, name only proof items of their library, and label each post once (checked against the shared posts when asked for)', async () => {
    const file = await loadTriageLabels(LABELS);
    const library = JSON.parse(readFileSync(new URL(`../../../evals/fixtures/libraries/${file.library}.json`, import.meta.url), 'utf8')) as { id: string }[];
    const ids = new Set(library.map((item) => item.id));
    for (const label of file.labels) for (const id of label.relevantProof) expect(ids, `${label.id} names ${id}`).toContain(id);
    // Nothing a person could not defend: a pursue is never allowed without relevant proof.
    for (const label of file.labels) if (label.verdicts.includes('pursue')) expect(label.relevantProof, label.id).not.toEqual([]);
    const labelled = file.labels.map((label) => label.id);
    expect(new Set(labelled).size).toBe(labelled.length);
    const posts = sharedPosts();
    if (posts.length > 0) expect([...labelled].sort()).toEqual(posts.map((post) => post.id).sort());
  });
});
