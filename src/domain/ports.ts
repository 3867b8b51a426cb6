/**
 * The dependencies core use cases take: an engine that judges and drafts, a store that keeps the
 * profile and proof library, and a clock. Adapters implement them; the core never imports adapters.
 */
import type {
  Assessment,
  AiExposureLevel,
  CaseStudy,
  Instruction,
  Length,
  Offer,
  ParsedJobPost,
  Profile,
  ProofItem,
  ProofMatch,
  Reason,
  ScreeningAnswer,
  Finding,
  TaskAudit,
  TaskAuditItem,
  Tone,
  Variant,
  Usage,
  Verdict,
} from './schemas.ts';
import type { NewDraft, StoredDraft } from './draft-record.ts';
import type { PositioningDraft } from './positioning.ts';
import type { PipelineEvent, TrackedProposal } from './pipeline.ts';

/** A proof item with how well it matched a query. */
export interface RankedProof {
  item: ProofItem;
  match: ProofMatch;
}

/** Ranks the proof library against a post or free text; a server keeps one to reuse its index. */
export interface ProofRanker {
  rank(items: ProofItem[], post: ParsedJobPost, k?: number): RankedProof[];
  search(items: ProofItem[], query: string, k: number): RankedProof[];
  /** Builds what ranking `items` needs now, so the first query after start-up does not wait for it. */
  prepare(items: ProofItem[]): void;
}

/** A ranker, or a function that loads one when first asked, so work that never ranks never loads it. */
export type RankerSource = ProofRanker | (() => Promise<ProofRanker>);

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
  /** Which wording to write (see `Variant`); absent means 0, the first draft. */
  variant?: Variant;
}

