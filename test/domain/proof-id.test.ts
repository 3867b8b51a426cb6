import { describe, expect, it } from 'vitest';
import { idFromTitle } from '../../src/domain/proof-id.ts';
import { Id } from '../../src/domain/schemas.ts';

describe('idFromTitle', () => {
  it('makes a lowercase slug without accents or punctuation', () => {
    expect(idFromTitle('Café Stock: Sheet & Counts!')).toBe('cafe-stock-sheet-counts');
  });

  it('keeps at most sixty characters and never ends on a hyphen', () => {
    const slug = idFromTitle(`Café Relaunch — ${'Very Long Title '.repeat(10)}`);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.startsWith('cafe-relaunch-very-long-title')).toBe(true);
    expect(Id.safeParse(slug).success).toBe(true);
  });

  it('falls back to "case-study" when nothing usable is left', () => {
    expect(idFromTitle('!!!')).toBe('case-study');
    expect(idFromTitle('')).toBe('case-study');
  });
});
