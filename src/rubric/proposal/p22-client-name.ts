import type { ProposalRule } from '../types.ts';
import { findTerms } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';
import { postFullText } from './sources.ts';

// Case matters for the name (a capitalised word), so the greeting words spell out both cases.
const ADDRESSED =
  /^[ \t]*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:[Mm]orning|[Aa]fternoon|[Ee]vening))(?:[ \t]+|,[ \t]*(?=(?:[\p{L}.]+[ \t]+)?\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*)?[ \t]*(?:[,!:]|\n|$)))((?:(?:[Mm]rs?|[Mm]s|[Mm]iss|[Dd]r|[Pp]rof)\.?[ \t]+)?\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*)?)/u;
const NOT_NAMES = new Set([
  'there',
  'all',
  'everyone',
  'team',
  'folks',
  'friend',
  'friends',
  'sir',
  'madam',
  'hiring',
  'hiring manager',
  'client',
  'recruiter',
  'i',
  'again',
  'both',
  'you',
]);
const TITLES = /^(?:mr|mrs|ms|miss|dr|prof)\.?\s+/iu;

/** The name a greeting addresses ("Sarah" in "Hi Sarah,"), or null for "Hi there," and the like. */
export function addressedName(text: string): string | null {
  const match = ADDRESSED.exec(text.trimStart());
  const raw = match?.[1];
  if (raw === undefined) return null;
  const name = raw.replace(TITLES, '').trim();
  const first = fold(name).split(/\s+/)[0] ?? '';
  if (NOT_NAMES.has(fold(name)) || NOT_NAMES.has(first)) return null;
  return name;
}

/**
 * P22: a greeting that names the client must use a name the post gives; a guessed or templated
 * name is worse than "Hi there". Without a post there is nothing to check against, so it passes.
 */
export const p22ClientName: ProposalRule = {
  id: 'P22',
  target: 'proposal',
  title: 'Client name only if the post gives it',
  severity: 'error',
  thresholds: {},
  check(subject, context) {
    if (context.post === null) return [];
    const name = addressedName(subject.text);
    if (name === null) return [];
    const parts = name.split(/\s+/);
    const post = postFullText(context.post);
    if (parts.every((part) => findTerms(post, [part]).length > 0)) return [];
    return [
      {
        message: `The greeting names "${name}", but the post never gives that name; use "Hi there," or the name the post shows.`,
        evidence: name,
      },
    ];
  },
};
