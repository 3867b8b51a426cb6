/**
 * "Have you worked with X?": a plain yes with what backs it (the proof item and its result, or the
 * profile's skills), and never a yes to a name the profile and proof do not hold ("Shopify Plus"
 * when only Shopify is on file): there the closest work is shown and the freelancer fills in the rest.
 */
import { gap } from '../../../domain/gaps.ts';
import { termStems } from '../../../text/terms.ts';
import { findTerms } from '../../../text/text.ts';
import { isSafeText } from './safe-text.ts';
import { cite, citableProof, proofSentence, type Answering } from './screening-proof.ts';

// Capitalised runs after the first word name products and tools ("Shopify Plus", "Google Ads").
const NAME_RUN = /(?<=\s)\p{Lu}[\p{L}\p{N}+#.]{0,30}(?:\s\p{Lu}[\p{L}\p{N}+#.]{0,30}){0,3}/gu;
// "X or only Y?" is a choice: the example shows which it was, so it gets no "Yes".
const CHOICE = /\bor\b/iu;

/** Names the question uses that neither the profile's skills nor the proof handed over hold. */
function unheldNames(question: string, answering: Answering): string[] {
  const held = termStems([answering.profile.skills.join(', '), ...answering.proof.map(({ item }) => `${item.title} ${item.skills.join(', ')}`)].join('\n'));
  return [...question.matchAll(NAME_RUN)].map((match) => match[0].replace(/[.]+$/u, '')).filter((name) => [...termStems(name)].some((key) => !held.has(key)));
}

/** The answer to a yes/no question about the freelancer's experience, or null when nothing backs one. */
export function experienceAnswer(question: string, answering: Answering): string | null {
  const { profile } = answering;
  const missing = unheldNames(question, answering);
  const choice = CHOICE.test(question);
  const plainYes = missing.length === 0 && !choice;
  const ranked = citableProof(question, answering)[0];
  const told = ranked === undefined ? null : proofSentence(plainYes ? 'Yes, for example' : 'The closest piece of my work is', ranked, profile.avoidWords);
  const skill = findTerms(question, profile.skills).find((s) => isSafeText(s, profile.avoidWords));
  const rest = missing.length > 0 ? [gap(`whether you have worked with ${missing.join(' and ')} itself, and where`)] : [];
  if (told !== null && ranked !== undefined) {
    cite(ranked, answering);
    return [told, ...rest].join(' ');
  }
  if (skill === undefined) return null;
  return [plainYes ? `Yes, ${skill} is one of the tools I work with.` : `${skill} is one of the tools I work with.`, ...rest].join(' ');
}
