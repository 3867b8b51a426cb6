/**
 * Look-alike letters: "іgnоrе" typed with Cyrillic і, о and е reads as "ignore" to a person and must
 * match as "ignore" too. The table (confusables.json) maps letters of other scripts to the Latin
 * letter they imitate. A word is mapped only when it mixes Latin with look-alikes, or is made of
 * look-alikes alone inside mostly Latin text, so ordinary Russian or Greek keeps its own letters.
 */
import { z } from 'zod';
import table from './confusables.json' with { type: 'json' };

const ConfusableTable = z.object({
  about: z.string(),
  latin: z.record(z.string().regex(/^[A-Za-z]$/, 'one Latin letter'), z.string().min(1)),
});

function loadTable(raw: unknown): Map<string, string> {
  const result = ConfusableTable.safeParse(raw);
  if (!result.success) throw new Error(`src/text/confusables.json is invalid: ${z.prettifyError(result.error)}`);
  const map = new Map<string, string>();
  for (const [latin, lookAlikes] of Object.entries(result.data.latin)) for (const char of lookAlikes) map.set(char, latin);
  return map;
}

const LATIN_OF = loadTable(table);
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN_LETTER = /[A-Za-z]/;
const LATIN_LETTERS = /[A-Za-z]/g;
const OTHER_LETTERS = /[^\P{L}A-Za-z]/gu;

function mapWord(word: string, mostlyLatin: boolean): string {
  let mapped = '';
  let allMapped = true;
  for (const char of word) {
    const latin = LATIN_OF.get(char);
    if (latin === undefined && !LATIN_LETTER.test(char)) allMapped = false;
    mapped += latin ?? char;
  }
  return LATIN_LETTER.test(word) || (allMapped && mostlyLatin) ? mapped : word;
}

/** The text with look-alike letters replaced by the Latin letters they imitate, where a reader would see Latin. */
export function unconfuse(text: string): string {
  let any = false;
  for (const char of text) {
    if (LATIN_OF.has(char)) {
      any = true;
      break;
    }
  }
  if (!any) return text;
  const latin = text.match(LATIN_LETTERS)?.length ?? 0;
  const other = text.match(OTHER_LETTERS)?.length ?? 0;
  return text.replace(WORD, (word) => mapWord(word, latin > other));
}
