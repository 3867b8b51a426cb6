/**
 * The labels people put in notes about finished work ("Client:", "Problem:", "Result:"). The
 * offline drafter reads notes by them, and a saved case study never keeps one inside its text.
 */

export type NoteField = 'title' | 'clientType' | 'problem' | 'approach' | 'result' | 'skills' | 'link';

/** Each field with the label words that introduce it. */
const NOTE_LABELS: ReadonlyArray<readonly [NoteField, RegExp]> = [
  ['title', /^(?:title|project(?:\s+name)?|name|headline)$/i],
  ['clientType', /^(?:client(?:\s+type)?|customer|for|industry|who)$/i],
  ['problem', /^(?:problem|challenge|situation|context|issue|pain|brief|before|the\s+problem)$/i],
  ['approach', /^(?:what\s+i\s+did|what\s+we\s+did|approach|solution|work(?:\s+done)?|how|process|method|actions?)$/i],
  ['result', /^(?:results?|outcomes?|impact|after|what\s+changed)$/i],
  ['skills', /^(?:skills?|tools?|stack|tech(?:nolog(?:y|ies))?|tags)$/i],
  ['link', /^(?:link|url|portfolio|live|website)$/i],
];

/** The field a label word names ("Result" -> result), or undefined for any other word. */
export function noteFieldOf(label: string): NoteField | undefined {
  const word = label.trim();
  return NOTE_LABELS.find(([, pattern]) => pattern.test(word))?.[0];
}

// A label at the start of a sentence: "Result: cut errors ..." (bounded, so matching stays linear).
const LABEL_AT_SENTENCE = /(^|[.!?]\s+|,\s+)([A-Za-z][A-Za-z ]{0,24}?)\s*:\s+(\S)/gu;

/**
 * The text without note labels at the start of a sentence or after a comma ("In the end, Result:
 * reported ..." -> "In the end, reported ..."); other colons ("Ratio: 3:1" in a quote) stay unless
 * the word before them is a note label.
 */
export function withoutNoteLabels(text: string): string {
  return text.replace(LABEL_AT_SENTENCE, (whole, before: string, word: string, next: string) => {
    if (noteFieldOf(word) === undefined) return whole;
    // A sentence that began with the label now begins with its first word.
    return before + (before.startsWith(',') ? next : next.toUpperCase());
  });
}
