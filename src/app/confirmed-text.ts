/**
 * The case-study rule for a saved item's text: a figure the user did not confirm as a metric is
 * not stated anywhere in it, and no note label ("Result:") is left inside it. The clause holding
 * such a figure is removed, never reworded, so nothing is invented in its place.
 */
import { BidwrightError } from '../domain/errors.ts';
import { withoutNoteLabels } from '../domain/note-labels.ts';
import type { ProofItem } from '../domain/schemas.ts';
import { fold } from '../text/fold.ts';
import { extractNumbers, numberValue } from '../text/text.ts';

const TEXT_FIELDS = ['title', 'clientType', 'problem', 'approach', 'result'] as const;
// Clauses a figure can be cut from without the rest losing its grammar: "…2%, and they stopped…".
const CLAUSE_BREAK = /(,\s+(?:and|but|while|so|plus)\s+|;\s+)/i;
const SENTENCE_BREAK = /(?<=[.!?])\s+/;

function isYear(raw: string): boolean {
  return /^(?:19|20)\d\d$/.test(raw);
}

/** Whether every figure the text states is one of the confirmed values (bare years are dates, not figures). */
function statesOnly(text: string, confirmed: ReadonlySet<number>): boolean {
  return extractNumbers(fold(text)).every((raw) => {
    const value = numberValue(raw);
    return isYear(raw) || (value !== null && confirmed.has(value));
  });
}

/** A sentence without its clauses that state an unconfirmed figure; '' when every clause does. */
function keepConfirmedClauses(sentence: string, confirmed: ReadonlySet<number>): string {
  const parts = sentence.split(CLAUSE_BREAK);
  // Bounded, so a hostile run of "!" costs linear time.
  const end = /[.!?]{1,3}$/.exec(sentence)?.[0] ?? '.';
  let out = '';
  for (let i = 0; i < parts.length; i += 2) {
    const clause = parts[i] ?? '';
    if (!statesOnly(clause, confirmed)) continue;
    out += out === '' ? clause.replace(/^\p{Ll}/u, (first) => first.toUpperCase()) : `${parts[i - 1] ?? ' '}${clause}`;
  }
  out = out.trim();
  return out === '' || /[.!?]$/.test(out) ? out : `${withoutTrailingCommas(out)}${end}`;
}

function withoutTrailingCommas(text: string): string {
  let end = text.length;
  while (end > 0 && /[,;:\s]/.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** One field's text with labels removed and without the clauses that state an unconfirmed figure. */
function confirmedText(text: string, confirmed: ReadonlySet<number>): string {
  return withoutNoteLabels(text)
    .split(SENTENCE_BREAK)
    .map((sentence) => (statesOnly(sentence, confirmed) ? sentence : keepConfirmedClauses(sentence, confirmed)))
    .filter((sentence) => sentence !== '')
    .join(' ');
}

/**
 * The item with no figure in its text fields beyond those of its confirmed metrics and no note
 * label inside them. A field made only of unconfirmed figures is left empty.
 */
function withConfirmedFiguresOnly(item: ProofItem): ProofItem {
  const confirmed = new Set(
    item.metrics
      .flatMap((metric) => extractNumbers(fold(`${metric.label} ${metric.value}`)).map(numberValue))
      .filter((value): value is number => value !== null),
  );
  const out = { ...item };
  for (const field of TEXT_FIELDS) out[field] = confirmedText(item[field], confirmed);
  return out;
}

/**
 * The item with only its confirmed figures in its text; INVALID_INPUT when that leaves no title.
 * Shared by every path that saves a reviewed case study draft.
 */
export function confirmedProof(item: ProofItem): ProofItem {
  const checked = withConfirmedFiguresOnly(item);
  if (checked.title === '') {
    throw new BidwrightError(
      'INVALID_INPUT',
      `The title "${item.title.slice(0, 80)}" states a figure you did not confirm. Confirm that figure, or give a title without it.`,
    );
  }
  return checked;
}
