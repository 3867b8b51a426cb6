import type { ProposalRule, RuleHit } from '../types.ts';
import { clip, paragraphs, sentences, words } from '../../text/text.ts';
import { fold } from '../../text/fold.ts';

const SIGN_OFF =
  /^(?:thanks|thank you|many thanks|best|best regards|kind regards|warm regards|regards|cheers|sincerely|all the best|talk soon|looking forward)\b[^?]{0,30}$/iu;

// Questions any applicant could ask of any post.
const GENERIC_QUESTIONS: readonly RegExp[] = [
  /^(?:do you have )?any (?:other |further )?questions/,
  /^let me know if you have (?:any )?questions/,
  /^when can (?:we|i) start/,
  /^shall we (?:discuss|talk|chat|get started|start)/,
  /^(?:can|could|shall) we (?:schedule|set up|have|hop on|jump on|arrange) an? (?:quick )?(?:call|chat|meeting)/,
  /^(?:are|would) you (?:be )?(?:available|free|open) (?:for|to) an? (?:quick )?(?:call|chat|meeting|discussion)/,
  /^would you like to (?:discuss|talk|chat|proceed|move forward|hop on)/,
  /^(?:can|could|shall) we (?:discuss|talk)(?: (?:this|further|more|details))?$/,
  /^(?:are you )?interested$/,
  /^(?:what do you think|sounds? good|ready to (?:start|begin)|shall we|can we talk|does that work|how does that sound)$/,
];

const NAME_LINE = /^[\p{Lu}][\p{L}'.-]*(?:\s[\p{Lu}][\p{L}'.-]*){0,2}$/u;

function bare(line: string): string {
  return line.replace(/^[-\u2014\s]+/u, '').replace(/[,.!\s]+$/u, '');
}

/** Drops a trailing sign-off ("Best,\nSam") so the close is judged on the last real sentence. */
function withoutSignOff(text: string, name: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const dropBlank = (): void => {
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  };
  dropBlank();
  const own = fold(name).trim();
  const last = lines.at(-1);
  if (lines.length > 1 && last !== undefined && !last.includes('?')) {
    if ((own.length > 0 && fold(bare(last)) === own) || NAME_LINE.test(bare(last))) {
      lines.pop();
      dropBlank();
    }
  }
  const signOff = lines.at(-1);
  if (lines.length > 1 && signOff !== undefined && SIGN_OFF.test(fold(signOff))) {
    lines.pop();
    dropBlank();
  }
  return lines.join('\n');
}

/**
 * P09: one specific closing question gives the client an easy reply; several questions or a
 * generic one ("Any questions?") do not.
 */
export const p09ClosingQuestion: ProposalRule<{ maxQuestions: number; minWords: number }> = {
  id: 'P09',
  target: 'proposal',
  title: 'Ends with one specific question',
  severity: 'warn',
  thresholds: { maxQuestions: 1, minWords: 3 },
  check(subject, context, thresholds) {
    const body = withoutSignOff(subject.text, context.profile.name);
    const last = sentences(body).at(-1) ?? '';
    const finalParagraph = paragraphs(body).at(-1) ?? '';
    const hits: RuleHit[] = [];
    if (!last.endsWith('?')) {
      return [{ message: 'The draft does not end with a question; close with one specific question the client can answer.', evidence: clip(last) }];
    }
    const asked = (finalParagraph.match(/\?/g) ?? []).length;
    if (asked > thresholds.maxQuestions) {
      hits.push({ message: `The closing paragraph asks ${asked} questions; ask the one that matters most.`, evidence: clip(finalParagraph) });
    }
    const question = fold(last)
      .replace(/[?!.\s]+$/, '')
      .trim();
    if (GENERIC_QUESTIONS.some((pattern) => pattern.test(question)) || words(question).length < thresholds.minWords) {
      hits.push({ message: 'The closing question is generic; ask something only this client can answer about their project.', evidence: clip(last) });
    }
    return hits;
  },
};
