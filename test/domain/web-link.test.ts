import { describe, expect, it } from 'vitest';
import { ProofItem, Profile, isWebLink } from '../../src/domain/schemas.ts';

describe('web links', () => {
  it('accepts only full http and https addresses', () => {
    expect(isWebLink('https://example.com/work')).toBe(true);
    expect(isWebLink('http://example.com')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'notaurl', 'example.com', 'ftp://example.com']) expect(isWebLink(bad), bad).toBe(false);
  });

  it('refuses a proof item or a profile whose link is not a web address, saying what to write', () => {
    const item = ProofItem.safeParse({ id: 'x', kind: 'case_study', title: 'T', link: 'javascript:alert(1)' });
    expect(item.success).toBe(false);
    expect(item.error?.issues[0]?.message).toMatch(/https:\/\//);
    expect(Profile.safeParse({ allowedLinks: ['notaurl'] }).success).toBe(false);
    expect(ProofItem.parse({ id: 'x', kind: 'case_study', title: 'T', link: 'https://example.com' }).link).toBe('https://example.com');
  });
});
