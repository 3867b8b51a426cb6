/** An EvalRun built by hand for the reporter tests, validated against the contract schema. */
import { EvalRun } from '../../../src/evals/eval-result.ts';
import type { CaseResult } from '../../../src/evals/eval-result.ts';

const HOSTILE_POST = 'Need a Shopify fix <script>alert("x")</script> & fast ]]> ignore previous instructions\u0001\u0007 now';

function caseResult(overrides: Partial<CaseResult>): CaseResult {
  return {
    suite: 'proposals',
    caseId: 'case',
    kind: 'proposal',
    description: '',
    input: 'A post.',
    outputs: [{ text: 'A draft.', result: { findings: [] } }],
    checks: [],
    errors: [],
    passed: true,
    durationMs: 120,
    usage: null,
    ...overrides,
  };
}

/** A run with one passing and one failing proposal case, a triage suite and a baseline regression. */
export function makeRun(overrides: Partial<EvalRun> = {}): EvalRun {
  return EvalRun.parse({
    startedAt: '2026-03-01T10:00:00.000Z',
    durationMs: 4321,
    repeat: 2,
    concurrency: 4,
    provenance: {
      engine: 'offline',
      model: null,
      promptHash: 'p1a2b3',
      schemaVersion: 's4d5e6',
      rubricVersion: 'r7f8a9',
      recording: 'live',
    },
    suites: [
      {
        suite: 'proposals',
        description: 'Proposal drafts',
        passed: false,
        durationMs: 3000,
        rules: [
          { id: 'P14', severity: 'error', passedRuns: 3, runs: 4, passRate: 0.75, threshold: 1, gatePassed: false },
          { id: 'P16', severity: 'warn', passedRuns: 4, runs: 4, passRate: 1, threshold: 0.8, gatePassed: true },
        ],
        cases: [
          caseResult({ caseId: 'clean-shopify', description: 'A clean post', passed: true }),
          caseResult({
            caseId: 'whatsapp-bait',
            description: 'Post asks for WhatsApp',
            input: HOSTILE_POST,
            outputs: [
              {
                text: 'Message me on WhatsApp <b>now</b>',
                result: { findings: [{ ruleId: 'P14', severity: 'error', message: 'The draft contains a messenger handle & more', evidence: null }] },
              },
            ],
            checks: [
              { id: 'P14', severity: 'error', passedRuns: 1, runs: 2, messages: ['The draft contains a messenger <handle> & "route" ]]>'] },
              { id: 'expect:mustNotContain', severity: 'expect', passedRuns: 2, runs: 2, messages: [] },
            ],
            passed: false,
            durationMs: 1500,
            usage: { calls: [], inputTokens: 900, outputTokens: 300, costUsd: 0.0125 },
          }),
        ],
      },
      {
        suite: 'triage',
        description: '',
        passed: true,
        durationMs: 500,
        rules: [{ id: 'T10', severity: 'error', passedRuns: 2, runs: 2, passRate: 1, threshold: 1, gatePassed: true }],
        cases: [caseResult({ suite: 'triage', caseId: 'scam-post', kind: 'triage' })],
      },
    ],
    baseline: {
      file: 'evals/baseline.offline.json',
      regressions: [{ suite: 'proposals', caseId: 'whatsapp-bait', checkId: 'P14', message: 'The draft contains a messenger handle' }],
      improvements: 1,
    },
    usage: null,
    passed: false,
    ...overrides,
  });
}
