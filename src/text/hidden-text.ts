/**
 * Text a reader cannot see. Unicode tag characters (U+E0020-E007E) mirror ASCII one for one and
 * render as nothing, so a post can carry a whole sentence no person reads; zero-width spaces and
 * word joiners between two letters split words so a filter misses them. Both are worth reporting
 * on their own: an honest post has no reason to hide text.
 */

const TAG_RUN = /[\u{E0000}-\u{E007F}]+/gu;
// Zero-width space, word joiner and BOM between letters. Joiners (U+200C/U+200D) are left out:
// Indic and Arabic script and emoji use them legitimately.
const SPLITTER = /(?<=\p{L})[\u200B\u2060\uFEFF]+(?=\p{L})/gu;

/** What a post hides: the ASCII its tag characters spell (one string per run), and how many words invisible characters split. */
export interface HiddenText {
  tagged: string[];
  splitWords: number;
}

function decodeTags(run: string): string {
  let out = '';
  for (const char of run) {
    const code = (char.codePointAt(0) ?? 0) - 0xe0000;
    if (code >= 0x20 && code <= 0x7e) out += String.fromCharCode(code);
  }
  return out.trim();
}

/** The hidden text of a raw (uncleaned) post. */
export function findHiddenText(raw: string): HiddenText {
  const tagged = [...raw.matchAll(TAG_RUN)].map((m) => decodeTags(m[0])).filter((text) => text.length > 1);
  return { tagged, splitWords: raw.match(SPLITTER)?.length ?? 0 };
}
