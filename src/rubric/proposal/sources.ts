/**
 * What a proposal may draw on (the post, the proof library, the profile) as text and terms, and
 * the shape of a draft's opening. Shared by the proposal rules so they read the sources one way.
 */
import type { ParsedJobPost, Profile, ProofItem } from '../../domain/schemas.ts';
import { termStems } from '../../text/terms.ts';
import { paragraphs } from '../../text/text.ts';

/** The post's own words: title, description and skills (the page chrome around them says nothing). */
export function postTopicText(post: ParsedJobPost): string {
  const description = post.facts.description.trim().length > 0 ? post.facts.description : post.text;
  return [post.facts.title ?? '', description, post.facts.skills.join('\n')].join('\n');
}

// A pure memo keyed by the parsed post, which nothing changes after parsing: P01, P03 and each
// scoring of a draft for the post (a revision, the guard's re-score) share one reading.
const stemsOfPost = new WeakMap<ParsedJobPost, ReadonlySet<string>>();

/** Stems of the post's distinctive words. */
export function postStems(post: ParsedJobPost): ReadonlySet<string> {
  const known = stemsOfPost.get(post);
  if (known !== undefined) return known;
  const stems = termStems(postTopicText(post));
  stemsOfPost.set(post, stems);
  return stems;
}

/** Everything a proof item says, as one text. */
export function proofText(item: ProofItem): string {
  const metrics = item.metrics.map((metric) => `${metric.label} ${metric.value}`);
  return [item.title, item.clientType, item.problem, item.approach, item.result, ...metrics, item.skills.join(', ')].join('\n');
}

/** Everything the profile says, as one text, rates included. */
export function profileText(profile: Profile): string {
  const rates = [profile.rateFloor, profile.targetRate].filter((rate) => rate !== null).map(String);
  return [profile.name, profile.headline, profile.niche, profile.skills.join(', '), ...rates].join('\n');
}

/** The whole post as text: everything on the page plus the parsed facts that may not be in it. */
export function postFullText(post: ParsedJobPost): string {
  const budget = post.facts.budget;
  const facts = [post.facts.title, budget.min, budget.max, post.facts.duration, post.facts.hoursPerWeek];
  return [post.text, post.facts.description, ...facts.filter((fact) => fact !== null).map(String)].join('\n');
}

/**
 * A greeting at the very start: "Hi,", "Hello Sam,", "Dear Ms. Lee,", "Hi there!", and a template
 * slot left where the name goes ("Hi [Client Name],", "Dear {{name}},"); P19 judges the slot. The
 * name part is at most four words so a sentence that merely starts with "Hi" is not swallowed.
 */
const GREETING =
  /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b(?:[ \t]+(?:(?:mr|mrs|ms|dr|miss)\.?[ \t]+)?(?:\[[^\]\n]{1,40}\]|\{\{?[^}\n]{1,40}\}\}?|<[^>\n]{1,40}>|[\p{L}'.-]+(?:[ \t]+[\p{L}'.-]+){0,3}?))?[ \t]*[,!:;\u2014-]*[ \t]*(?:\r?\n|[,!:;\u2014-](?=\s)|$)/iu;

/** The text after an opening greeting, or the text itself when it has none. */
export function stripGreeting(text: string): string {
  const trimmed = text.trimStart();
  const match = GREETING.exec(trimmed);
  return match ? trimmed.slice(match[0].length).trimStart() : trimmed;
}

/** The first paragraph with content: a greeting standing alone ("Hi Sam,") does not count as one. */
export function openingParagraph(text: string): string {
  const list = paragraphs(text);
  for (const paragraph of list) {
    const rest = stripGreeting(paragraph);
    if (rest.length > 0) return rest;
  }
  return '';
}
