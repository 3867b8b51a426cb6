import { libraryMemo } from '../../domain/library-memo.ts';
import type { ProposalRule, RuleHit } from '../types.ts';
import { fold } from '../../text/fold.ts';

// Things one builds with a named stack ("a Flutter app", "a Django backend").
const MADE_THINGS = [
  'apps?',
  'applications?',
  'trackers?',
  'dashboards?',
  'sites?',
  'websites?',
  'bots?',
  'chatbots?',
  'plugins?',
  'extensions?',
  'integrations?',
  'pipelines?',
  'APIs?',
  'backends?',
  'back-ends?',
  'frontends?',
  'front-ends?',
  'games?',
  'themes?',
  'scripts?',
  'tools?',
  'librar(?:y|ies)',
  'components?',
  'scrapers?',
  'widgets?',
  'modules?',
  'services?',
  'platforms?',
  'automations?',
  'templates?',
].join('|');

// Phrases after which the next words are a tool the writer claims to use.
const CLAIM_CUES = [
  /\bI\s+(?:use|used|work\s+(?:in|with)|worked\s+(?:in|with)|specialise\s+in|specialize\s+in|know|code\s+in|program\s+in|build\s+(?:in|with)|develop\s+(?:in|with))\s+/giu,
  /\bI(?:'m|\s+am|'ve\s+been|\s+have\s+been)\s+(?:an?\s+|very\s+|highly\s+)?(?:experienced|expert|proficient|skilled|fluent|certified)\s+(?:in|with)\s+/giu,
  /\bI(?:'ve|\s+have)?\s+built\b[^.!?\n]{0,60}?\bwith\s+/giu,
  /\bI(?:'m|\s+am)\s+(?:an?\s+)?(?:experienced\s+|certified\s+|senior\s+)?(?=[A-Z][\w.#+-]*\s+(?:developer|expert|specialist|consultant|engineer|designer)\b)/gu,
  // "I also built a Flutter fitness tracker": a capitalised name before the thing made is its stack.
  new RegExp(
    `\\bI(?:'ve|\\s+have)?(?:\\s+(?:also|recently|previously|once|already|just))?\\s+(?:built|developed|created|made|shipped|launched|coded|wrote)\\s+(?:an?|my\\s+own)\\s+` +
      `(?=[A-Z][\\w.#+-]*(?:\\s+[A-Z][\\w.#+-]*){0,2}(?:\\s+[a-z][\\w-]*){0,3}?\\s+(?:${MADE_THINGS})\\b)`,
    'gu',
  ),
];
const MY_EXPERIENCE = /\bmy\s+((?:[\w.#+-]+\s+){0,2}?[\w.#+-]+)\s+(?:experience|background|expertise|skills)\b/giu;

// A tool name looks like one: capitalised (Python, HubSpot), or with symbols (C#, Node.js, C++).
const TOOL = /^(?:[A-Z][\w.#+-]*|\w+[.#+][\w.#+-]*|\.[A-Za-z]\w*)$/u;
const NOT_TOOLS = new Set([
  ...['i', 'a', 'an', 'the', 'my', 'your', 'our', 'this', 'that', 'it', 'them', 'and', 'or'],
  // Capitalised because they are days and months, not products ("a Monday report").
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
]);

/** The tool-like names at the start of `tail`, up to the end of a comma/"and" list. */
function toolsAt(tail: string): string[] {
  const phrase = tail.split(/\.(?=\s|$)|[;:!?()\n]|\s(?:to|for|on|at|so|when|because|which|that|from|across)\s/u)[0] ?? '';
  const items = phrase.split(/,|\s(?:and|or|&)\s|\//u).map((item) => item.trim());
  const tools: string[] = [];
  for (const item of items) {
    const tokens = item.split(/\s+/).filter((token) => token.length > 0);
    const name: string[] = [];
    for (const token of tokens) {
      const bare = token.replace(/[,"']+$/u, '');
      if (name.length === 0 && NOT_TOOLS.has(bare.toLowerCase())) break;
      if (!TOOL.test(bare) || name.length === 3) break;
      name.push(bare.replace(/\.$/, ''));
    }
    if (name.length > 0) tools.push(name.join(' '));
  }
  return tools;
}

/** The tools a text claims the writer uses, each once, as written. */
export function claimedTools(text: string): string[] {
  const found = new Set<string>();
  for (const cue of CLAIM_CUES) {
    for (const match of text.matchAll(cue)) {
      for (const tool of toolsAt(text.slice(match.index + match[0].length))) found.add(tool);
    }
  }
  for (const match of text.matchAll(MY_EXPERIENCE)) {
    for (const tool of toolsAt(match[1] ?? '')) found.add(tool);
  }
  return [...found];
}

/** Skills folded for comparison, each once. */
const foldSkills = (skills: readonly string[]): string[] => [...new Set(skills.map((skill) => fold(skill).trim()))];

/** Every skill the library's items hold, folded, read once per library. */
const librarySkills = libraryMemo((proof) => foldSkills(proof.flatMap((item) => item.skills)));

/** True when a held skill and a claimed tool, both folded, name the same thing ("shopify" and "shopify plus"). */
function covers(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || a.replace(/[\s.-]/g, '') === b.replace(/[\s.-]/g, '');
}

/**
 * P06: a tool the draft says the writer uses must be in the profile's skills or some proof item's
 * skills. A tool named as the client's need is not a claim and is not checked.
 */
export const p06SkillsHeld: ProposalRule = {
  id: 'P06',
  target: 'proposal',
  title: 'No skill or tool claimed that the profile and proof do not hold',
  severity: 'warn',
  thresholds: {},
  check(subject, context) {
    const held = [...foldSkills(context.profile.skills), ...librarySkills(context.proof)];
    const hits: RuleHit[] = [];
    for (const tool of claimedTools(subject.text)) {
      const claimed = fold(tool).trim();
      if (held.some((skill) => covers(skill, claimed))) continue;
      hits.push({
        message: `The draft claims you work with "${tool}", which is not in your profile skills or any proof item; add it there if it is true, or remove the claim.`,
        evidence: tool,
      });
    }
    return hits;
  },
};
