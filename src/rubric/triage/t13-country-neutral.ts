import { escapeRegExp, findTerms, termMatcher } from '../../text/text.ts';
import type { TriageRule } from '../types.ts';
import { refersTo } from './reasons.ts';

const findLocationWords = termMatcher(['country', 'countries', 'nationality', 'nationalities', 'region', 'regions']);

/** True when `text` names `country`; short codes ("US", "UK") must match in capitals, or "us" would count. */
function namesCountry(text: string, country: string): boolean {
  const name = country.trim();
  if (name === '') return false;
  if (name.length <= 3) return new RegExp(`(?<![A-Za-z])${escapeRegExp(name)}(?![A-Za-z])`).test(text);
  return findTerms(text, [name]).length > 0;
}

/** T13: where a client lives is never a reason against the job. */
export const t13CountryNeutral: TriageRule = {
  id: 'T13',
  target: 'triage',
  title: "Never penalise a client's country",
  severity: 'error',
  thresholds: {},
  check(triage, context) {
    const countries = [triage.facts.client.country, context.post?.facts.client.country].filter(
      (country): country is string => country !== null && country !== undefined,
    );
    return triage.reasons
      .filter((reason) => reason.effect === 'negative')
      .flatMap((reason) => {
        const bySignal = refersTo(reason.signal, 'client.country') || refersTo(reason.signal, 'country');
        const named = countries.filter((country) => namesCountry(reason.text, country));
        const words = findLocationWords(reason.text);
        if (!bySignal && named.length === 0 && words.length === 0) return [];
        return [
          {
            message: "A negative reason cites the client's location: a country is never a reason against a job; remove it.",
            evidence: `${reason.signal}: ${reason.text}`,
          },
        ];
      });
  },
};
