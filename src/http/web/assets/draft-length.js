// Word and character counts against the P13 length band, with the same wording as the server's
// length meter. The thresholds come from the panel's data attributes, which the server fills from
// the rule itself.

// The same pattern and folding as words() in src/text/text.ts: a test holds them together.
const WORD = /[\p{L}\p{N}]+(?:['.&-][\p{L}\p{N}]+)*[+#]*/gu;

/** Counts words the way the rubric does, so the page and rule P13 agree. */
export function countWords(text) {
  const folded = text
    .normalize('NFKC')
    .replace(/[\u2013\u2014\u2015\u2212]/g, ' ')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u2010-\u2012]/g, '-')
    .toLowerCase();
  return (folded.match(WORD) ?? []).length;
}

/** The limits the server put on the proposal panel. */
export function limitsOf(panel) {
  const data = panel.dataset;
  return {
    minWords: Number(data.minWords) || 120,
    maxWords: Number(data.maxWords) || 300,
    warnUnder: Number(data.warnUnder) || 80,
    warnOver: Number(data.warnOver) || 400,
    maxChars: Number(data.maxChars) || 5000,
    previewChars: Number(data.previewChars) || 150,
  };
}

/** Where the highlighted preview ends: at most `chars` characters, never inside a word (as previewEnd in views/length-meter.ts). */
export function previewEnd(text, chars) {
  if (text.length <= chars) return text.length;
  let end = chars;
  if (/\S/.test(text.charAt(end))) while (end > 0 && /\S/.test(text.charAt(end - 1))) end -= 1;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end === 0 ? chars : end;
}

/** Where a draft sits against the band: a level for the colour and a note for the reader. */
export function lengthStatus(text, limits) {
  const words = countWords(text);
  const chars = text.length;
  const band = `${limits.minWords}–${limits.maxWords} words`;
  const max = limits.maxChars.toLocaleString('en-US');
  if (chars > limits.maxChars) return { words, chars, level: 'error', note: `Over the ${max}-character limit: marketplaces cut it off.` };
  if (words < limits.warnUnder) return { words, chars, level: 'warn', note: `Too short: under ${limits.warnUnder} words. Aim for ${band}.` };
  if (words > limits.warnOver) return { words, chars, level: 'warn', note: `Too long: over ${limits.warnOver} words. Aim for ${band}.` };
  if (words < limits.minWords || words > limits.maxWords) return { words, chars, level: 'note', note: `Outside the ${band} target.` };
  return { words, chars, level: 'ok', note: `Within the ${band} target (${max} characters max).` };
}
