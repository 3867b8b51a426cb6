/**
 * Hard must-haves a post states, checked against what the freelancer holds: languages, location or
 * citizenship, licences, and the tools the title names. Each is `met` yes, no or unknown with the
 * evidence: a language is met when the profile names it and missing when it does not (a freelancer
 * lists the languages they work in); where the freelancer is based is not in the profile, so a
 * location rule is unknown and shown for the user to check; a licence is met only when a proof
 * credential names it. Preferences ("ideally", "a plus") are not must-haves.
 */
import { libraryMemo } from '../domain/library-memo.ts';
import type { JobFacts, MustHave, Profile, ProofItem } from '../domain/schemas.ts';
import { fold } from '../text/fold.ts';
import { distinctiveTerms } from '../text/terms.ts';
import { clip, hasTerm, sentences } from '../text/text.ts';

const LANGUAGES =
  'english|spanish|french|german|portuguese|italian|russian|ukrainian|polish|dutch|turkish|arabic|hebrew|hindi|urdu|bengali|chinese|mandarin|cantonese|japanese|korean|vietnamese|thai|indonesian|swedish|norwegian|danish|finnish|greek|romanian|czech|hungarian|tagalog';
// Bounded gaps keep matching linear on hostile text.
const LANGUAGE_RULE = new RegExp(
  String.raw`\b(?:fluent|fluency|native|bilingual|proficient|proficiency|speak|speaks|speaking|read|write|writes)\b[^.;:!?\n]{0,40}?\b(${LANGUAGES})\b(?:[^.;:!?\n]{0,12}?\b(?:and|&|/)\s*(${LANGUAGES})\b)?|\b(${LANGUAGES})\s*(?:\(native\)|speakers?|native|fluency|fluent|required)`,
  'gi',
);
const LOCATION_RULE =
  /\b(?:u\.?s\.? citizens?(?:hip)?|(?:us|american|uk|eu|canadian|australian) citizens?(?:hip)?|security clearance|only (?:freelancers|applicants|candidates|people)[^.;\n]{0,20}? (?:located|based|living|residing) in [^.;\n]{2,80}|must (?:be )?(?:located|based|living|reside|residing) in [^.;\n]{2,80}|(?:located|based) in (?:one of )?(?:the following|these) countries[^.;\n]{0,120})/i;
const LICENCE_RULE = /\b(?:licensed|license[ds]?|licence[ds]?|certified|certification|stamped|accredited)\b/i;
const PREFERENCE = /\b(?:ideally|preferred|preferably|a plus|nice to have|bonus|not required|optional)\b/i;
const MUST = /\b(?:must|required|requires?|need(?:ed)?|only|essential|mandatory|have to|has to)\b/i;
const MAX_SENTENCES = 400;
// "a strong understanding of Shopify and Recharge": named tools, capitalised as the post writes them.
const NAME = String.raw`[A-Z][\w.+#-]{1,30}(?: [A-Z][\w.+#-]{1,30}){0,2}`;
const KNOWLEDGE_OF = new RegExp(
  String.raw`\b(?:understanding|knowledge|experience|expertise|proficiency|familiarity|mastery)\s+(?:of|with|in)\s+(${NAME})(?:,?\s+(?:and|&)\s+(${NAME}))?`,
  'g',
);
const REQUIREMENT = /\b(?:must|required|requires?|essential|mandatory|ideal candidate|should have|you have|you'll need)\b/i;

const folded = (text: string): string => fold(text).trim();
// "(other languages are a plus)" softens the aside, not the sentence around it.
const isPreference = (sentence: string): boolean => PREFERENCE.test(sentence.replace(/\([^)]{0,120}\)/g, ' '));

/** Each proof item's title and skills, folded, each once: read once per library. */
const libraryHoldings = libraryMemo((library) => [...new Set(library.flatMap((item) => [item.title, ...(item.skills ?? [])]).map(folded))]);

/** What the freelancer holds, folded: profile skills, headline and niche, and each proof item's title and skills. */
function holdings(profile: Profile, library: readonly ProofItem[]): string[] {
  return [...[...profile.skills, profile.headline, profile.niche].map(folded), ...libraryHoldings(library)];
}

const holds = (held: readonly string[], name: string): boolean => held.some((text) => hasTerm(text, name));

