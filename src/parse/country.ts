/**
 * Recognises a client's location line: a country name alone, or followed by a city or local
 * time ("United States", "Germany Berlin 4:02 PM", "UK"). Returns the country's plain name.
 */
import { COUNTRIES, COUNTRY_ALIASES } from './data/countries.ts';

interface Entry {
  key: string;
  name: string;
}

/** A matcher over a fixed list of names; longer names are tried first ("South Sudan" before "Sudan"). */
export function createCountryMatcher(
  countries: readonly string[] = COUNTRIES,
  aliases: Readonly<Record<string, string>> = COUNTRY_ALIASES,
): (line: string) => string | null {
  const entries: Entry[] = [
    ...countries.map((name) => ({ key: name.toLowerCase(), name })),
    ...Object.entries(aliases).map(([key, name]) => ({ key, name })),
  ].sort((a, b) => b.key.length - a.key.length);

  return (line: string): string | null => {
    const text = line.trim().toLowerCase();
    for (const { key, name } of entries) {
      if (!text.startsWith(key)) continue;
      const rest = text.slice(key.length);
      if (rest === '') return name;
      // What may follow a country on a location line: a city, a region, a local time.
      if (/^[\s,|-]/.test(rest) && rest.length <= 40 && /^[\s,|-]+[a-z .'-]*(?:\d{1,2}:\d{2}\s*(?:am|pm)?)?\s*$/.test(rest)) {
        return name;
      }
    }
    return null;
  };
}
