import { describe, expect, it } from 'vitest';
import { findGaps } from '../../../../src/domain/gaps.ts';
import { Profile } from '../../../../src/domain/schemas.ts';
import { composeProposal } from '../../../../src/engines/offline/propose/compose-proposal.ts';
import { mustHaveGaps } from '../../../../src/engines/offline/propose/must-have-gaps.ts';
import { makePost } from './fixtures.ts';

const profile = Profile.parse({ skills: ['Looker Studio', 'SQL'] });
const japanese = makePost({
  title: 'Research analyst for Japanese magazine articles',
  description: 'You must read Japanese fluently: every source is a Japanese magazine. Only freelancers located in the U.S. may apply.',
});

describe('mustHaveGaps', () => {
  it('turns a language and a location the profile does not show into gaps for the freelancer', () => {
    const prompts = mustHaveGaps(japanese, profile, []).flatMap((marker) => findGaps(marker).map((found) => found.prompt));
    expect(prompts).toHaveLength(2);
    expect(prompts[0]).toContain('Japanese');
    expect(prompts.join(' ')).toMatch(/where you are based/);
  });

  it('asks nothing the profile already shows', () => {
    const speaks = Profile.parse({ skills: ['Japanese', 'Looker Studio'] });
    const prompts = mustHaveGaps(japanese, speaks, []).join(' ');
    expect(prompts).not.toContain('Japanese');
  });

  it('puts the gaps in the draft, so a must-have is neither claimed nor skipped', () => {
    const draft = composeProposal({ post: japanese, profile, proof: [], options: { tone: 'plain', length: 'standard', variant: 0 }, accepted: [] });
    expect(findGaps(draft.text).some((found) => found.prompt.includes('Japanese'))).toBe(true);
  });
});
