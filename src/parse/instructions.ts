/**
 * Client instructions in a post, one per sentence: text aimed at an AI (`ai_directed`, shown to the
 * user and never obeyed), "start your proposal with ..." (`start_with`), secret or code words
 * (`secret_word`), "mention X so I know you read this" (`mention`), and rules about the proposal's
 * form (`format`). The post is data: this only reports what it asks.
 */
import type { Instruction } from '../domain/schemas.ts';
import { prepareDoc, sentencesOf, type Doc, type Span } from './doc.ts';
import {
  AI_DIRECTED,
  AI_MUST,
  FORMAT,
  DERIVED_VALUE,
  FORMAT_CONTEXT,
  IN_TITLE,
  MENTION_VERB,
  NEGATED_BEFORE,
  OUTPUT_VERB,
  PLACED_QUOTE,
  PROPOSAL_CONTEXT,
  READ_CHECK,
  SECRET_WORD,
  START_WITH,
  TAKEOVER_CONTEXT,
  YOU_ARE_NOW,
} from './instruction-patterns.ts';
import { quotedAt, valueAfter, type ValueSpan } from './instruction-value.ts';

type Kind = Instruction['kind'];

/** An instruction's kind and where its value sits in the sentence (null when none is stated). */
export interface InstructionMatch {
  kind: Kind;
  value: ValueSpan | null;
}

function aiDirected(s: string): InstructionMatch | null {
  const hit = AI_DIRECTED.some((p) => p.test(s)) || (AI_MUST.test(s) && PROPOSAL_CONTEXT.test(s)) || (YOU_ARE_NOW.test(s) && TAKEOVER_CONTEXT.test(s));
  if (!hit) return null;
  const verb = OUTPUT_VERB.exec(s);
  const value = verb ? valueAfter(s, verb.index + verb[0].length) : null;
  return { kind: 'ai_directed', value: value ?? quotedAt(s) };
}

function startWith(s: string): InstructionMatch | null {
  for (const pattern of START_WITH) {
    const m = pattern.exec(s);
    if (!m) continue;
    // "Don't start your proposal with 'Dear Sir'" is a rule about form, not a word to use.
    if (NEGATED_BEFORE.test(s.slice(0, m.index))) return { kind: 'format', value: valueAfter(s, m.index + m[0].length) };
    return { kind: 'start_with', value: valueAfter(s, m.index + m[0].length) };
  }
  return null;
}

function secretWord(s: string): InstructionMatch | null {
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

function mention(s: string): InstructionMatch | null {
  const check = READ_CHECK.exec(s);
  if (!check) return null;
  // The ask may come before the check ("mention X so I know ...") or after it ("if you read this far, tell me X").
  const before = MENTION_VERB.exec(s.slice(0, check.index));
  const afterFrom = check.index + check[0].length;
  const after = before ? null : MENTION_VERB.exec(s.slice(afterFrom));
  const valueFrom = before ? before.index + before[0].length : after ? afterFrom + after.index + after[0].length : null;
  return { kind: 'mention', value: valueFrom === null ? null : valueAfter(s, valueFrom) };
}

function format(s: string): InstructionMatch | null {
  for (const { pattern, needsContext, valueGroup } of FORMAT) {
    const m = pattern.exec(s);
    if (!m || (needsContext && !FORMAT_CONTEXT.test(s))) continue;
    const text = valueGroup === undefined ? m[0] : (m[valueGroup] ?? m[0]);
    const start = m.index + m[0].indexOf(text);
    return { kind: 'format', value: { start, end: start + text.length } };
  }
  return null;
}

/** The instruction a single (normalised) sentence gives, if any; text aimed at an AI wins over every other kind. */
export function classifyInstruction(sentence: string): InstructionMatch | null {
  return aiDirected(sentence) ?? startWith(sentence) ?? secretWord(sentence) ?? mention(sentence) ?? format(sentence);
}

function toInstruction(doc: Doc, span: Span, found: InstructionMatch): Instruction {
  const value = found.value ? doc.text.slice(span.start + found.value.start, span.start + found.value.end).trim() : null;
  return { kind: found.kind, text: doc.text.slice(span.start, span.end), value: value === '' ? null : value };
}

/** Every instruction in the post, in order, each with the sentence as written and the value it asks for. */
export function findInstructions(text: string): Instruction[] {
  const doc = prepareDoc(text);
  const out: Instruction[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(doc)) {
    const found = classifyInstruction(sentence.text);
    if (!found) continue;
    const instruction = toInstruction(doc, sentence, found);
    const key = `${instruction.kind}\u0000${instruction.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(instruction);
  }
  return out;
}
