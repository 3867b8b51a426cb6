import { describe, expect, it } from 'vitest';
import { Profile, ProofItem } from '../../src/domain/schemas.ts';
import { findMustHaves } from '../../src/parse/must-haves.ts';

const profile = Profile.parse({ skills: ['HubSpot', 'Spanish'] });
const library = [ProofItem.parse({ id: 'crm', kind: 'case_study', title: 'HubSpot lead routing', skills: ['Zapier'] })];
const facts = (description: string, title: string | null = null, skills: string[] = []) => ({ title, description, skills });

describe('findMustHaves', () => {
  it('names a required language the profile lacks, and one it holds', () => {
    const found = findMustHaves(facts('You must be bilingual in Russian and Spanish.'), profile, library);
    expect(found.map((must) => [must.requirement, must.met])).toEqual([
      ['Russian', 'no'],
      ['Spanish', 'yes'],
    ]);
    expect(found[0]?.evidence).toContain('bilingual in Russian');
  });

  it('leaves a location rule for the user to confirm, since the profile does not say where they are', () => {
    const [must] = findMustHaves(facts('This role requires US citizenship and a security clearance.'), profile, library);
    expect(must).toMatchObject({ kind: 'location', met: 'unknown' });
  });

  it('reads a licence the post requires as unmet without a credential in the proof', () => {
    const [must] = findMustHaves(facts('Must be licensed to produce stamped solar designs in California.'), profile, library);
    expect(must).toMatchObject({ kind: 'licence', met: 'no' });
  });

  it('checks the tools the title names against the profile and proof', () => {
    const found = findMustHaves(
      facts('Set up our chat widget.', 'Intercom Setup for HubSpot Integration', ['Intercom', 'HubSpot', 'Zapier']),
      profile,
      library,
    );
    expect(found.map((must) => [must.requirement, must.met])).toEqual([
      ['Intercom', 'no'],
      ['HubSpot', 'yes'],
    ]);
  });

  it('names the tools a requirement sentence asks for', () => {
    const found = findMustHaves(facts('The ideal candidate should have a strong understanding of Shopify and Recharge functionalities.'), profile, library);
    expect(found.map((must) => [must.kind, must.requirement, must.met])).toEqual([
      ['tool', 'Shopify', 'no'],
      ['tool', 'Recharge', 'no'],
    ]);
  });

  it('does not read a preference as a must-have', () => {
    expect(findMustHaves(facts('Fluency in German is a plus. Being licensed is nice to have.'), profile, library)).toEqual([]);
  });

  it('finds no must-have in a huge hostile post that names no skill', () => {
    expect(findMustHaves(facts('fluent '.repeat(30_000)), profile, library)).toEqual([]);
  });
});
