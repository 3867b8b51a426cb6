import type { ProposalRule } from '../types.ts';
import { words } from '../../text/text.ts';
import { openingParagraph } from './sources.ts';

const YOU = new Set(['you', 'your', "you're", 'yours', 'yourself', "you've", "you'll", "you'd", 'yourselves']);
const ME = new Set(['i', 'my', 'me', "i'm", "i've", "i'd", "i'll", 'mine', 'myself']);

/** P27: the opening is about the client: "you/your" at least as often as "I/my". */
export const p27AboutClient: ProposalRule = {
  id: 'P27',
  target: 'proposal',
  title: 'About the client: "you/your" at least as often as "I/my" in the first paragraph',
  severity: 'warn',
  thresholds: {},
  check(subject) {
    const opening = openingParagraph(subject.text);
    const list = words(opening);
    const you = list.filter((word) => YOU.has(word)).length;
    const me = list.filter((word) => ME.has(word)).length;
    if (you >= me) return [];
    return [
      {
        message: `The first paragraph says "I/my" ${me} times and "you/your" ${you} times; make it about the client's situation.`,
        evidence: `you/your: ${you}, I/my: ${me}`,
      },
    ];
  },
};
