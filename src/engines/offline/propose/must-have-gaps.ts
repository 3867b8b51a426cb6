/**
 * The post's hard must-haves the freelancer's profile and proof do not show (a language, where they
 * are based, a licence): the draft cannot claim them and must not skip them, so each becomes a marked
 * gap for the freelancer to answer before sending. Tools the title names are left out: a title's
 * words ("Webinar", "Robotics") are often the field, not a tool the client insists on.
 */
import { gap } from '../../../domain/gaps.ts';
import type { MustHave, ParsedJobPost, Profile, ProofItem } from '../../../domain/schemas.ts';
import { findMustHaves } from '../../../parse/must-haves.ts';

/** A client rarely lists more than two hard requirements worth a line in the letter. */
const MAX_GAPS = 2;

function prompt(must: MustHave): string {
  switch (must.kind) {
    case 'language':
      return `your level in ${must.requirement}, written and spoken (the post requires it)`;
    case 'location':
      return `where you are based, and whether you meet "${must.requirement}"`;
    case 'licence':
      return 'the licence or certification you hold that the post asks for, or say you have none';
    default:
      return `your experience with ${must.requirement}, or say plainly that you have none`;
  }
}

/** Gap markers for the must-haves the profile and the given proof do not show, at most two. */
export function mustHaveGaps(post: ParsedJobPost, profile: Profile, proof: readonly ProofItem[]): string[] {
  return findMustHaves(post.facts, profile, proof)
    .filter((must) => must.met !== 'yes' && must.kind !== 'tool')
    .slice(0, MAX_GAPS)
    .map((must) => gap(prompt(must)));
}
