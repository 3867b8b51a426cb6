import { createHash } from 'node:crypto';

/** The text with each run of whitespace as one space, trimmed: what copies of one text share however they were pasted. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A short stable key for a post's text: drafts for the same post share it. */
export function postKey(text: string): string {
  return createHash('sha256').update(squashSpace(text)).digest('hex').slice(0, 16);
}
