/**
 * What one sentence of a post asks: text aimed at an AI (`ai_directed`), "start your proposal with
 * ..." (`start_with`), secret or code words (`secret_word`), "mention X so I know you read this"
 * (`mention`), rules about the proposal's form (`format`); and why: a read check, a canary for AI
 * applicants, an injection aimed at the tool, or a scam signal.
 */
import type { Instruction } from '../domain/schemas.ts';
import { aiDirection, aiPurpose, sabotages } from './ai-directed.ts';
import { SCAM_ASK, SCAM_CONTEXT } from './injection-patterns.ts';
import {
  APPLICANT_RULE,
  DERIVED_VALUE,
  FORMAT,
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
import { ordinalsIn, quotedAt, valueAfter, type ValueSpan } from './instruction-value.ts';

type Kind = Instruction['kind'];
type Purpose = Instruction['purpose'];

/**
 * An instruction's kind, its purpose, and where its value sits in the sentence (null when none is
 * stated). `ordinals` is set when the value points at words of the post ("the 6th and 7th words").
 */
export interface InstructionMatch {
  kind: Kind;
  purpose: Purpose;
  value: ValueSpan | null;
  ordinals?: number[];
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
    if (DERIVED_VALUE.test(what)) return { kind: 'secret_word', value: null, ordinals: ordinalsIn(what) };
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

function applicantRule(s: string): Ask | null {
  const m = APPLICANT_RULE.exec(s);
  return m ? { kind: 'mention', value: valueAfter(s, m.index + m[0].length) } : null;
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
  if (SCAM_ASK.test(s) || SCAM_CONTEXT.test(s)) return 'scam';
  return ask.value && sabotages(s.slice(ask.value.start, ask.value.end)) ? 'ai_canary' : 'read_check';
}

/**
 * The instruction a single (normalised) sentence gives, if any; text aimed at an AI wins over every
 * other kind. `inFence` marks a line inside a code fence, where a role prompt is markup.
 */
export function classifyInstruction(sentence: string, inFence = false): InstructionMatch | null {
  const directed = aiDirected(sentence, inFence);
  if (directed) return directed;
  const ask = startWith(sentence) ?? secretWord(sentence) ?? mention(sentence) ?? applicantRule(sentence) ?? scamAsk(sentence) ?? format(sentence);
  if (!ask) return null;
  // A value quoted later in the sentence ("... so I know you read the entire description ;) "CRO Superhero"").
  const value = ask.value ?? (ask.kind === 'format' || ask.ordinals ? null : quotedAt(sentence));
  return { ...ask, value, purpose: purposeOf(sentence, { ...ask, value }) };
}
