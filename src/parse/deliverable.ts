/**
 * The post's main deliverable and its kind of work. What the client wants delivered is read from
 * the title and the action phrases ("we need someone to build ...", "you will run ..."), weighted
 * over the skill tags and over nouns the description mentions in passing: a Digital Marketing
 * Project Manager post that lists Shopify among its tools is marketing work, not a store build.
 * When no kind stands out the domain is null (unknown), never a guess.
 */
import { DELIVERABLE } from '../domain/judgement.ts';
import type { Deliverable, JobFacts } from '../domain/schemas.ts';
import { sentences } from '../text/text.ts';
import { leadingKind, scoreKinds, workKind } from '../text/work-kind.ts';

// "We need someone to ...", "You will ...", "The project involves ...": where a post says what it wants done.
const ACTION =
  /\b(?:(?:we|i)\s+(?:need|want|are looking for|am looking for|are seeking|am seeking|require)|looking for|seeking|hiring|you will|you'll|your (?:job|role|task) (?:is|will be)|responsible for|the (?:project|job|task|role) (?:is|involves|includes)|scope of work|help (?:us|me) (?:to\s+)?)\b/i;
// Hiring words a title wraps around the work: "Shopify Developer Needed for ..." is about Shopify.
const HIRING_WORDS =
  /\b(?:urgent(?:ly)?|needed|wanted|required|asap|looking for|seeking|hiring|expert|specialist|freelancer|consultant|professional|(?:part|full)[- ]time|long[- ]term|short[- ]term|remote|team or individuals?)\b/gi;
const MAX_ACTIONS = 6;

/** The title as a plain phrase of what is wanted: hiring words and bracketed asides removed. */
function deliverablePhrase(title: string | null): string | null {
  if (title === null) return null;
  const phrase = title
    .replace(/\([^)]{0,60}\)/g, ' ')
    .replace(HIRING_WORDS, ' ')
    .replace(/\s*[-|:–—]\s*$/u, '')
    .replace(/^\s*[-|:–—]\s*/u, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+(?:for|with|on|in|and|to|-)\s*$/i, '')
    .trim();
  return phrase.length >= 3 ? phrase : title.trim();
}

/** The sentences in which the post says what it wants done, at most a handful. */
function actionSentences(description: string): string[] {
  return sentences(description)
    .filter((sentence) => ACTION.test(sentence))
    .slice(0, MAX_ACTIONS);
}

/** The post's main deliverable and its domain (a kind id from src/text/work-kinds.json, or null). */
export function findDeliverable(facts: Pick<JobFacts, 'title' | 'description' | 'skills'>): Deliverable {
  const body = facts.description.slice(0, DELIVERABLE.scanChars);
  const actions = actionSentences(body);
  // An untitled post leads with its first sentence, which then says what the title would.
  const lead = facts.title ?? sentences(body.slice(0, 300))[0] ?? '';
  const ranked = scoreKinds([
    { text: lead, weight: DELIVERABLE.weights.title },
    { text: actions.join('\n'), weight: DELIVERABLE.weights.action },
    ...facts.skills.slice(0, DELIVERABLE.maxSkills).map((skill) => ({ text: skill, weight: DELIVERABLE.weights.skill })),
    { text: body, weight: DELIVERABLE.weights.body },
  ]);
  const named = leadingKind(ranked, DELIVERABLE.minScore);
  const summary = deliverablePhrase(facts.title) ?? actions[0] ?? null;
  if (named === null) return { summary, domain: null, domainLabel: null, cues: ranked[0]?.cues ?? [], leaning: ranked[0]?.kind ?? null };
  return { summary, domain: named.kind, domainLabel: workKind(named.kind)?.label ?? null, cues: named.cues, leaning: null };
}
