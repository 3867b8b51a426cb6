import type { ProposalRule, RuleHit } from '../types.ts';
import { clip } from '../../text/text.ts';

// Plain "- " hyphen lists and "1." numbering read fine as plain text; these do not. `plain` is the
// same text without the marks, where it can be said plainly (a table cannot).
const MARKDOWN: readonly { what: string; pattern: RegExp; plain?: (found: string) => string }[] = [
  { what: 'a Markdown heading', pattern: /^[ \t]*#{1,6}[ \t]+\S.*$/gmu, plain: (found) => found.replace(/^[ \t]*#{1,6}[ \t]+/u, '') },
  {
    what: 'bold or italic markers',
    pattern: /\*\*[^*\n]{1,300}\*\*|__[^_\n]{1,300}__|(?<![\w*])\*[^*\s][^*\n]{0,300}\*(?![\w*])/gu,
    plain: (found) => (found.startsWith('**') || found.startsWith('__') ? found.slice(2, -2) : found.slice(1, -1)),
  },
  { what: 'a "*" bullet', pattern: /^[ \t]*\*[ \t]+\S.*$/gmu, plain: (found) => found.replace(/^([ \t]*)\*/u, '$1-') },
  { what: 'backticks', pattern: /`[^`\n]*`?/gu, plain: (found) => found.replaceAll('`', '') },
  // Bounded, and no "[" inside the text: a long run of "[" must not make the scan quadratic.
  { what: 'a Markdown link', pattern: /\[[^[\]\n]{1,300}\]\([^)\n]{0,300}\)/gu, plain: (found) => found.replace(/^\[([^\]]*)\]\(([^)]*)\)$/u, '$1 ($2)') },
  // Pipes between words ("Remote | Part-time") read fine; a row framed by pipes or a |---| rule does not.
  { what: 'a Markdown table', pattern: /^[ \t]*\|.*\|[ \t]*$|^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*\|/gmu },
];

/**
 * `text` with the Markdown marks that have a plain form taken out, and for each kind taken out its
 * first occurrence. A table stays (P20 still reports it).
 */
export function withoutMarkdown(text: string): { text: string; removed: { what: string; found: string }[] } {
  let out = text;
  const removed: { what: string; found: string }[] = [];
  for (const { what, pattern, plain } of MARKDOWN) {
    if (plain === undefined) continue;
    pattern.lastIndex = 0;
    const first = [...out.matchAll(pattern)][0];
    if (first === undefined) continue;
    removed.push({ what, found: first[0] });
    out = out.replace(pattern, plain);
  }
  return { text: out, removed };
}

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
      // The patterns are shared and global: leave them as found, or the next scan starts mid-text.
      pattern.lastIndex = 0;
      const first = pattern.exec(subject.text);
      pattern.lastIndex = 0;
      if (first === null) continue;
      hits.push({ message: `The draft uses ${what}, which marketplaces show as raw symbols; write plain text.`, evidence: clip(first[0], 80) });
    }
    return hits;
  },
};
