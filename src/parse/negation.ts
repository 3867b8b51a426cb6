/**
 * Whether a phrase is negated where it stands: "no WhatsApp please", "do not contact me outside
 * Upwork", "WhatsApp is not allowed". Only the phrase's own clause counts, so "I don't check
 * Upwork often, so text me on WhatsApp" is still a request to move off the platform.
 */

const NEGATION =
  /\b(?:no|not|never|don't|dont|do not|won't|will not|without|avoid|nor|neither|cannot|can't|isn't|is not|aren't|are not|refuse|prohibited|forbidden|none)\b/i;
const NEGATED_AFTER =
  /^[^.,;:!?]{0,40}?\b(?:is|are)\s+(?:not\s+(?:allowed|permitted|accepted|needed|required|necessary)|prohibited|forbidden)\b|^[^.,;:!?]{0,20}?\b(?:not allowed|not permitted|not accepted|prohibited|forbidden)\b/i;
const CLAUSE_BREAK = /[,;:()!?]|\s(?:but|so|then|instead|however)\s/gi;
const WINDOW = 60;

/** True when the text right before `start` (within its clause) or right after `end` negates it. */
export function isNegated(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - WINDOW), start);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = (m.index ?? 0) + m[0].length;
  if (NEGATION.test(before.slice(clauseStart))) return true;
  return NEGATED_AFTER.test(sentence.slice(end, end + WINDOW));
}
