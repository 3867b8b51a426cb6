import type { ProposalRule, RuleHit } from '../types.ts';
import { clip } from '../../text/text.ts';

// Plain "- " hyphen lists and "1." numbering read fine as plain text; these do not.
const MARKDOWN: readonly { what: string; pattern: RegExp }[] = [
  { what: 'a Markdown heading', pattern: /^[ \t]*#{1,6}[ \t]+\S.*$/gmu },
  { what: 'bold or italic markers', pattern: /\*\*[^*\n]+\*\*|__[^_\n]+__|(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])/gu },
  { what: 'a "*" bullet', pattern: /^[ \t]*\*[ \t]+\S.*$/gmu },
  { what: 'backticks', pattern: /`[^`\n]*`?/gu },
  // The link text and target stop at the next bracket, so a run of "[" or "](" is read once.
  { what: 'a Markdown link', pattern: /\[[^[\]\n]+\]\([^()\n]*\)/gu },
  // Pipes between words ("Remote | Part-time") read fine; a row framed by pipes or a |---| rule does not.
  { what: 'a Markdown table', pattern: /^[ \t]*\|.*\|[ \t]*$|^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*\|/gmu },
];

/** P20: marketplaces show proposals as plain text, so Markdown arrives as stray symbols. */
export const p20PlainText: ProposalRule = {
  id: 'P20',
  target: 'proposal',
  title: 'Plain text, no Markdown',
  severity: 'error',
  thresholds: {},
  check(subject) {
    const hits: RuleHit[] = [];
    for (const { what, pattern } of MARKDOWN) {
      pattern.lastIndex = 0;
      const first = pattern.exec(subject.text);
      if (first === null) continue;
      hits.push({ message: `The draft uses ${what}, which marketplaces show as raw symbols; write plain text.`, evidence: clip(first[0], 80) });
    }
    return hits;
  },
};
