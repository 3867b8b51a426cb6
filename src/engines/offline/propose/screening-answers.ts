/**
 * Answers to the post's screening questions and requests, each drafted for its own question from
 * the proof retrieval handed over, the profile and the post, never a deflection to a call. What
 * only the freelancer can say (a personal question, availability, a resume, a rate the profile
 * lacks, examples with no proof behind them) becomes a marked gap to fill (src/domain/gaps.ts).
 */
import { gap } from '../../../domain/gaps.ts';
import type { RankedProof } from '../../../domain/ports.ts';
import type { Profile, ScreeningAnswer } from '../../../domain/schemas.ts';
import { findTerms } from '../../../text/text.ts';
import type { Insight } from '../content/insight.ts';
import { askedFor, gapFor } from './gap-prompt.ts';
import { pick } from './hash.ts';
import { questionKind } from './question-kind.ts';
import { isSafeText } from './safe-text.ts';
import { experienceAnswer } from './screening-experience.ts';
import { cite, citableProof, lowerFirst, proofSentence, type Answering } from './screening-proof.ts';

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

function sentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return /[.!?]$/.test(flat) ? flat : `${flat}.`;
}

/** Who the freelancer is, from the profile's headline and niche, in their own words. */
function introduction(profile: Profile): string[] {
  const parts: string[] = [];
  const { headline, niche, avoidWords } = profile;
  if (isSafeText(headline, avoidWords))
    parts.push(/^I\b/u.test(headline.trim()) ? sentence(headline) : sentence(`In short: ${lowerFirst(headline.trim(), profile.skills)}`));
  if (isSafeText(niche, avoidWords)) parts.push(sentence(`My work is ${lowerFirst(niche.trim(), profile.skills)}`));
  return parts;
}

/** The proof item that best answers the question, told in one sentence; null when none fits. */
function fromProof(question: string, lead: string, answering: Answering): string | null {
  for (const ranked of citableProof(question, answering).slice(0, 1)) {
    const told = proofSentence(lead, ranked, answering.profile.avoidWords);
    if (told === null) continue;
    cite(ranked, answering);
    return told;
  }
  return null;
}

/** Examples the client asked for: up to two items about the question's topic, with their links or a gap for them. */
function samples(question: string, answering: Answering): string {
  const chosen = citableProof(question, answering).slice(0, 2);
  const told: string[] = [];
  const links: string[] = [];
  for (const ranked of chosen) {
    const line = proofSentence(told.length === 0 ? 'The closest piece of my work is' : 'Another is', ranked, answering.profile.avoidWords);
    if (line === null) continue;
    cite(ranked, answering);
    told.push(line);
    if (ranked.item.link !== null && /^https?:\/\/\S{1,300}$/u.test(ranked.item.link)) links.push(ranked.item.link);
  }
  if (told.length === 0) return gapFor(question);
  const linkLine = links.length === told.length ? `Links: ${links.join(' ')}` : gap('links to these pieces, or to other work you can show');
  return [...told, linkLine].join(' ');
}

function answerOne(question: string, answering: Answering & ScreeningInput): string {
  const { profile, insight, seed } = answering;
  switch (questionKind(question)) {
    case 'introduction': {
      // "A brief introduction and your teaching background": the rest is a question of its own.
      const rest = question
        .split(/\s+and\s+/iu)
        .filter((part) => questionKind(part) !== 'introduction')
        .join(' and ');
      const intro = introduction(profile);
      return [
        ...(intro.length > 0 ? intro : [gap('a two-line introduction: who you are and the work you do')]),
        ...(rest.trim() === '' ? [] : [answerOne(rest, answering)]),
      ].join(' ');
    }
    case 'cover-note':
      return [
        'The letter above is my cover note.',
        ...(/\b(?:resume|cv)\b/iu.test(question) ? [gap('attach your resume to the application, then say so here')] : []),
      ].join(' ');
    case 'attachment':
      return gap(`attach ${askedFor(question)} to the application, then say so here`);
    case 'rate':
      return profile.targetRate === null
        ? gap('your rate for this work, hourly or fixed')
        : `My rate is ${profile.targetRate} ${profile.currency} an hour; I would confirm the total once the first step shows the real size of the work.`;
    case 'timeline':
      return `I would start with ${pick(insight.firstStep, seed, 'first-step-text')} and give you a timeline for the rest once it is done. ${gap('how long that first step would take you')}`;
    case 'samples':
      return samples(question, answering);
    case 'yes-no':
      return experienceAnswer(question, answering) ?? gapFor(question);
    case 'approach': {
      const backing = fromProof(question, 'I have done this before, for example', answering);
      return [
        `I would ${insight.approach}.`,
        `The first step would be ${pick(insight.firstStep, seed, 'first-step-text')}.`,
        ...(backing === null ? [] : [backing]),
      ].join(' ');
    }
    case 'record':
    case 'open': {
      const skill = findTerms(question, profile.skills).find((s) => isSafeText(s, profile.avoidWords));
      const backing = fromProof(question, 'The closest piece of my work is', answering);
      // "How many stores have you worked on?": the example is not the count, which only the freelancer knows.
      if (backing !== null) return /\bhow many\b/iu.test(question) ? `${backing} ${gapFor(question)}` : backing;
      return skill === undefined ? gapFor(question) : `${skill} is one of the tools I work with. ${gapFor(question)}`;
    }
    default:
      return gapFor(question);
  }
}

/** One answer per screening question, in the post's order. */
export function answerScreeningQuestions(input: ScreeningInput): ScreeningResult {
  const answering: Answering & ScreeningInput = { ...input, cites: [] };
  const answers = input.questions.map((question) => ({ question, answer: answerOne(question, answering) }));
  return { answers, cites: answering.cites };
}
