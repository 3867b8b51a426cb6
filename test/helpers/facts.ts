import { JobFacts, Profile } from '../../src/domain/schemas.ts';
import { emptyClientSignals } from '../../src/parse/client-signals.ts';

/** A JobFacts with every field unknown, overridden where a test says. */
export function makeFacts(overrides: Partial<JobFacts> = {}): JobFacts {
  return JobFacts.parse({
    title: 'A job',
    description: 'Some work to do.',
    budget: { type: 'unknown', min: null, max: null, currency: null },
    experienceLevel: null,
    duration: null,
    hoursPerWeek: null,
    postedAgo: null,
    proposals: null,
    interviewing: null,
    invitesSent: null,
    unansweredInvites: null,
    connects: null,
    skills: [],
    client: emptyClientSignals(),
    ...overrides,
  });
}

/** A profile with defaults, overridden where a test says. */
export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return Profile.parse(overrides);
}
