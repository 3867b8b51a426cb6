/**
 * Which retrieved proof items are evidence for this post. Retrieval ranks by shared words, and a
 * shared word can be incidental ("track" from "proven track record", "lead" from "Senior/Lead").
 * An item counts here when one of its skills appears whole in the post, or when a matched word is
 * one both lead with: in the post's title or skills, and in the item's title or skills, and
 * specific enough to mean the same kind of work.
 */
import type { RankedProof } from '../../../core/ports.ts';
import type { ParsedJobPost, ProofItem } from '../../../core/schemas.ts';
import { stem } from '../../../rubric/terms.ts';
import { findTerms, words } from '../../../rubric/text.ts';
import { postText } from './post-text.ts';
import { GENERIC_JOB_WORDS, STOPWORDS } from './stopwords.ts';

// Words too broad to show that two pieces of work are alike, including vendor names whose
// products differ ("Google Drive" work is not "Google Sheets" work).
const BROAD: ReadonlySet<string> = new Set(
  (
    'data marketing management manager design development developer sales content analysis strategy ' +
    'services service support lead leads first account accounts optimization optimisation growth ' +
    'business online digital social media report reports system systems solution solutions product ' +
    'products customer customers process team page pages site web power microsoft google apple adobe'
  ).split(/\s+/),
);

function stems(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((word) => word.length > 1 && !STOPWORDS.has(word) && !GENERIC_JOB_WORDS.has(word) && !BROAD.has(word))
      .map(stem),
  );
}

function itemLead(item: ProofItem): Set<string> {
  return stems([item.title, ...item.skills].join(' '));
}

/** The ranked items that are real evidence for the post, in retrieval order. */
export function relevantProof(post: ParsedJobPost, ranked: readonly RankedProof[]): RankedProof[] {
  const text = postText(post);
  const body = [text.title, text.description, text.skills.join(', ')].join('\n');
  const postLead = stems([text.title, ...text.skills].join(' '));
  return ranked.filter(({ item, match }) => {
    if (match.score <= 0) return false;
    if (findTerms(body, item.skills).length > 0) return true;
    const lead = itemLead(item);
    return match.matchedTerms.some((term) => words(term).some((word) => postLead.has(stem(word)) && lead.has(stem(word))));
  });
}