export interface ProposeContext {
  post: ParsedJobPost;
  profile: Profile;
  proof: RankedProof[];
  options: ProposeOptions;
  /** Client instructions the user accepted for this draft; the engine follows these and no other. */
  accepted: Instruction[];
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

export type OfferDraft = Omit<Offer, 'findings' | 'engine' | 'usage'>;

export interface AuditContext {
  tasks: string[];
  profile: Profile;
}

export type TaskAuditDraft = Omit<TaskAudit, 'engine' | 'usage'>;

export interface CaseStudyContext {
  notes: string;
  /** The id to give the new proof item; engines derive one from the title when null. */
  id: string | null;
}

/** What an engine returns; the use case, not the engine, sorts out figures the notes do not state. */
/** What positioning is built from: the profile, the audited tasks, the chosen service and the proof behind it. */
export interface PositioningContext {
  profile: Profile;
  tasks: TaskAuditItem[];
  service: { task: string; offer: Pick<Offer, 'headline' | 'buyer' | 'outcome' | 'valueLevers'> };
  /** The proof behind the service, best first; empty when none backs it. */
  proof: ProofItem[];
}

export type CaseStudyDraft = Omit<CaseStudy, 'engine' | 'usage' | 'droppedMetrics'>;

/** An engine's answer with what producing it cost; `usage` is absent or null when no model ran. */
export type WithUsage<T> = T & { usage?: Usage | null };

/** A proposal arriving in pieces: growing partial drafts, then the final draft. */
export interface ProposalStream {
  /** Each value is the draft so far (text grows; other fields appear when known). */
  partials: AsyncIterable<Partial<ProposalDraft>>;
  /** Resolves after `partials` ends; rejects with a BidwrightError when the engine fails. */
  result: Promise<WithUsage<ProposalDraft>>;
}

/** Judges and drafts. The offline engine does it from rules and data; the model engine with a model. */
export interface Engine {
  readonly name: string;
  /** The model id behind the engine, or null for the offline engine (recorded in results and evals). */
  readonly model: string | null;
  triage(context: TriageContext): Promise<WithUsage<TriageJudgement>>;
  propose(context: ProposeContext): Promise<WithUsage<ProposalDraft>>;
  /** The same draft as `propose`, delivered as it is produced. */
  streamProposal(context: ProposeContext): ProposalStream;
  /**
   * One revision of a draft that failed error-severity rubric rules (or a warning worth a revision), given those findings.
   * Engines whose drafts always pass (the offline engine) may leave it out.
   */
  reviseProposal?(context: ProposeContext, draft: ProposalDraft, findings: Finding[]): Promise<WithUsage<ProposalDraft>>;
  rewriteOffer(context: OfferContext): Promise<WithUsage<OfferDraft>>;
  auditTasks(context: AuditContext): Promise<WithUsage<TaskAuditDraft>>;
  buildCaseStudy(context: CaseStudyContext): Promise<WithUsage<CaseStudyDraft>>;
  /** An outcome-led headline and a micro-niche for the profile, resting only on the proof given. */
  suggestPositioning(context: PositioningContext): Promise<WithUsage<PositioningDraft>>;
}

/** A kept draft (the schema and its defaults for older records are in draft-record.ts). */
export type { StoredDraft };

export interface ImportResult {
  added: number;
  updated: number;
}

/**
 * Which records of a growing collection to list: newest first (by `createdAt`, then id), at most
 * `limit` of them, optionally within a time range and after a cursor from an earlier page. Shaped
 * for keyset paging, so a database store answers it with one indexed query.
 */
export interface RecordQuery {
  /** At most this many records (0 to 1000). */
  limit: number;
  /** Only records created at or after this ISO time. */
  since?: string;
  /** Only records created before this ISO time. */
  until?: string;
  /** The `next` cursor of the previous page. */
  after?: string;
}

/** Which drafts to list: a RecordQuery narrowed by words and to the versions of one draft. */
export interface DraftQuery extends RecordQuery {
  /** Only drafts whose title, deliverable or text holds this (folded, so case and accents do not matter). */
  search?: string;
  /** Only the versions of this draft (its first version's id). */
  family?: string;
}

/** One page of records and the cursor for the next page (null when there is none). */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/**
 * Keeps the profile, the proof library and the drafts. Every method validates what it is given;
 * what it returns is frozen (shared with later calls, so it must not be changed).
 */
export interface Store {
  getProfile(): Promise<Profile>;
  /** Replaces the profile; fields bidwright does not know that the stored profile has are kept. */
  setProfile(profile: Profile): Promise<Profile>;
  /**
   * The whole library, in order. Returns the SAME frozen array object on every call until the
   * library changes (an add, import, removal, or another process or hand changing it on disk), and
   * a new one after: callers may key caches on its identity (a WeakMap) instead of fingerprinting
   * its content. A profile change alone keeps the array.
   */
  listProof(): Promise<ProofItem[]>;
  getProof(id: string): Promise<ProofItem | null>;
  /** Throws CONFLICT when the id exists. */
  addProof(item: ProofItem): Promise<ProofItem>;
  /**
   * Adds or replaces by id, all or nothing. With `replace` the library becomes exactly `items`;
   * a store that keeps files backs the old library up first.
   */
  importProof(items: ProofItem[], options?: { replace?: boolean }): Promise<ImportResult>;
  /** Throws NOT_FOUND when the id does not exist. */
  removeProof(id: string): Promise<void>;
  /** Removes every proof item and answers how many there were; a file store backs them up first. */
  clearProof(): Promise<number>;
  /** Drafts newest first, a page at a time (the reuse check reads the first page). */
  listDrafts(query: DraftQuery): Promise<Page<StoredDraft>>;
  /** The draft with this id, or null. */
  getDraft(id: string): Promise<StoredDraft | null>;
  /** Appends a draft; one saved again under its id replaces it when its `createdAt` is not older. */
  saveDraft(draft: NewDraft): Promise<void>;
  /** Tracked proposals (the pipeline), newest `sentAt` first (`createdAt` is the sending time). */
  listTrackedProposals(query: RecordQuery): Promise<Page<TrackedProposal>>;
  getTrackedProposal(id: string): Promise<TrackedProposal | null>;
  /** Appends a tracked proposal; one saved again under its id replaces it (as for drafts). */
  saveTrackedProposal(proposal: TrackedProposal): Promise<void>;
  /** Pipeline events, newest `at` first (`createdAt` is the event's time). */
  listPipelineEvents(query: RecordQuery): Promise<Page<PipelineEvent>>;
  savePipelineEvent(event: PipelineEvent): Promise<void>;
}

export interface Clock {
  now(): Date;
}

/** One line of structured log; never carries secrets or the text users paste. */
export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string;
  requestId?: string;
  [key: string]: unknown;
}

export interface Logger {
  log(entry: LogEntry): void;
}
