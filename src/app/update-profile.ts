import type { Store } from '../domain/ports.ts';
import { Profile, ProfilePatch } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';

/** Merges the given fields into the stored profile; fields left out keep their stored values. */
export async function updateProfile(patch: unknown, store: Store): Promise<Profile> {
  const changes = parseOrThrow(ProfilePatch, patch, 'The profile');
  const current = await store.getProfile();
  return store.setProfile(parseOrThrow(Profile, { ...current, ...changes }, 'The profile'));
}
