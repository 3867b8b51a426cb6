import type { Store } from '../domain/ports.ts';
import { Profile } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';

const ProfilePatch = Profile.partial().strict();

/**
 * Merges the given fields into the stored profile. Unknown fields are rejected so a typo
 * ("rateFlor") is reported instead of silently ignored.
 */
export async function updateProfile(patch: unknown, store: Store): Promise<Profile> {
  const parsed = parseOrThrow(ProfilePatch, patch, 'The profile');
  // zod fills defaults for absent keys even in a partial schema; keep only what the caller sent.
  const given = new Set(Object.keys(patch as object));
  const changes = Object.fromEntries(Object.entries(parsed).filter(([key]) => given.has(key)));
  const current = await store.getProfile();
  return store.setProfile(parseOrThrow(Profile, { ...current, ...changes }, 'The profile'));
}
