/** Proof ids made from titles, so a user who gives no id still gets a readable one. */

const MAX_SLUG = 60;

/**
 * A lowercase id from a title: letters, digits and hyphens, accents dropped, at most 60
 * characters, never starting or ending with a hyphen; "case-study" when nothing is left.
 */
export function idFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug === '' ? 'case-study' : slug;
}
