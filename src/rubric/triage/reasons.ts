/**
 * Reading a triage's reasons: does some reason cite a given signal with a given effect? Signals are
 * dotted or colon-separated names (`budget`, `client.hireRate`, `redFlag:unpaid_test`), so a
 * reason about `client.hireRate` also counts as a reason about `client`.
 */
import type { Reason } from '../../domain/schemas.ts';

export type Effect = Reason['effect'];

/** True when `signal` names `topic` itself or something under it (`client` covers `client.rating`). */
export function refersTo(signal: string, topic: string): boolean {
  const s = signal.trim().toLowerCase();
  const t = topic.trim().toLowerCase();
  return s === t || s.startsWith(`${t}.`) || s.startsWith(`${t}:`);
}

/** True when `signal` refers to any of `topics`. */
function refersToAny(signal: string, topics: readonly string[]): boolean {
  return topics.some((topic) => refersTo(signal, topic));
}

/** The first reason citing one of `topics` whose effect is in `effects`, or undefined. */
export function findReason(reasons: readonly Reason[], topics: readonly string[], effects: readonly Effect[]): Reason | undefined {
  return reasons.find((reason) => refersToAny(reason.signal, topics) && effects.includes(reason.effect));
}

/** Effects that do not praise: a weak signal may be cited as a caution (neutral) or a cost (negative). */
export const NOT_POSITIVE: readonly Effect[] = ['negative', 'neutral'];

/** Only a cost counts. */
export const NEGATIVE: readonly Effect[] = ['negative'];
