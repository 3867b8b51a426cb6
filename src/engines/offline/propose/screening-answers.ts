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
import { cite, citableProof, lowerFirst, proofSentence, proofStory, type Answering } from './screening-proof.ts';

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

type Tell = typeof proofSentence;

/** The proof item that best answers the question, told by `tell`; null when none fits. */
function fromProof(question: string, lead: string | ((ranked: RankedProof) => string | null), answering: Answering, tell: Tell = proofSentence): string | null {
  const ranked = citableProof(question, answering)[0];
  const opening = ranked === undefined ? null : typeof lead === 'string' ? lead : lead(ranked);
  const told = ranked === undefined || opening === null ? null : tell(opening, ranked, answering.profile.avoidWords);
  if (ranked === undefined || told === null) return null;
  cite(ranked, answering);
  return told;
}

/** "Make or Zapier?": the option the best item used, when it used exactly one of those the question names. */
function choiceLead(question: string, skills: readonly string[]): (ranked: RankedProof) => string | null {
  return (ranked) => {
    const options = /\bor\b/iu.test(question) ? findTerms(question, skills) : [];
    const { title, approach, skills: used } = ranked.item;
    const chosen = options.length < 2 ? [] : findTerms(`${title}\n${approach}\n${used.join(', ')}`, options);
    return chosen.length === 1 ? `I would use ${chosen[0]}, as I did for` : null;
  };
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
      // With no proof that fits this post, the profile's headline speaks of another field (a store
      // analyst introducing themselves to a maths tutoring post): the freelancer writes this one.
      const intro = answering.proof.length > 0 ? introduction(profile) : [];
      return [
        ...(intro.length > 0 ? intro : [gap('a two-line introduction: who you are and the work of yours that fits this job')]),
        ...(rest.trim() === '' ? [] : [answerOne(rest, answering)]),
      ].join(' ');
    }
    case 'list-intro':
      return 'Each of your questions has its own answer here.';
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
      return `I would start with ${pick(insight.firstStep, seed, 'first-step-text')}. Once that is done I can give you a timeline for the rest. ${gap('how long that first step would take you')}`;
    case 'samples':
      return samples(question, answering);
    case 'yes-no':
      return experienceAnswer(question, answering) ?? gapFor(question);
    case 'approach': {
      const chosen = fromProof(question, choiceLead(question, profile.skills), answering, proofStory);
      if (chosen !== null) return chosen;
      const backing = fromProof(question, 'I have done this before, for example', answering, proofStory);
      // With work to point to, the example carries the answer; without, the first step makes the approach concrete.
      return [`I would ${insight.approach}.`, backing ?? `The first step would be ${pick(insight.firstStep, seed, 'first-step-text')}.`].join(' ');
    }
    case 'record':
    case 'open': {
      const skill = findTerms(question, profile.skills).find((s) => isSafeText(s, profile.avoidWords));
      const backing = fromProof(question, 'The closest piece of my work is', answering, proofStory);
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