function languages(lines: readonly string[], held: readonly string[]): MustHave[] {
  const found = new Map<string, string>();
  for (const sentence of lines) {
    if (isPreference(sentence)) continue;
    for (const match of sentence.matchAll(LANGUAGE_RULE)) {
      for (const name of [match[1], match[2], match[3]]) if (name !== undefined && !found.has(name.toLowerCase())) found.set(name.toLowerCase(), sentence);
    }
  }
  // English is the working language of the marketplace: unstated in a profile, it is assumed, not listed.
  return [...found]
    .filter(([name]) => name !== 'english' || holds(held, name))
    .map(([name, sentence]) => {
      const language = name.charAt(0).toUpperCase() + name.slice(1);
      return { kind: 'language', requirement: language, met: holds(held, name) ? 'yes' : 'no', evidence: clip(sentence, 200) } satisfies MustHave;
    });
}

function rules(lines: readonly string[], library: readonly ProofItem[]): MustHave[] {
  const out: MustHave[] = [];
  for (const sentence of lines) {
    if (isPreference(sentence)) continue;
    const location = LOCATION_RULE.exec(sentence);
    if (location !== null && !out.some((entry) => entry.kind === 'location')) {
      out.push({ kind: 'location', requirement: clip(location[0], 120), met: 'unknown', evidence: clip(sentence, 200) });
    }
    if (LICENCE_RULE.test(sentence) && MUST.test(sentence) && !out.some((entry) => entry.kind === 'licence')) {
      const credential = library.some((item) => item.kind === 'credential' && LICENCE_RULE.test(item.title));
      out.push({ kind: 'licence', requirement: clip(sentence, 120), met: credential ? 'unknown' : 'no', evidence: clip(sentence, 200) });
    }
  }
  return out;
}

/** Tools a requirement sentence names: "should have a strong understanding of Shopify and Recharge". */
function namedTools(lines: readonly string[], held: readonly string[]): MustHave[] {
  const found = new Map<string, string>();
  for (const sentence of lines) {
    if (isPreference(sentence) || !REQUIREMENT.test(sentence)) continue;
    for (const match of sentence.matchAll(KNOWLEDGE_OF)) {
      for (const name of [match[1], match[2]]) if (name !== undefined && distinctiveTerms(name).length > 0 && !found.has(name)) found.set(name, sentence);
    }
  }
  return [...found]
    .slice(0, 5)
    .map(([name, sentence]) => ({ kind: 'tool', requirement: name, met: holds(held, name) ? 'yes' : 'no', evidence: clip(sentence, 200) }));
}

/** The skill tags the title also names: the tools the job is about ("Intercom Setup ... HubSpot"). */
function titleTools(facts: Pick<JobFacts, 'title' | 'skills'>, held: readonly string[]): MustHave[] {
  if (facts.title === null) return [];
  const title = [facts.title];
  return (
    facts.skills
      // A tag of only generic words ("Marketing Automation") names a field, not a tool.
      .filter((skill) => skill.trim().length > 1 && distinctiveTerms(skill).length > 0 && holds(title.map(folded), skill))
      .slice(0, 5)
      .map((skill) => ({ kind: 'tool', requirement: skill, met: holds(held, skill) ? 'yes' : 'no', evidence: facts.title ?? '' }))
  );
}

/** The post's hard must-haves, each checked against the profile and the proof library. */
export function findMustHaves(facts: Pick<JobFacts, 'title' | 'description' | 'skills'>, profile: Profile, library: readonly ProofItem[]): MustHave[] {
  const held = holdings(profile, library);
  // Split once: every check reads the same bounded list of sentences.
  const body = sentences(facts.description.slice(0, 20_000));
  const lines = body.slice(0, MAX_SENTENCES);
  // The title counts as a sentence too: "Cyber Security Expert US Citizen Needed".
  const withTitle = facts.title === null ? lines : [...sentences(`${facts.title}.`), ...body].slice(0, MAX_SENTENCES);
  const tools = titleTools(facts, held);
  const more = namedTools(lines, held).filter((tool) => !tools.some((known) => folded(known.requirement) === folded(tool.requirement)));
  return [...languages(lines, held), ...rules(withTitle, library), ...tools, ...more];
}
