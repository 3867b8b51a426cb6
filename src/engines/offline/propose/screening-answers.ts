/**
 * Answers to the post's screening questions, each grounded in the proof item that shares the most
 * words with the question, or in the profile's skills; otherwise an honest "better on a call" with a
 * line on the approach, or, when the question asks for a fact ("Have you ...?", "Share examples"),
 * a plain "nothing on record" instead of a call the client did not ask for. Questions about rates
 * or timelines get no invented figures.
 */
import type { Profile, ScreeningAnswer } from '../../../domain/schemas.ts';
import type { RankedProof } from '../../../domain/ports.ts';
import { asksForFact } from '../../../rubric/proposal/screening-substance.ts';
import { termStems } from '../../../text/terms.ts';
import { findTerms } from '../../../text/text.ts';
import type { Insight } from '../content/insight.ts';
import { pick } from './hash.ts';
import { isSafeText, quotable } from './safe-text.ts';

export interface ScreeningInput {
  questions: readonly string[];
  proof: readonly RankedProof[];
  profile: Profile;
  insight: Insight;
  seed: number;
  /** Proof ids the cover letter already cites; preferred so the answers stay consistent with it. */
  cited: readonly string[];
  /** How many distinct proof ids the draft may cite in all. */
  maxCitations: number;
}

export interface ScreeningResult {
  answers: ScreeningAnswer[];
  /** Proof ids the answers rely on. */
  cites: string[];
}

const PRICE = /\b(rate|rates|price|pricing|cost|costs|budget|charge|quote|fee|fees)\b/i;
const TIMING = /\b(how long|how soon|timeline|deadline|availability|available to start|when can you start|turnaround|hours per week|time zone|timezone)\b/i;
const YES_NO = /^\s*(do|does|have|has|are|is|can|did|could|would)\b/i;

function bestProof(question: string, input: ScreeningInput, allowed: (id: string) => boolean): RankedProof | null {
  const wanted = termStems(question);
  let best: { ranked: RankedProof; overlap: number } | null = null;
  for (const ranked of input.proof) {
    if (!allowed(ranked.item.id)) continue;
    const { item } = ranked;
    const have = termStems([item.title, item.problem, item.approach, item.result, item.skills.join(' ')].join(' '));
    const overlap = [...wanted].filter((w) => have.has(w)).length;
    if (overlap > 0 && (best === null || overlap > best.overlap)) best = { ranked, overlap };
  }
  return best?.ranked ?? null;
}

/**
 * A yes/no question ("Have you worked with X?") gets "Yes" and the example; an open one ("Which
 * metrics would you look at?") gets the approach first, then the example behind it. A choice
 * ("X or Y?") gets no "Yes": the example shows which it was.
 */
function proofAnswer(question: string, ranked: RankedProof, input: ScreeningInput): string {
  const { item } = ranked;
  const avoidWords = input.profile.avoidWords;
  const title = isSafeText(item.title, avoidWords) ? `"${item.title.trim()}"` : 'one piece of work on file';
  const yesNo = YES_NO.test(question) && !/\bor\b/i.test(question);
  const lead = yesNo ? 'Yes. ' : YES_NO.test(question) ? '' : `In short, I would ${input.insight.approach}. `;
  const parts = [`${lead}The closest example is ${title}.`];
  const result = quotable(item.result, avoidWords);
  if (result !== null) parts.push(`The result: ${result}`);
  const metric = item.metrics.find((m) => isSafeText(m.label, avoidWords) && !/[?!<>{}@]|https?:/i.test(m.value));
  if (metric !== undefined) parts.push(`On record: ${metric.label.trim()} (${metric.value.trim()}).`);
  return parts.join(' ');
}

function answerOne(question: string, input: ScreeningInput, cites: string[]): string {
  const { profile, insight } = input;
  if (PRICE.test(question)) {
    if (profile.targetRate !== null) {
      return `My target rate is ${profile.targetRate} ${profile.currency}; I would confirm the total once the first step shows the real size of the work.`;
    }
    return 'I would rather quote once the first step shows the real size of the work than guess a figure now.';
  }
  if (TIMING.test(question)) {
    return 'I would rather give you a timeline after the first step, once the real size of the work is clear, than guess now.';
  }
  const canAdd = (id: string): boolean => cites.includes(id) || input.cited.includes(id) || new Set([...input.cited, ...cites]).size < input.maxCitations;
  const ranked = bestProof(question, input, (id) => input.cited.includes(id)) ?? bestProof(question, input, canAdd);
  if (ranked !== null) {
    if (!cites.includes(ranked.item.id)) cites.push(ranked.item.id);
    return proofAnswer(question, ranked, input);
  }
  const skill = findTerms(question, profile.skills).find((s) => isSafeText(s, profile.avoidWords));
  if (skill !== undefined) {
    return `${skill} is one of the skills I work with regularly. Here I would start with ${pick(insight.firstStep, input.seed, 'first-step-text')}.`;
  }
  if (asksForFact(question)) {
    return `I have no project on record that matches this closely, so I will not claim one. Here I would ${insight.approach}.`;
  }
  return `That is easier to answer well on a call, where I can walk through what I would do in your case. In short, I would ${insight.approach}.`;
}

/** One answer per screening question, in the post's order. */
export function answerScreeningQuestions(input: ScreeningInput): ScreeningResult {
  const cites: string[] = [];
  const answers = input.questions.map((question) => ({ question, answer: answerOne(question, input, cites) }));
  return { answers, cites };
}
