/** Proof ids made from titles, for items and case studies given without one. */

const MAX_SLUG = 60;

/**
 * A lowercase id of letters, digits and hyphens from a title, at most 60 characters, cut between
 * words, accents dropped ("Café Stock: Sheet & Counts!" -> "cafe-stock-sheet-counts"); `fallback`
 * when nothing is left.
 */
export function idFromTitle(title: string, fallback = 'proof'): string {
  const whole = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = whole.slice(0, MAX_SLUG);
  // "...found-two-pur" reads as a typo: end on the last whole word, unless one word fills the id.
  const lastBreak = cut.lastIndexOf('-');
  const midWord = whole.length > MAX_SLUG && whole[MAX_SLUG] !== '-' && lastBreak > 0;
  const slug = (midWord ? cut.slice(0, lastBreak) : cut).replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** `base`, or `base-2`, `base-3` ... the first that no item in `taken` has. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
