/**
 * First run: whether the user has set anything up yet, and loading the example freelancer (a
 * profile and a proof library) into whatever is still empty, so nothing the user wrote is replaced.
 */
import type { Store } from '../domain/ports.ts';
import type { Profile } from '../domain/schemas.ts';
import { importProof } from './manage-proof.ts';
import { updateProfile } from './update-profile.ts';

/** True when the profile says nothing about the freelancer yet (as a new data folder has it). */
export function isBlankProfile(profile: Profile): boolean {
  return profile.name === '' && profile.headline === '' && profile.niche === '' && profile.rateFloor === null && profile.skills.length === 0;
}

/** What the user still has to set up: nothing once both hold something. */
export interface SetupState {
  profile: boolean;
  proof: boolean;
}

/** Which of the profile and the library are still empty. */
export async function setupState(store: Store): Promise<SetupState> {
  const [profile, proof] = await Promise.all([store.getProfile(), store.listProof()]);
  return { profile: isBlankProfile(profile), proof: proof.length === 0 };
}

/** The example's files, read by the edge that has them. */
export interface Example {
  profile: unknown;
  proof: unknown;
}

/** Loads the example's profile when the profile is blank and its proof when the library is empty; says which it loaded. */
export async function loadExample(example: Example, store: Store): Promise<{ profile: boolean; proof: number }> {
  const empty = await setupState(store);
  if (empty.profile) await updateProfile(example.profile, store);
  const proof = empty.proof ? (await importProof(example.proof, store)).added : 0;
  return { profile: empty.profile, proof };
}
