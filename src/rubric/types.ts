/**
 * A rubric rule is a pure function from a subject and its context to zero or more findings.
 * Rule ids are stable (DESIGN.md); thresholds have defaults and may be overridden per run.
 */
import type { Instruction, Offer, ParsedJobPost, Profile, ProofItem, ProofMatch, ScreeningAnswer, Severity, Triage } from '../domain/schemas.ts';

/** What a proposal rule scores: the draft as written, whoever wrote it. */
export interface ProposalSubject {
  text: string;
  /** Proof ids the draft says it cites; empty for a human draft (ids are then read from the text). */
  citations: string[];
  screeningAnswers: ScreeningAnswer[];
}

/** An earlier kept draft, for the reuse check: its text, and what lets a person find it again. */
export interface EarlierDraft {
  /** The kept draft's id (the history opens it: /drafts/<id>, `drafts show <id>`). */
  id: string;
  text: string;
  /** The title of the post it answered; null when unknown. */
  postTitle: string | null;
  /** When it was kept (ISO time); null when unknown. */
  createdAt: string | null;
}

export interface RubricContext {
  /** The job post the draft answers, when known. Rules that need it pass when it is null. */
  post: ParsedJobPost | null;
  /** The whole proof library. */
  proof: ProofItem[];
  /**
   * The library's items judged relevant to the post by retrieval (relevance at or above the
   * threshold), best first; absent when not judged (no post, or a caller that does not rank).
   */
  relevant?: ProofMatch[];
  profile: Profile;
  /** Earlier kept drafts, for the reuse check. */
  earlierDrafts: EarlierDraft[];
  /** Client instructions of `post` the user accepted (P28 checks the draft follows them); none when absent. */
  accepted?: readonly Instruction[];
}

/** What the triage and offer rules score: the result without the cost of producing it. */
export type TriageSubject = Omit<Triage, 'usage'>;
export type OfferSubject = Omit<Offer, 'findings' | 'usage'>;

export type Thresholds = Record<string, number>;

export interface RuleHit {
  message: string;
  evidence: string | null;
  /** Overrides the rule's severity for this hit (e.g. P13 warns under 80 words, errors over 5,000 chars). */
  severity?: Severity;
}

/**
 * `thresholds` holds each threshold's default, typed per rule; the runner merges a run's overrides
 * over them, so `check` always receives every threshold and never restates a default.
 */
interface RuleBase<T extends Thresholds> {
  id: string;
  /** What the rule asks for, in one line. */
  title: string;
  severity: Severity;
  thresholds: T;
}

export interface ProposalRule<T extends Thresholds = Thresholds> extends RuleBase<T> {
  target: 'proposal';
  check(subject: ProposalSubject, context: RubricContext, thresholds: T): RuleHit[];
}

export interface TriageRule<T extends Thresholds = Thresholds> extends RuleBase<T> {
  target: 'triage';
  check(subject: Triage, context: RubricContext, thresholds: T): RuleHit[];
}

export interface OfferRule<T extends Thresholds = Thresholds> extends RuleBase<T> {
  target: 'offer';
  check(subject: OfferSubject, context: RubricContext, thresholds: T): RuleHit[];
}

export type Rule = ProposalRule | TriageRule | OfferRule;

export interface RubricConfig {
  /** Rule ids to skip. */
  disabled?: string[];
  /** Per-rule threshold overrides, e.g. `{ P13: { maxWords: 350 } }`. */
  thresholds?: Record<string, Thresholds>;
}
