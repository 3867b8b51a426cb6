/**
 * Clarifying questions for a vague post, specific to it: they name the post's own subject and the
 * domain's key question, so the client can answer them in a line each.
 */
import type { ParsedJobPost } from '../../../domain/schemas.ts';
import { pick, stableHash } from '../propose/hash.ts';
import { pickInsight } from '../propose/pick-insight.ts';
import { postSubject } from '../propose/post-subject.ts';
import { namesRole } from '../propose/post-terms.ts';
import { postText, sentenceCasePhrase } from '../propose/post-text.ts';
import { isSafeText } from '../propose/safe-text.ts';
import { fill } from '../propose/phrasing.ts';
import { isVagueScope } from './scope-signals.ts';

const MAX_QUESTIONS = 4;

/** Two to four questions when the scope is vague; none when the post already pins it down. */
export function clarifyingQuestions(post: ParsedJobPost, avoidWords: readonly string[]): string[] {
  if (!isVagueScope(post)) return [];
  const text = postText(post);
  const match = pickInsight(text, post.deliverable.domain);
  const subject = postSubject(text, match, avoidWords);
  const surface = match.surfaces.find((s) => isSafeText(s, avoidWords) && !namesRole(s));
  const term = surface === undefined ? subject : sentenceCasePhrase(surface, text);
  const seed = stableHash(post.text);
  const questions = [
    `What should exist at the end of the ${subject} work, so we both know when it is finished?`,
    fill(pick(match.insight.question, seed, 'question'), { term }),
    `Is there an existing ${match.insight.noun} or earlier attempt to build on, or does this start from nothing?`,
  ];
  if (post.facts.budget.type === 'unknown') {
    questions.push(`What budget range do you have in mind for the ${subject} work?`);
  }
  return questions.slice(0, MAX_QUESTIONS);
}
