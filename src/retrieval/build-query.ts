/**
 * The query a job post or a free-text search puts to the proof library: weighted terms to rank with,
 * and the evidence the query offers (see relevant-proof.ts). Client instructions in a post ("start
 * your proposal with the word banana", text aimed at an AI) and job-post boilerplate ("a proven
 * track record") are taken out first: they say nothing about the work, and a client must not be
 * able to steer which proof is chosen by planting words.
 */
import type { ParsedJobPost } from '../domain/schemas.ts';
import { stem, termTokens } from '../text/terms.ts';
import { kindOf, leadingKind, scoreKinds } from '../text/work-kind.ts';
import { buildQuery, type QueryTerm } from './analyze.ts';
import { LANGUAGE_NAMES, detectLanguage } from './detect-language.ts';
import { FIELD_BREAK, queryEvidence, type QueryEvidence } from './relevant-proof.ts';
import { BOILERPLATE_PHRASES } from './evidence-words.ts';

/** Analysed query: the terms to rank with and the evidence to filter with. */
export interface ProofQuery {
  terms: QueryTerm[];
  evidence: QueryEvidence;
}

// Bounds the analysis of one query, however long the pasted text is.
const MAX_QUERY_TERMS = 200;
const POST_WEIGHT = { title: 3, skills: 2, description: 1 };
// A post without a title leads with its opening words instead.
const UNTITLED_LEAD_TOKENS = 30;
const BOILERPLATE = BOILERPLATE_PHRASES.map((phrase) => termTokens(phrase));

/** `tokens` without any occurrence of the given token runs. */
export function withoutRuns(tokens: readonly string[], runs: readonly (readonly string[])[]): string[] {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const run of runs) {
    const first = run[0];
    if (first === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), run]);
  }
  const out: string[] = [];
  for (let at = 0; at < tokens.length; ) {
    const candidates = byFirst.get(tokens[at] as string) ?? [];
    const run = candidates.find((r) => r.every((token, offset) => tokens[at + offset] === token));
    if (run === undefined) {
      out.push(tokens[at] as string);
      at += 1;
    } else {
      at += run.length;
    }
  }
  return out;
}

/** The query for free text (an offer, a search box): all of it counts as lead. */
export function textQuery(text: string): ProofQuery {
  const safe = typeof text === 'string' ? text : '';
  const tokens = withoutRuns(termTokens(safe), BOILERPLATE);
  const layout = { titleEnd: tokens.length, bodyStart: tokens.length, ...textDomain(safe) };
  return { terms: buildQuery([{ tokens, weight: 1 }], MAX_QUERY_TERMS), evidence: queryEvidence(tokens, tokens, layout) };
}

/** The kind of work free text is about: the heaviest kind when one clearly leads, else null. */
function textDomain(text: string): { domain: string | null; cues: ReadonlySet<string>; leaning: null; object: null } {
  const lead = leadingKind(scoreKinds([{ text, weight: 1 }]));
  return { domain: lead?.kind ?? null, cues: new Set(lead?.cues ?? []), leaning: null, object: null };
}

/**
 * The tool the job is about: of the skill tags that name a tool of the post's kind of work, the one
 * its title names first ("Intercom" in "Intercom Setup Expert Needed for HubSpot Integration").
 */
function titleTool(title: readonly string[], skills: readonly string[], domain: string): { stems: string[]; name: string } | null {
  const titleStems = title.map((token) => stem(token));
  let best: { at: number; stems: string[]; name: string } | null = null;
  for (const skill of skills) {
    if (kindOf(skill) !== domain) continue;
    const stems = termTokens(skill).map((token) => stem(token));
    if (stems.length === 0) continue;
    const at = titleStems.findIndex((_, start) => stems.every((value, offset) => titleStems[start + offset] === value));
    if (at !== -1 && (best === null || at < best.at)) best = { at, stems, name: skill };
  }
  return best === null ? null : { stems: best.stems, name: best.name };
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? '';
}

/**
 * A post written in another language is evidence for proof in that language: its English name
 * ("spanish") joins the lead, where proof titled or skilled in the language meets it.
 */
function languageTerm(tokens: readonly string[]): string[] {
  const language = detectLanguage(tokens);
  return language === 'en' ? [] : [LANGUAGE_NAMES[language]];
}

/** The query a post asks: its title counts most, then its listed skills, then its description. */
export function postQuery(post: ParsedJobPost): ProofQuery {
  const { facts } = post;
  const removed = [...post.instructions.map((instruction) => termTokens(instruction.text)), ...BOILERPLATE];
  const clean = (text: string): string[] => withoutRuns(termTokens(text), removed);
  const title = clean(facts.title ?? '');
  const skills = facts.skills.map(clean);
  // The parsed description leaves out the page's metadata lines; fall back to the whole paste.
  const description = facts.description || post.text;
  const body = clean(description);
  const language = languageTerm([...title, ...body]);
  const heading = [...title, ...language];
  const lead = [...(title.length > 0 ? title : clean(firstLine(description)).slice(0, UNTITLED_LEAD_TOKENS)), ...language];
  const terms = buildQuery(
    [
      { tokens: heading, weight: POST_WEIGHT.title },
      { tokens: skills.flat(), weight: POST_WEIGHT.skills },
      { tokens: body, weight: POST_WEIGHT.description },
    ],
    MAX_QUERY_TERMS,
  );
  const fields = [heading, ...skills, body].flatMap((tokens) => [...tokens, FIELD_BREAK]);
  const { domain, cues, leaning } = post.deliverable;
  const object = domain === null ? null : titleTool(title, facts.skills, domain);
  const layout = { titleEnd: heading.length, bodyStart: fields.length - body.length - 1, domain, cues: new Set(cues), leaning, object };
  return { terms, evidence: queryEvidence([...lead, ...skills.flat()], fields, layout) };
}
