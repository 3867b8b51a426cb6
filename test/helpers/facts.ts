import { JobFacts, Profile } from '../../src/core/schemas.ts';

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
    client: {
      paymentVerified: null,
      rating: null,
      reviews: null,
      country: null,
      jobsPosted: null,
      hireRate: null,
      openJobs: null,
      totalSpent: null,
      hires: null,
      avgHourlyRate: null,
      memberSince: null,
    },
    ...overrides,
  });
}

/** A profile with defaults, overridden where a test says. */
export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return Profile.parse(overrides);
}
