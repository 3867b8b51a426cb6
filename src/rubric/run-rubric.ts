/**
 * The runner: scores a subject against every enabled rule of its kind, merging threshold
 * overrides, and turns a rule that throws into a finding instead of a crashed run.
 */
import { setImmediate } from 'node:timers/promises';
import { BidwrightError } from '../domain/errors.ts';
import { deriveEveryMemo } from '../domain/library-memo.ts';
import type { Finding, ProofItem } from '../domain/schemas.ts';
import { offerRules } from './offer/index.ts';
import { proposalRules } from './proposal/index.ts';
import { allRules } from './registry.ts';
import { triageRules } from './triage/index.ts';
import type { OfferSubject, ProposalSubject, RubricConfig, RubricContext, RuleHit, Thresholds, TriageSubject } from './types.ts';

/** What a run found: every hit as a finding, and the rules that ran and found nothing. */
export interface RubricResult {
  findings: Finding[];
  /** Ids of the rules that ran and found nothing. */
  passed: string[];
}

/** The parts of a rule the runner uses; any ProposalRule, TriageRule or OfferRule is one. */
export interface RunnableRule<S> {
  id: string;
  title: string;
  severity: Finding['severity'];
  thresholds: Thresholds;
  check(subject: S, context: RubricContext, thresholds: Thresholds): RuleHit[];
}

/** Rejects config that names rules or thresholds that do not exist, so a typo is not silently ignored. */
function checkConfig(config: RubricConfig, extra: readonly RunnableRule<never>[]): void {
  const rules = new Map<string, { thresholds: Thresholds }>([...allRules(), ...extra].map((rule) => [rule.id, rule]));
  const known = [...rules.keys()].join(', ');
  for (const id of config.disabled ?? []) {
    if (!rules.has(id)) {
      throw new BidwrightError('INVALID_INPUT', `Cannot disable rule "${id}": no such rule. Known rules: ${known}.`);
    }
  }
  for (const [id, overrides] of Object.entries(config.thresholds ?? {})) {
    const rule = rules.get(id);
    if (rule === undefined) {
      throw new BidwrightError('INVALID_INPUT', `Cannot set thresholds for rule "${id}": no such rule. Known rules: ${known}.`);
    }
    for (const [name, value] of Object.entries(overrides)) {
      if (!(name in rule.thresholds)) {
        const names = Object.keys(rule.thresholds).join(', ') || 'none';
        throw new BidwrightError('INVALID_INPUT', `Rule ${id} has no threshold "${name}"; its thresholds are: ${names}.`);
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new BidwrightError('INVALID_INPUT', `Threshold ${id}.${name} must be a finite number, got ${String(value)}.`);
      }
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `rules` on one subject, one rule per step, so a caller can let other work run between rules.
 * Config may name any rule in the registry (one config serves proposals, triage and offers); rules
 * it disables are skipped and count neither way. Returns the result when the last rule has run.
 */
function* ruleSteps<S>(rules: readonly RunnableRule<S>[], subject: S, context: RubricContext, config: RubricConfig): Generator<void, RubricResult> {
  checkConfig(config, rules);
  const disabled = new Set(config.disabled ?? []);
  const findings: Finding[] = [];
  const passed: string[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.id)) continue;
    yield;
    const thresholds = { ...rule.thresholds, ...config.thresholds?.[rule.id] };
    let hits: RuleHit[];
    try {
      hits = rule.check(subject, context, thresholds);
      if (!Array.isArray(hits)) throw new Error('it returned something other than a list of hits');
    } catch (error) {
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        message: `Rule ${rule.id} (${rule.title}) could not run: ${describe(error)}. This is a bug in the rule, not in your draft; please report it.`,
        evidence: null,
      });
      continue;
    }
    if (hits.length === 0) passed.push(rule.id);
    for (const hit of hits) {
      findings.push({ ruleId: rule.id, severity: hit.severity ?? rule.severity, message: hit.message, evidence: hit.evidence });
    }
  }
  return { findings, passed };
}

/** Runs `rules` on one subject in one go (see `ruleSteps`). */
export function runRules<S>(rules: readonly RunnableRule<S>[], subject: S, context: RubricContext, config: RubricConfig = {}): RubricResult {
  const steps = ruleSteps(rules, subject, context, config);
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
}

/**
 * Scores a proposal draft like `scoreProposal`, letting the event loop run between rules: a
 * server linting a long draft still answers other requests (each rule is linear in the text).
 */
export async function scoreProposalInTurns(subject: ProposalSubject, context: RubricContext, config: RubricConfig = {}): Promise<RubricResult> {
  const steps = ruleSteps(proposalRules, subject, context, config);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    await setImmediate();
  }
}

/** Scores a proposal draft (a person's or an engine's) against the proposal rules. */
export function scoreProposal(subject: ProposalSubject, context: RubricContext, config: RubricConfig = {}): RubricResult {
  return runRules(proposalRules, subject, context, config);
}

/** Scores a triage result against the triage rules. */
export function scoreTriage(triage: TriageSubject, context: RubricContext, config: RubricConfig = {}): RubricResult {
  return runRules(triageRules, triage, context, config);
}

/** Scores a rewritten offer against the offer rules. */
export function scoreOffer(offer: OfferSubject, context: RubricContext, config: RubricConfig = {}): RubricResult {
  return runRules(offerRules, offer, context, config);
}

/**
 * Works out now what the rules derive from the proof library (the names they look for, what backs
 * a claim, the figures and durations it holds), so the first draft checked against a new library
 * does not wait for it. Every rule module is loaded with this one, so every rule's memo is there.
 */
export function prepareRules(proof: readonly ProofItem[]): void {
  deriveEveryMemo(proof);
}
