import { describe, expect, it } from 'vitest';
import { listedParts, listOf } from '../../../../src/engines/offline/propose/listed-parts.ts';
import { postText } from '../../../../src/engines/offline/propose/post-text.ts';
import { makePost } from './fixtures.ts';

function partsOf(description: string, avoidWords: string[] = []) {
  const post = makePost({ title: 'Some work', description });
  return listedParts(post, postText(post), avoidWords);
}

describe('listedParts', () => {
  it('reads the parts a proposal should include, parentheses and "along with" included', () => {
    const parts = partsOf(
      'We need a restaurant layout. Proposals should include floor plans, furniture and material suggestions (a few style visuals would be fine, along with a bar section and plan, and a review of the existing kitchen).',
    );
    expect(parts).toEqual({
      numbered: false,
      further: false,
      complete: true,
      parts: ['floor plans', 'furniture and material suggestions', 'a bar section and plan', 'a review of the existing kitchen'],
    });
  });

  it('splits "creating X and crafting Y" into two parts, keeps "creating and maintaining X" whole, and marks parts named beside the main work', () => {
    expect(partsOf('Manage email campaigns. The role also includes creating engaging blog content and crafting social posts for our shops.')).toEqual({
      numbered: false,
      further: true,
      complete: true,
      parts: ['creating engaging blog content', 'crafting social posts for your shops'],
    });
    expect(partsOf('Your role will involve creating and maintaining a basic website, createing and promoting socials, and writing posts.')?.parts).toEqual([
      'creating and maintaining a basic website',
      'creating and promoting socials',
      'writing posts',
    ]);
  });

  it('names a numbered list of tasks in order, with heading capitals lowered', () => {
    const parts = partsOf('Please cover: 1. **Monthly Sales Trends:** by month. 2. **Top Sellers:** per store. 3. **Seasonal Patterns:** by season.');
    expect(parts).toEqual({ numbered: true, further: false, complete: true, parts: ['monthly sales trends', 'top sellers', 'seasonal patterns'] });
  });

  it("reads a listed duty's lines, skipping sub-headings, conditions and why-tails, and names at most four", () => {
    const parts = partsOf(
      'We buy packaging.\n\nKey Responsibilities:\nSuppliers\n- Find new packaging suppliers in Turkey.\n- Negotiate prices, terms and contracts to ensure quality.\n- Join team meetings weekly.\n- Run supplier audits.\n- Track raw material prices.\n- Manage shipping documents as needed.\n\nRequirements:\n- Five years of sourcing.',
    );
    expect(parts).toEqual({
      numbered: false,
      further: false,
      complete: false,
      parts: ['find new packaging suppliers in Turkey', 'negotiate prices, terms and contracts', 'run supplier audits', 'track raw material prices'],
    });
  });

  it('keeps named examples in an aside, drops other asides, and says whose list of abilities it is', () => {
    const parts = partsOf(
      'Build our tool.\n\nThe platform will allow users to:\nConnect their Google Ads accounts (one or many)\nCompare screenshot tools (e.g., GoFullPage, FireShot, etc.)\nLaunch campaigns from the platform',
    );
    expect(parts?.parts).toEqual([
      'letting users connect their Google Ads accounts',
      'compare screenshot tools such as GoFullPage and FireShot',
      'launch campaigns from the platform',
    ]);
  });

  it('ignores a list of what the applicant must have', () => {
    expect(partsOf('Help with our store.\n\nRequirements:\n- Shopify themes\n- Liquid\n- Good English')).toBeNull();
  });

  it('leaves out application materials, clauses, instructions and a single part', () => {
    expect(partsOf('Your proposal should include a short cover note, your resume and a portfolio link.')).toBeNull();
    expect(partsOf('The work will include a new landing page.')).toBeNull();
    expect(partsOf('Responses should include the word "pineapple", your rate and your availability.')).toBeNull();
  });

  it('leaves out a part with a word the user avoids', () => {
    expect(partsOf('The project includes logo design, brand guidelines, and synergy workshops.', ['synergy'])?.parts).toEqual([
      'logo design',
      'brand guidelines',
    ]);
  });
});

describe('listOf', () => {
  it('joins parts with commas and "and", with a serial comma only when a part has its own "and"', () => {
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listOf(['floor plans', 'a bar section and plan', 'a kitchen review'])).toBe('floor plans, a bar section and plan, and a kitchen review');
    expect(listOf(['one'])).toBe('one');
    expect(listOf(['negotiate prices, terms and contracts', 'run audits'])).toBe('negotiate prices, terms and contracts; and run audits');
  });
});
