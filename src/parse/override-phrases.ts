/**
 * Override phrasings in other languages ("ignora las instrucciones anteriores", "前の指示を無視して")
 * and phrasings that address an AI reader ("si eres una IA"), read from data/override-phrases.json.
 * A sentence matches when a verb, an object and a qualifier of one language meet within the
 * file's window; every term is found with indexOf, so the cost is linear in the sentence.
 */
import { z } from 'zod';
import { fold } from '../text/fold.ts';
import file from './data/override-phrases.json' with { type: 'json' };

const Terms = z.array(z.string().min(1)).min(1);
const OverridePhraseFile = z.object({
  about: z.string(),
  window: z.number().int().positive(),
  languages: z
    .array(
      z.object({
        language: z.string().regex(/^[a-z]{2}$/),
        spaced: z.boolean(),
        verbs: Terms,
        objects: Terms,
        qualifiers: Terms,
        addressed: Terms,
      }),
    )
    .min(10),
});

/** Folded, accents removed: the form both the data and the sentence are compared in. */
function bare(text: string): string {
  return fold(text).normalize('NFD').replace(/\p{M}/gu, '');
}

interface Language {
  spaced: boolean;
  verbs: string[];
  objects: string[];
  qualifiers: string[];
  addressed: string[];
}

function load(raw: unknown): { window: number; languages: Language[] } {
  const result = OverridePhraseFile.safeParse(raw);
  if (!result.success) throw new Error(`src/parse/data/override-phrases.json is invalid: ${z.prettifyError(result.error)}`);
  const languages = result.data.languages.map((entry) => ({
    spaced: entry.spaced,
    verbs: entry.verbs.map(bare),
    objects: entry.objects.map(bare),
    qualifiers: entry.qualifiers.map(bare),
    addressed: entry.addressed.map(bare),
  }));
  return { window: result.data.window, languages };
}

const DATA = load(file);
// Most sentences hold no listed object and no addressing phrase: one scan rules them out.
const ANY_TERM = new RegExp(
  DATA.languages
    .flatMap((language) => [...language.objects, ...language.addressed])
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'u',
);
const LETTER = /[\p{L}\p{N}]/u;

// Where `term` occurs in `text`, at a word start (and, for whole words, a word end) in spaced scripts.
function positions(text: string, term: string, spaced: boolean, whole: boolean): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + term.length] ?? ' ';
    if (spaced && (LETTER.test(before) || (whole && LETTER.test(after)))) continue;
    out.push(at);
  }
  return out;
}

// Whether some anchor has another position within `window`; both lists come sorted, so one merge pass.
function near(anchors: number[], others: number[], window: number): boolean {
  let j = 0;
  for (const a of anchors) {
    while (j < others.length && (others[j] ?? 0) < a - window) j += 1;
    if (j < others.length && (others[j] ?? 0) <= a + window) return true;
  }
  return false;
}

function overrides(text: string, language: Language): boolean {
  const find = (terms: string[], whole: boolean) => terms.flatMap((term) => positions(text, term, language.spaced, whole)).sort((a, b) => a - b);
  const objects = find(language.objects, false);
  if (objects.length === 0) return false;
  return near(objects, find(language.verbs, true), DATA.window) && near(objects, find(language.qualifiers, false), DATA.window);
}

/** True when the sentence tells an AI to drop its instructions, or addresses an AI, in one of the listed languages. */
export function overridesInOtherLanguage(sentence: string): boolean {
  const text = bare(sentence);
  if (!ANY_TERM.test(text)) return false;
  return DATA.languages.some((language) => language.addressed.some((phrase) => text.includes(phrase)) || overrides(text, language));
}
