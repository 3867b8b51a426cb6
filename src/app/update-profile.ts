import { BidwrightError } from '../domain/errors.ts';
import type { Store } from '../domain/ports.ts';
import { Profile, ProfilePatch } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';

/** Merges the given fields into the stored profile; fields left out keep their stored values. */
export async function updateProfile(patch: unknown, store: Store): Promise<Profile> {
  const changes = parseOrThrow(ProfilePatch, patch, 'The profile');
  const current = await store.getProfile();
  const next = parseOrThrow(Profile, { ...current, ...changes }, 'The profile');
  if (next.rateFloor !== null && next.targetRate !== null && next.targetRate < next.rateFloor) {
    throw new BidwrightError(
      'INVALID_INPUT',
      `The target rate (${next.targetRate}) is below the rate floor (${next.rateFloor}). The floor is the least you accept, so the target must be at least that: raise the target or lower the floor.`,
    );
  }
  return store.setProfile(next);
}
