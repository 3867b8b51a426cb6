import { createHash } from 'node:crypto';

/** A short stable key for a post's text: drafts for the same post share it. */
export function postKey(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}
