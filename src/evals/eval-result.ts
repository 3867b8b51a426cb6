/**
 * What an eval run produces; reporters (console, json, junit, markdown, html) and baselines read it.
 */
import { z } from 'zod';
import { Usage } from '../domain/schemas.ts';

/** One check on one case: a rubric rule id (P01...) or an expectation (`expect:cite`, `expect:verdict`, ...). */
export const CheckResult = z.object({
  id: z.string(),
  /** error rules and expectations must pass every repeat; warn rules count towards a pass rate. */
  severity: z.enum(['error', 'warn', 'expect']),
  passedRuns: z.number().int().nonnegative(),
  runs: z.number().int().positive(),
  /** Why it failed, from the findings or the expectation (empty when it passed). */
  messages: z.array(z.string()),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const CaseResult = z.object({
  suite: z.string(),
  caseId: z.string(),
  kind: z.enum(['triage', 'proposal', 'offer', 'audit']),
  description: z.string(),
  /** The case's input as text a person can read (the post, the offer, the task list). */
  input: z.string(),
  /** Each repeat's output: its main text for people and the full result. */
  outputs: z.array(z.object({ text: z.string(), result: z.unknown() })),
  checks: z.array(CheckResult),
  /** Error from the engine or core, when a repeat failed outright. */
  errors: z.array(z.string()),
  /** True when every error check and expectation passed every repeat and no repeat errored. */
  passed: z.boolean(),
  durationMs: z.number().nonnegative(),
  usage: Usage.nullable(),
});
export type CaseResult = z.infer<typeof CaseResult>;

export const RuleStat = z.object({
  id: z.string(),
  severity: z.enum(['error', 'warn', 'expect']),
  passedRuns: z.number().int().nonnegative(),
  runs: z.number().int().nonnegative(),
  passRate: z.number().min(0).max(1),
  /** The pass rate the gate requires (1 for error rules and expectations). */
  threshold: z.number().min(0).max(1),
  gatePassed: z.boolean(),
});
export type RuleStat = z.infer<typeof RuleStat>;

export const SuiteResult = z.object({
  suite: z.string(),
  description: z.string(),
  cases: z.array(CaseResult),
  rules: z.array(RuleStat),
  passed: z.boolean(),
  durationMs: z.number().nonnegative(),
});
export type SuiteResult = z.infer<typeof SuiteResult>;

export const Regression = z.object({ suite: z.string(), caseId: z.string(), checkId: z.string(), message: z.string() });
export type Regression = z.infer<typeof Regression>;

export const Provenance = z.object({
  engine: z.string(),
  model: z.string().nullable(),
  /** sha256 over the prompt templates (prompts/*.hbs), short form. */
  promptHash: z.string(),
  /** sha256 over the output schemas' JSON Schema, short form. */
  schemaVersion: z.string(),
  /** sha256 over the rule ids, severities and thresholds, short form. */
  rubricVersion: z.string(),
  /** 'live', 'record' or 'replay'. */
  recording: z.enum(['live', 'record', 'replay']),
});
export type Provenance = z.infer<typeof Provenance>;

export const EvalRun = z.object({
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
  repeat: z.number().int().positive(),
  concurrency: z.number().int().positive(),
  provenance: Provenance,
  suites: z.array(SuiteResult),
  /** Present when compared with a baseline: case-checks that went from pass to fail. */
  baseline: z.object({ file: z.string(), regressions: z.array(Regression), improvements: z.number().int() }).nullable(),
  usage: Usage.nullable(),
  passed: z.boolean(),
});
export type EvalRun = z.infer<typeof EvalRun>;
