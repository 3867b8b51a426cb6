/**
 * The dependencies core use cases take: an engine that judges and drafts, a store that keeps the
 * profile and proof library, and a clock. Adapters implement them; the core never imports adapters.
 */
import type {
  Assessment,
  AiExposureLevel,
  CaseStudy,
  Length,
  Offer,
  ParsedJobPost,
  Profile,
  ProofItem,
  ProofMatch,
  Reason,
  ScreeningAnswer,
  TaskAudit,
  Tone,
  Verdict,
} from './schemas.ts';

/** A proof item with how well it matched a query. */
export interface RankedProof {
  item: ProofItem;
  match: ProofMatch;
}

/** Signals the core computes from facts and profile before asking an engine to judge. */
export interface TriageSignals {
  budgetFit: Assessment;
  pricingAdvice: Assessment;
  competition: Assessment;
  freshness: Assessment;
  connectsCost: { connects: number; dollars: number } | null;
}

export interface TriageContext {
  post: ParsedJobPost;
  profile: Profile;
  /** Top-k proof for this post, best first; empty when nothing in the library is relevant. */
  proof: RankedProof[];
  signals: TriageSignals;
}

export interface TriageJudgement {
  verdict: Verdict;
  reasons: Reason[];
  aiExposure: { level: AiExposureLevel; reason: string };
  clarifyingQuestions: string[];
}

export interface ProposeOptions {
  tone: Tone;
  length: Length;
}

export interface ProposeContext {
  post: ParsedJobPost;
  profile: Profile;
  proof: RankedProof[];
  options: ProposeOptions;
}

export interface ProposalDraft {
  text: string;
  citations: string[];
  screeningAnswers: ScreeningAnswer[];
}

export interface OfferContext {
  offer: string;
  profile: Profile;
  proof: RankedProof[];
}

export type OfferDraft = Omit<Offer, 'findings' | 'engine'>;

export interface AuditContext {
  tasks: string[];
  profile: Profile;
}

export type TaskAuditDraft = Omit<TaskAudit, 'engine'>;

export interface CaseStudyContext {
  notes: string;
  /** The id to give the new proof item; engines derive one from the title when null. */
  id: string | null;
}

export type CaseStudyDraft = Omit<CaseStudy, 'engine'>;

/** Judges and drafts. The offline engine does it from rules and data; the model engine with a model. */
export interface Engine {
  readonly name: string;
  triage(context: TriageContext): Promise<TriageJudgement>;
  propose(context: ProposeContext): Promise<ProposalDraft>;
  rewriteOffer(context: OfferContext): Promise<OfferDraft>;
  auditTasks(context: AuditContext): Promise<TaskAuditDraft>;
  buildCaseStudy(context: CaseStudyContext): Promise<CaseStudyDraft>;
}

export interface StoredDraft {
  id: string;
  text: string;
  createdAt: string;
  postTitle: string | null;
  /** Identifies the post the draft answers (see postKey), so redrafts of one post are not "reuse". */
  postKey: string | null;
}

export interface ImportResult {
  added: number;
  updated: number;
}

/** Keeps the profile, the proof library and recent drafts. Every method validates what it returns. */
export interface Store {
  getProfile(): Promise<Profile>;
  setProfile(profile: Profile): Promise<Profile>;
  listProof(): Promise<ProofItem[]>;
  getProof(id: string): Promise<ProofItem | null>;
  /** Throws CONFLICT when the id exists. */
  addProof(item: ProofItem): Promise<ProofItem>;
  /** Adds or replaces by id, all or nothing. */
  importProof(items: ProofItem[]): Promise<ImportResult>;
  /** Throws NOT_FOUND when the id does not exist. */
  removeProof(id: string): Promise<void>;
  /** Recent drafts, newest first, for the reuse check. */
  listDrafts(limit?: number): Promise<StoredDraft[]>;
  saveDraft(draft: StoredDraft): Promise<void>;
}

export interface Clock {
  now(): Date;
}
