/**
 * What a gap asks the freelancer to write, in the client's own words: "Your availability in EST"
 * becomes "[fill in: your availability in EST]", "Share 2-3 examples of content you helped go viral"
 * becomes "[fill in: 2-3 examples of content you helped go viral, with links]". The question already
 * speaks to the freelancer ("you", "your"), so it reads as the prompt once the asking is taken off.
 */
import { gap } from '../../../domain/gaps.ts';
import { lowerFirst } from './screening-proof.ts';

// "Please", "Kindly" and the verbs of sending: the thing to send is what follows them.
const POLITE = /^(?:please|kindly)\s+/iu;
const SEND = /^(?:submit|send|share|attach|include|provide|give|list|show)\s+(?:us\s+|me\s+)?(?:your proposal\s+)?(?:with\s+)?/iu;
const TELL = /^(?:tell (?:us|me)(?: about)?|describe|explain|let (?:us|me) know)\s+/iu;
// "Any links to ..." and a leading article read better without the capital.
const ANY = /^any\s+/iu;
// "What is your availability this month?" asks for "your availability this month".
const WHAT_IS_YOUR = /^what(?:'s|\s+is|\s+are)\s+(?=your\s)/iu;
// Trailing chatter that is not part of what to write: "and let's chat", "along with your application".
const TRAILING = /\s*(?:,?\s*and let['\u2019]s (?:chat|talk)|,?\s*along with your application\b.{0,60}|,?\s*to be considered)\s*$/iu;
// "Have you worked with X?" -> "whether you have worked with X".
const YES_NO = /^(have|has|did|do|does|are|were|is|can|could|will|would)\s+you\s+(.{1,300})$/iu;
const WANTS_LINKS = /\b(?:examples?|samples?|portfolio|demos?|case stud(?:y|ies))\b/iu;
const HAS_LINKS = /\b(?:links?|urls?)\b/iu;

/** The request or question with the asking taken off: what the freelancer should write. */
export function askedFor(question: string): string {
  let text = question
    .trim()
    .replace(/[?.!:;]+$/u, '')
    .trim();
  text = text.replace(POLITE, '').replace(SEND, '').replace(TELL, '').replace(ANY, '').replace(WHAT_IS_YOUR, '').replace(TRAILING, '');
  const yesNo = YES_NO.exec(text);
  if (yesNo !== null) {
    const aux = (yesNo[1] ?? '').toLowerCase();
    const verb = aux === 'do' || aux === 'does' ? '' : `${aux === 'are' || aux === 'were' || aux === 'is' ? 'are' : aux} `;
    return `whether you ${verb}${yesNo[2] ?? ''}, and where`;
  }
  return lowerFirst(text);
}

/** A gap marker asking for the freelancer's own answer to `question`. */
export function gapFor(question: string): string {
  const subject = askedFor(question);
  const links = WANTS_LINKS.test(subject) && !HAS_LINKS.test(subject) ? ', with links' : '';
  return gap(`${subject}${links}`);
}
