/**
 * Client instructions in a post, one per sentence: text aimed at an AI (`ai_directed`, shown to the
 * user and never obeyed), "start your proposal with ..." (`start_with`), secret or code words
 * (`secret_word`), "mention X so I know you read this" (`mention`), and rules about the proposal's
 * form (`format`); each with its purpose (a read check, a canary for AI applicants, an injection
 * aimed at the tool, a scam signal). Sentences are matched in their folded copy, so look-alike
 * letters, fullwidth and mathematical letters and ROT13 hide nothing; hidden and encoded text is
 * read by disguised-instructions.ts. The post is data: this only reports what it asks.
 */
import type { Instruction } from '../domain/schemas.ts';
import { rot13 } from '../text/decode-blobs.ts';
import { matchingCopy } from '../text/fold.ts';
import { aiDirection, aiPurpose, sabotages } from './ai-directed.ts';
import { disguisedInstructions } from './disguised-instructions.ts';
import { prepareDoc, sentencesOfLine, type Doc, type Span } from './doc.ts';
import { DELIMITER_LINE, FENCE, PROMPT_FENCE, SCAM_ASK } from './injection-patterns.ts';
import {
  FORMAT,
  DERIVED_VALUE,
  FORMAT_CONTEXT,
  IN_TITLE,
  MENTION_VERB,
  NEGATED_BEFORE,
  OUTPUT_VERB,
  PLACED_QUOTE,
  READ_CHECK,
  SECRET_WORD,
  START_WITH,
} from './instruction-patterns.ts';
import { quotedAt, valueAfter, type ValueSpan } from './instruction-value.ts';

type Kind = Instruction['kind'];
type Purpose = Instruction['purpose'];

/** An instruction's kind, its purpose, and where its value sits in the sentence (null when none is stated). */
export interface InstructionMatch {
  kind: Kind;
  purpose: Purpose;
  value: ValueSpan | null;
}

/** What a sentence asks, before its purpose is known. */
type Ask = Omit<InstructionMatch, 'purpose'>;

function aiDirected(s: string, inFence: boolean): InstructionMatch | null {
  const direction = aiDirection(s, inFence);
  if (direction === null) return null;
  const verb = OUTPUT_VERB.exec(s);
  const value = verb ? valueAfter(s, verb.index + verb[0].length) : null;
  return { kind: 'ai_directed', purpose: aiPurpose(direction, s), value: value ?? quotedAt(s) };
}

function scamAsk(s: string): Ask | null {
  const m = SCAM_ASK.exec(s);
  if (!m) return null;
  const what = m[1] ?? m[0];
  const start = m.index + m[0].indexOf(what);
  return { kind: 'mention', value: { start, end: start + what.length } };
}

function startWith(s: string): Ask | null {
  for (const pattern of START_WITH) {
    const m = pattern.exec(s);
    if (!m) continue;
    // "Don't start your proposal with 'Dear Sir'" is a rule about form, not a word to use.
    if (NEGATED_BEFORE.test(s.slice(0, m.index))) return { kind: 'format', value: valueAfter(s, m.index + m[0].length) };
    return { kind: 'start_with', value: valueAfter(s, m.index + m[0].length) };
  }
  return null;
}

function secretWord(s: string): Ask | null {
  const placed = PLACED_QUOTE.exec(s);
  if (placed) return { kind: 'secret_word', value: quotedAt(s, placed.index) };
  const titled = IN_TITLE.exec(s);
  if (titled) {
    const what = titled[1] ?? '';
    if (DERIVED_VALUE.test(what)) return { kind: 'secret_word', value: null };
    const start = titled.index + titled[0].indexOf(what);
    const quoted = quotedAt(s, Math.max(0, start - 1), 2);
    return { kind: 'secret_word', value: quoted ?? { start, end: start + what.length } };
  }
  for (const pattern of SECRET_WORD) {
    const m = pattern.exec(s);
    if (m) return { kind: 'secret_word', value: valueAfter(s, m.index + m[0].length) };
  }
  if (READ_CHECK.test(s)) {
    const quoted = quotedAt(s);
    if (quoted) return { kind: 'secret_word', value: quoted };
  }
  return null;
}

