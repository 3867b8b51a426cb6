import { findGaps } from '../../domain/gaps.ts';
import type { ProposalRule, RuleHit } from '../types.ts';
import { clip } from '../../text/text.ts';

const PLACEHOLDERS: readonly RegExp[] = [
  /\[[^\]\n]{0,40}\b(?:name|insert|client|company|your|date|link|project|amount|number|rate|title|url|here|todo|tbd|x{2,})\b[^\]\n]{0,40}\](?!\()/giu,
  /\[[\p{Lu}_][\p{Lu}\s_]{1,40}\](?!\()/gu,
  /\{\{[^}\n]{0,60}\}\}/gu,
  /\{[\p{L}_][\p{L}\p{N}_ .-]{0,30}\}/gu,
  /<[\p{Lu}_][\p{Lu}\p{N}_ ]{1,30}>/gu,
  /\b[Xx]{3,}\b/gu,
  /\blorem ipsum\b/giu,
  /\bTODO\b/gu,
];

/**
 * A gap marker ("[fill in: your availability in EST]") is not a forgotten template slot: the drafter
 * leaves it on purpose for what only the freelancer can say, and it is reported apart, as the
 * `gaps` of the proposal and the lint report (src/domain/gaps.ts). It is blanked so no pattern
 * below reads it as a placeholder.
 */
function blankGaps(text: string): string {
  let rest = text;
  for (const found of findGaps(text)) rest = rest.slice(0, found.index) + ' '.repeat(found.marker.length) + rest.slice(found.index + found.marker.length);
  return rest;
}

/** The placeholders left in `text` (gap markers aside), each once, in the order the patterns find them. */
export function findPlaceholders(text: string): string[] {
  let rest = blankGaps(text);
  const found = new Set<string>();
  for (const pattern of PLACEHOLDERS) {
    // Blank each match so "{{name}}" is not reported again as "{name}".
    rest = rest.replace(pattern, (slot) => {
      found.add(slot);
      return ' '.repeat(slot.length);
    });
  }
  return [...found];
}

/** P19: a template slot left in the draft tells the client it was not written for them. */
export const p19Placeholders: ProposalRule = {
  id: 'P19',
  target: 'proposal',
  title: 'No placeholders',
  severity: 'error',
  thresholds: {},
  check(subject) {
    return findPlaceholders([subject.text, ...subject.screeningAnswers.map((answer) => answer.answer)].join('\n')).map(
      (found): RuleHit => ({ message: `The draft still has a placeholder (${clip(found, 40)}); fill it in or remove it.`, evidence: clip(found, 80) }),
    );
  },
};
