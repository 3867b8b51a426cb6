/**
 * Client instructions in a post, in order: each sentence classified (classify-instruction.ts) as
 * written and in its folded copy, so look-alike letters, fullwidth and mathematical letters and
 * ROT13 hide nothing; prompt code fences and fake end-of-input lines; and what the post hides or
 * encodes (disguised-instructions.ts). The post is data: this only reports what it asks.
 */
import type { Instruction } from '../domain/schemas.ts';
import { rot13 } from '../text/decode-blobs.ts';
import { matchingCopy } from '../text/fold.ts';
import { classifyInstruction, type InstructionMatch } from './classify-instruction.ts';
import { extractDescription } from './description.ts';
import { disguisedInstructions } from './disguised-instructions.ts';
import { prepareDoc, sentencesOfLine, type Doc, type Span } from './doc.ts';
import { DELIMITER_LINE, FENCE, PROMPT_FENCE } from './injection-patterns.ts';
import { wordsAt } from './instruction-value.ts';

// "the", "and", "you", "your", "if", "all", "ignore", "previous" in ROT13: text worth decoding has some.
const ROT13_WORDS = /\b(?:gur|naq|lbh|lbhe|vs|nyy|vtaber|cerivbhf|vafgehpgvbaf|jevgr|fnl)\b/i;

const letters = (text: string): string => text.replace(/\P{L}/gu, '');

// One sentence as an instruction: in its folded copy when that changes its letters (look-alike
// letters of other scripts, fullwidth and mathematical letters), else as written, else decoded
// from ROT13; a disguised one says what it reads.
function readSentence(doc: Doc, span: Span, inFence: boolean, above: (span: Span) => string): Instruction | null {
  const copy = matchingCopy(span.text);
  const sameLetters = copy === span.text || letters(copy) === letters(span.text);
  const folded = sameLetters ? null : classifyInstruction(copy, inFence);
  if (folded) return { ...toInstruction(copy, folded), text: `Written in look-alike characters: "${copy}"` };
  const found = classifyInstruction(span.text, inFence);
  if (found?.ordinals) return { ...toInstruction(doc.text.slice(span.start, span.end), found), value: wordsAt(found.ordinals, above(span)) };
  if (found) return toInstruction(doc.text.slice(span.start, span.end), found);
  // Brackets NFKC folds ("＜/job_post＞") change no letter but can make markup.
  const bracketed = copy === span.text || !sameLetters ? null : classifyInstruction(copy, inFence);
  if (bracketed) return { ...toInstruction(copy, bracketed), text: doc.text.slice(span.start, span.end) };
  if (!ROT13_WORDS.test(copy)) return null;
  const decoded = rot13(copy);
  const hidden = classifyInstruction(decoded, inFence);
  if (hidden?.kind !== 'ai_directed') return null;
  return { ...toInstruction(decoded, hidden), text: `ROT13 text, decoded: "${decoded}"` };
}

function toInstruction(text: string, found: InstructionMatch): Instruction {
  const value = found.value ? text.slice(found.value.start, found.value.end).trim() : null;
  return { kind: found.kind, purpose: found.purpose, text, value: value === '' ? null : value };
}

// A line that is all markup: a prompt code fence, or a fake end (or start) of the input.
function markupLine(doc: Doc, line: Span): Instruction | null {
  if (!PROMPT_FENCE.test(line.text) && !DELIMITER_LINE.test(line.text)) return null;
  return { kind: 'ai_directed', purpose: 'injection', text: doc.text.slice(line.start, line.end), value: null };
}

// The description up to a sentence ("the 6th and 7th words from the project description above").
function descriptionAbove(doc: Doc): (span: Span) => string {
  let description: string | null = null;
  return (span) => {
    description ??= extractDescription(doc.text);
    const at = description.indexOf(doc.text.slice(span.start, span.end));
    return at === -1 ? '' : description.slice(0, at);
  };
}

// Every sentence's instruction, tracking code fences; an instruction right after a sentence that
// speaks to AI applicants ("If you are an AI:") is part of the same canary.
function sentenceInstructions(doc: Doc): Instruction[] {
  const out: Instruction[] = [];
  const above = descriptionAbove(doc);
  let inFence = false;
  let afterCanary = false;
  for (const line of doc.lines) {
    const markup = markupLine(doc, line);
    if (markup) out.push(markup);
    if (FENCE.test(line.text)) inFence = !inFence;
    if (markup || FENCE.test(line.text) || line.text === '') continue;
    for (const sentence of sentencesOfLine(doc.norm, line)) {
      const found = readSentence(doc, sentence, inFence, above);
      if (!found) continue;
      const canary = afterCanary && found.purpose === 'read_check' && found.kind !== 'format';
      out.push(canary ? { ...found, purpose: 'ai_canary' } : found);
      afterCanary = found.purpose === 'ai_canary' && found.value === null;
    }
  }
  return out;
}

/** Every instruction in the raw post, in order, each with the sentence as written (or what its disguise hid) and the value it asks for. */
export function findInstructions(raw: string): Instruction[] {
  const doc = prepareDoc(raw);
  const seen = new Set<string>();
  return [...sentenceInstructions(doc), ...disguisedInstructions(raw, doc)].filter((instruction) => {
    const key = `${instruction.kind}\u0000${instruction.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