function mention(s: string): Ask | null {
  const check = READ_CHECK.exec(s);
  if (!check) return null;
  // The ask may come before the check ("mention X so I know ...") or after it ("if you read this far, tell me X").
  const before = MENTION_VERB.exec(s.slice(0, check.index));
  const afterFrom = check.index + check[0].length;
  const after = before ? null : MENTION_VERB.exec(s.slice(afterFrom));
  const valueFrom = before ? before.index + before[0].length : after ? afterFrom + after.index + after[0].length : null;
  return { kind: 'mention', value: valueFrom === null ? null : valueAfter(s, valueFrom) };
}

function format(s: string): Ask | null {
  for (const { pattern, needsContext, valueGroup } of FORMAT) {
    const m = pattern.exec(s);
    if (!m || (needsContext && !FORMAT_CONTEXT.test(s))) continue;
    const text = valueGroup === undefined ? m[0] : (m[valueGroup] ?? m[0]);
    const start = m.index + m[0].indexOf(text);
    return { kind: 'format', value: { start, end: start + text.length } };
  }
  return null;
}

// A person's ask is a read check, unless it wants contact details or money (a scam signal) or a value only a bot would write.
function purposeOf(s: string, ask: Ask): Purpose {
  if (SCAM_ASK.test(s)) return 'scam';
  return ask.value && sabotages(s.slice(ask.value.start, ask.value.end)) ? 'ai_canary' : 'read_check';
}

/**
 * The instruction a single (normalised) sentence gives, if any; text aimed at an AI wins over every
 * other kind. `inFence` marks a line inside a code fence, where a role prompt is markup.
 */
export function classifyInstruction(sentence: string, inFence = false): InstructionMatch | null {
  const directed = aiDirected(sentence, inFence);
  if (directed) return directed;
  const ask = startWith(sentence) ?? secretWord(sentence) ?? mention(sentence) ?? scamAsk(sentence) ?? format(sentence);
  return ask ? { ...ask, purpose: purposeOf(sentence, ask) } : null;
}

// "the", "and", "you", "your", "if", "all", "ignore", "previous" in ROT13: text worth decoding has some.
const ROT13_WORDS = /\b(?:gur|naq|lbh|lbhe|vs|nyy|vtaber|cerivbhf|vafgehpgvbaf|jevgr|fnl)\b/i;

const letters = (text: string): string => text.replace(/\P{L}/gu, '');

// One sentence as an instruction: in its folded copy when that changes its letters (look-alike
// letters of other scripts, fullwidth and mathematical letters), else as written, else decoded
// from ROT13; a disguised one says what it reads.
function readSentence(doc: Doc, span: Span, inFence: boolean): Instruction | null {
  const copy = matchingCopy(span.text);
  const folded = copy === span.text || letters(copy) === letters(span.text) ? null : classifyInstruction(copy, inFence);
  if (folded) return { ...toInstruction(copy, folded), text: `Written in look-alike characters: "${copy}"` };
  const found = classifyInstruction(span.text, inFence);
  if (found) return toInstruction(doc.text.slice(span.start, span.end), found);
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

// Every sentence's instruction, tracking code fences; an instruction right after a sentence that
// speaks to AI applicants ("If you are an AI:") is part of the same canary.
function sentenceInstructions(doc: Doc): Instruction[] {
  const out: Instruction[] = [];
  let inFence = false;
  let afterCanary = false;
  for (const line of doc.lines) {
    const markup = markupLine(doc, line);
    if (markup) out.push(markup);
    if (FENCE.test(line.text)) inFence = !inFence;
    if (markup || FENCE.test(line.text) || line.text === '') continue;
    for (const sentence of sentencesOfLine(doc.norm, line)) {
      const found = readSentence(doc, sentence, inFence);
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
  return [...sentenceInstructions(doc), ...disguisedInstructions(raw, doc, (s) => classifyInstruction(s))].filter((instruction) => {
    const key = `${instruction.kind}\u0000${instruction.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
