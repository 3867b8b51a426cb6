import { describe, expect, it } from 'vitest';
import { createPromptLibrary } from '../../src/prompts/create-prompt-library.ts';
import { PROMPTS_DIR } from '../../src/engines/openai/index.ts';
import { createProvenance, promptHash, rubricVersion, schemaVersion } from '../../src/evals/provenance.ts';

const fakePrompts = (sources: Record<string, string>) => ({
  names: () => Object.keys(sources).sort(),
  templateHash: (name: string) => `hash-of-${sources[name]}`,
});

describe('provenance', () => {
  it('hashes the prompts so that changing any template changes the hash', () => {
    const a = promptHash(fakePrompts({ 'propose.system': 'one', 'propose.user': 'two' }));
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(promptHash(fakePrompts({ 'propose.system': 'one', 'propose.user': 'two' }))).toBe(a);
    expect(promptHash(fakePrompts({ 'propose.system': 'one', 'propose.user': 'TWO' }))).not.toBe(a);
  });

  it('describes a run with the engine, model, recording mode and short hashes of prompts, schemas and rubric', () => {
    const provenance = createProvenance({
      engine: { name: 'openai', model: 'gpt-5-mini' },
      prompts: createPromptLibrary({ dir: PROMPTS_DIR }),
      recording: 'replay',
    });
    expect(provenance).toEqual({
      engine: 'openai',
      model: 'gpt-5-mini',
      promptHash: expect.stringMatching(/^[0-9a-f]{12}$/),
      schemaVersion: schemaVersion(),
      rubricVersion: rubricVersion(),
      recording: 'replay',
    });
    expect(schemaVersion()).toMatch(/^[0-9a-f]{12}$/);
    expect(rubricVersion()).toMatch(/^[0-9a-f]{12}$/);
    expect(schemaVersion()).not.toBe(rubricVersion());
  });
});
