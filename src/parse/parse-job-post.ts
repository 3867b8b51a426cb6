/**
 * Parses what a user gives as a job post (pasted page text, a bare description, or `{ text, ...fields }`)
 * into facts, screening questions, instructions and red flags. Pure and deterministic; unknowns
 * stay null. Structured fields the caller supplies win over what parsing finds.
 */
import { assertWithin, LIMITS } from '../domain/limits.ts';
import { BidwrightError } from '../domain/errors.ts';
import type { Budget, ClientSignals, JobFacts, JobPostInput, ParsedJobPost } from '../domain/schemas.ts';
import { parseActivity } from './activity.ts';
import { parseBudget } from './budget.ts';
import { parseClientSignals } from './client-signals.ts';
import { extractDescription } from './description.ts';
import { findDeliverable } from './deliverable.ts';
import { findInstructions } from './instructions.ts';
import { parseDuration, parseExperienceLevel, parseHoursPerWeek } from './job-terms.ts';
import { cleanText } from '../text/fold.ts';
import { findRedFlags } from './red-flags.ts';
import { findScreeningQuestions } from './screening-questions.ts';
import { parseSkills } from './skills.ts';
import { findTitle } from './title.ts';

type Structured = Exclude<JobPostInput, string>;

// Copies only the fields the caller actually gave (undefined means "not given").
function given<T extends object>(value: Partial<T> | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function readInput(input: JobPostInput): { raw: string; fields: Partial<Structured> } {
  if (typeof input === 'string') return { raw: input, fields: {} };
  if (input === null || typeof input !== 'object' || typeof input.text !== 'string') {
    throw new BidwrightError('INVALID_INPUT', 'The job post must be text, or an object with a "text" field holding the post.');
  }
  return { raw: input.text, fields: input };
}

function checkSize(raw: string): string {
  assertWithin('job post', raw, LIMITS.postChars, "Paste only the job's title, description and details.");
  const text = cleanText(raw);
  if (text.trim() === '') {
    throw new BidwrightError('INVALID_INPUT', "The job post is empty: paste the job's title and description.");
  }
  return text;
}

/** Parses a job post. Throws INVALID_INPUT when it is empty or longer than 100,000 characters. */
export function parseJobPost(input: JobPostInput): ParsedJobPost {
  const { raw, fields } = readInput(input);
  const text = checkSize(raw);
  const knownTitle = typeof fields.title === 'string' && fields.title.trim() !== '' ? fields.title.trim() : undefined;
  const activity = parseActivity(text);
  const facts: JobFacts = {
    title: knownTitle ?? findTitle(text),
    description: extractDescription(text, knownTitle),
    budget: { ...parseBudget(text), ...given<Budget>(fields.budget) },
    experienceLevel: parseExperienceLevel(text),
    duration: parseDuration(text),
    hoursPerWeek: parseHoursPerWeek(text),
    postedAgo: activity.postedAgo,
    proposals: activity.proposals,
    interviewing: activity.interviewing,
    invitesSent: activity.invitesSent,
    unansweredInvites: activity.unansweredInvites,
    connects: activity.connects,
    skills: fields.skills && fields.skills.length > 0 ? [...fields.skills] : parseSkills(text),
    client: { ...parseClientSignals(text), ...given<ClientSignals>(fields.client) },
  };
  return {
    text,
    facts,
    deliverable: findDeliverable(facts),
    screeningQuestions: findScreeningQuestions(text),
    instructions: findInstructions(raw),
    redFlags: findRedFlags(text, facts),
  };
}
