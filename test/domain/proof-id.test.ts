import { describe, expect, it } from 'vitest';
import { freeId, idFromTitle } from '../../src/domain/proof-id.ts';

describe('proof ids made from titles', () => {
  it('makes lowercase letters, digits and hyphens without accents', () => {
    expect(idFromTitle('Café Stock: Sheet & Counts!')).toBe('cafe-stock-sheet-counts');
  });

  it('keeps to sixty characters and never ends on a hyphen', () => {
    const id = idFromTitle(`Café Relaunch — ${'Very Long Title '.repeat(10)}`);
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id.startsWith('cafe-relaunch-very-long-title')).toBe(true);
  });

  it('cuts a long title between words, never mid-word', () => {
    const id = idFromTitle('Audited their Google Tag Manager container and found two purchase tags firing on the thank-you page');
    expect(id).toBe('audited-their-google-tag-manager-container-and-found-two');
    expect(idFromTitle('x'.repeat(80))).toBe('x'.repeat(60));
  });

  it('falls back when nothing usable is left', () => {
    expect(idFromTitle('!!!')).toBe('proof');
    expect(idFromTitle('!!!', 'case-study')).toBe('case-study');
  });

  it('numbers an id that is taken', () => {
    expect(freeId('shop-audit', new Set())).toBe('shop-audit');
    expect(freeId('shop-audit', new Set(['shop-audit', 'shop-audit-2']))).toBe('shop-audit-3');
  });

  it('reads a 200 KB hostile title down to its one letter', () => {
    expect(idFromTitle(`${'-!'.repeat(100_000)}x`)).toBe('x');
  });
});
