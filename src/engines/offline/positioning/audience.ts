/** The audience a micro-niche names, from a proof item's client type: "DTC brand on Shopify" -> "DTC brands on Shopify". */

const HEADS =
  /\b(brand|store|shop|company|group|agency|business|clinic|practice|startup|retailer|team|firm|school|restaurant|bakery|salon|studio|seller|merchant|manufacturer|publisher|creator|coach|founder|nonprofit|non-profit|charity|hotel|gym|app|platform|marketplace|florist|cafe|café|consultancy|landlord|university|law firm|saas)\b/i;

function plural(noun: string): string {
  if (/(?:s|sh|ch|x)$/i.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * The client type as a plural audience, without a leading article, or null when it names no kind
 * of client this list knows (then a niche would have to guess, so it does not).
 */
export function audienceOf(clientType: string): string | null {
  const flat = clientType
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:an?|the)\s+/i, '')
    .replace(/[.;,]+$/, '');
  const match = HEADS.exec(flat);
  if (match === null || match[1] === undefined) return null;
  const audience = `${flat.slice(0, match.index)}${plural(match[1])}${flat.slice(match.index + match[1].length)}`;
  // It follows "for" in the niche: "E-commerce groups" reads "e-commerce groups"; an acronym ("DTC") stays.
  const firstWord = audience.split(' ')[0] ?? '';
  return /\p{Lu}{2}/u.test(firstWord) ? audience : `${audience.charAt(0).toLowerCase()}${audience.slice(1)}`;
}
