import type { TriageRule } from '../types.ts';

/**
 * T14: no `pursue` with a must-have the profile and proof do not meet (a language, a location, a
 * licence, a tool the job is about). Such a verdict sends the freelancer after a job they cannot
 * take as posted; one the profile cannot confirm is named for them to check first.
 */
export const t14MustHaves: TriageRule = {
  id: 'T14',
  target: 'triage',
  title: 'No pursue with a must-have the profile and proof do not meet',
  severity: 'error',
  thresholds: {},
  check(triage) {
    if (triage.verdict !== 'pursue') return [];
    return triage.mustHaves
      .filter((must) => must.met === 'no')
      .map((must) => ({
        message: `The verdict is pursue, but the post requires ${must.requirement} (${must.kind}) and your profile and proof do not show it: consider or skip, and say why.`,
        evidence: must.evidence,
      }));
  },
};
