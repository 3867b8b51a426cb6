/**
 * Runs one eval case once through the same core use case the CLI uses, on a fresh in-memory store
 * seeded with the case's profile and proof, so no case ever sees another's drafts.
 */
import { auditTasks } from '../app/audit-tasks.ts';
import { BidwrightError } from '../domain/errors.ts';
import type { Clock, Engine } from '../domain/ports.ts';
import { propose } from '../app/propose.ts';
import { rewriteOffer } from '../app/rewrite-offer.ts';
import { Profile, type Finding, type Usage } from '../domain/schemas.ts';
import { triage } from '../app/triage.ts';
import { createProofRanker } from '../retrieval/proof-ranker.ts';
import { createMemoryStore } from '../storage/memory-store.ts';
import type { EvalCase } from './eval-case.ts';
import { type CaseOutput, outputText } from './output-text.ts';

export interface RunCaseDeps {
  engine: Engine;
  clock: Clock;
}

export interface CaseRun {
  output: CaseOutput;
  /** The output as text a person reads; expectations on text look here. */
  text: string;
  /** Rubric findings of the result (audits have none). */
  findings: Finding[];
  usage: Usage | null;
}

function inputMismatch(evalCase: EvalCase, wanted: string): BidwrightError {
  return new BidwrightError('INVALID_INPUT', `Case "${evalCase.id}" is a ${evalCase.kind} case, so its input must have ${wanted}; fix the suite file.`);
}

async function produce(evalCase: EvalCase, deps: RunCaseDeps): Promise<CaseOutput> {
  const { input } = evalCase;
  if (typeof evalCase.library === 'string' || typeof evalCase.profile === 'string') {
    // loadSuites resolves fixture names; a suite built in code must pass them inline.
    throw new BidwrightError('INVALID_INPUT', `Case "${evalCase.id}" names a fixture that was not resolved; load suites with loadSuites().`);
  }
  const store = createMemoryStore({ profile: Profile.parse(evalCase.profile), proof: evalCase.library });
  const core = { engine: deps.engine, store, ranker: createProofRanker() };
  switch (evalCase.kind) {
    case 'triage':
      if (!('jobPost' in input)) throw inputMismatch(evalCase, '"jobPost"');
      return { kind: 'triage', result: await triage(input.jobPost, core) };
    case 'proposal':
      if (!('jobPost' in input)) throw inputMismatch(evalCase, '"jobPost"');
      return { kind: 'proposal', result: await propose(input, { ...core, clock: deps.clock }) };
    case 'offer':
      if (!('offer' in input)) throw inputMismatch(evalCase, '"offer"');
      return { kind: 'offer', result: await rewriteOffer(input, core) };
    case 'audit':
      if (!('tasks' in input)) throw inputMismatch(evalCase, '"tasks"');
      return { kind: 'audit', result: await auditTasks(input, core) };
  }
}

/** Runs `evalCase` once; rejects with whatever the engine or core threw. */
export async function runCase(evalCase: EvalCase, deps: RunCaseDeps): Promise<CaseRun> {
  const output = await produce(evalCase, deps);
  // What the output guard had to fix is still a failure of the engine's draft.
  const findings =
    output.kind === 'audit' ? [] : output.kind === 'proposal' ? [...output.result.findings, ...output.result.guard.changes] : output.result.findings;
  return { output, text: outputText(output), findings, usage: output.result.usage ?? null };
}
