/**
 * The domain's shapes. Each zod schema and its inferred type share one PascalCase name.
 * Optional facts are `.nullable()` rather than `.optional()` so the same schemas can be sent
 * to a model as strict JSON schema.
 */
import { z } from 'zod';
import { boundedText } from './bounded-text.ts';
import { LIMITS } from './limits.ts';

export const Id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, ".", "_" or "-" (no spaces)');
export type Id = z.infer<typeof Id>;

const Currency = z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as USD');

export const Tone = z.enum(['plain', 'warm', 'direct', 'formal']);
export type Tone = z.infer<typeof Tone>;

export const Length = z.enum(['short', 'standard', 'long']);
export type Length = z.infer<typeof Length>;

/** Variants past this many are no use to a person pressing Regenerate, and keep the number small. */
const MAX_VARIANT = 9999;
const VARIANT_RULE = `a whole number from 0 to ${MAX_VARIANT}`;
const VARIANT_ERROR = `must be a whole number from 0 (the first draft) to ${MAX_VARIANT}`;

/**
 * Which wording of a draft to write: 0 is the first draft, and each Regenerate asks for the next.
 * The same post, options and variant always give the same offline draft. Every check has one
 * message, and the first failure stops the rest, so a bad value is reported once.
 */
export const Variant = z
  .int({ error: VARIANT_ERROR, abort: true })
  .min(0, VARIANT_ERROR)
  .max(MAX_VARIANT, VARIANT_ERROR)
  .describe(`Which wording of the draft to write (${VARIANT_RULE}; default 0). Regenerate asks for the next one.`);
export type Variant = z.infer<typeof Variant>;

/** True when `value` is a web address people can open: http or https (never javascript:, data: or a bare word). */
export function isWebLink(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A link shown to clients or to the user: a full http(s) address. */
const WebLink = z.string().max(500).refine(isWebLink, 'use a full web address starting with https:// or http://, for example https://example.com/work');

export const Profile = z.object({
  name: z.string().max(120).default(''),
  headline: z.string().max(300).default(''),
  niche: z.string().max(300).default(''),
  rateFloor: z.number().nonnegative().nullable().default(null),
  targetRate: z.number().nonnegative().nullable().default(null),
  currency: Currency.default('USD'),
  skills: z.array(z.string().min(1).max(80)).max(200).default([]),
  tone: Tone.default('plain'),
  avoidWords: z.array(z.string().min(1).max(80)).max(500).default([]),
  allowedLinks: z.array(WebLink).max(50).default([]),
});
export type Profile = z.infer<typeof Profile>;

type Undefaulted<S extends Record<string, z.ZodType>> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]>;
};

/** Every field optional and without its default, so parsing yields only the fields given. */
function undefaulted<S extends Record<string, z.ZodType>>(shape: S): Undefaulted<S> {
  const fields = Object.entries(shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional()]);
  return Object.fromEntries(fields) as Undefaulted<S>;
}

/**
 * A change to the profile: any subset of its fields. No defaults, because a default would overwrite
 * the stored value of a field the caller left out; unknown fields are rejected so a typo
 * ("rateFlor") is reported instead of silently ignored.
 */
export const ProfilePatch = z.strictObject(undefaulted(Profile.shape));
export type ProfilePatch = z.infer<typeof ProfilePatch>;

export const ProofKind = z.enum(['case_study', 'testimonial', 'portfolio', 'credential']);
export type ProofKind = z.infer<typeof ProofKind>;

export const Metric = z.object({
  label: z.string().min(1).max(200),
  value: z.string().min(1).max(100),
});
export type Metric = z.infer<typeof Metric>;

export const ProofItem = z.object({
  id: Id,
  kind: ProofKind,
  title: boundedText('proof title', LIMITS.titleChars).min(1),
  clientType: z.string().max(300).default(''),
  problem: boundedText("proof item's problem", LIMITS.proofFieldChars).default(''),
  approach: boundedText("proof item's approach", LIMITS.proofFieldChars).default(''),
  result: boundedText("proof item's result", LIMITS.proofFieldChars).default(''),
  metrics: z.array(Metric).max(50).default([]),
  skills: z.array(z.string().min(1).max(80)).max(100).default([]),
  link: WebLink.nullable().default(null),
  public: z.boolean().default(false),
});
export type ProofItem = z.infer<typeof ProofItem>;

/** A proof import: an array of proof items with unique ids, checked whole before anything is written. */
export const ProofImport = z
  .array(ProofItem, {
    error: 'give a JSON array of proof items, e.g. [{ "id": "shop-audit", "kind": "case_study", "title": "..." }]',
  })
  .max(LIMITS.proofItems, `import at most ${LIMITS.proofItems} items at a time`)
  .superRefine((items, ctx) => {
    const firstAt = new Map<string, number>();
    items.forEach((item, index) => {
      const first = firstAt.get(item.id);
      if (first === undefined) firstAt.set(item.id, index);
      else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `the id "${item.id}" is also used by item ${first + 1}; ids must be unique` });
    });
  });
export type ProofImport = z.infer<typeof ProofImport>;

const BudgetType = z.enum(['hourly', 'fixed', 'unknown']);
export const Budget = z.object({
  type: BudgetType,
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: Currency.nullable(),
});
export type Budget = z.infer<typeof Budget>;

const ExperienceLevel = z.enum(['entry', 'intermediate', 'expert']);

export const ClientSignals = z.object({
  paymentVerified: z.boolean().nullable(),
  rating: z.number().nullable(),
  reviews: z.number().int().nullable(),
  country: z.string().nullable(),
  jobsPosted: z.number().int().nullable(),
  hireRate: z.number().nullable(),
  openJobs: z.number().int().nullable(),
  totalSpent: z.number().nullable(),
  hires: z.number().int().nullable(),
  avgHourlyRate: z.number().nullable(),
  memberSince: z.string().nullable(),
});
export type ClientSignals = z.infer<typeof ClientSignals>;

export const Range = z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() });
export type Range = z.infer<typeof Range>;

export const JobFacts = z.object({
  title: z.string().nullable(),
  description: z.string(),
  budget: Budget,
  experienceLevel: ExperienceLevel.nullable(),
  duration: z.string().nullable(),
  hoursPerWeek: z.string().nullable(),
  postedAgo: z.string().nullable(),
  proposals: Range.nullable(),
  interviewing: z.number().int().nullable(),
  invitesSent: z.number().int().nullable(),
  unansweredInvites: z.number().int().nullable(),
  connects: z.number().int().nullable(),
  skills: z.array(z.string()),
  client: ClientSignals,
});
export type JobFacts = z.infer<typeof JobFacts>;

export const InstructionKind = z.enum(['start_with', 'secret_word', 'mention', 'ai_directed', 'format']);
/**
 * Why the post asks it (DESIGN.md, triage): a check that the applicant read the post (honoured if the
 * user accepts it), a canary for AI applicants (flagged, never obeyed), an injection aimed at the
 * tool (set aside), or a scam signal.
 */
export const InstructionPurpose = z.enum(['read_check', 'ai_canary', 'injection', 'scam']);
export const Instruction = z.object({
  /** What is asked. */
  kind: InstructionKind,
  purpose: InstructionPurpose,
  /** The sentence as the post states it. */
  text: z.string(),
  /** The word or phrase the client asks for, when there is one. */
  value: z.string().nullable(),
});
export type Instruction = z.infer<typeof Instruction>;

/**
 * How a user names a client instruction they accept: its number in the post's `instructions` list
 * (counting from 1, as every edge lists them), or its value ("CRO Superhero"), any case.
 */
export const InstructionRef = z.union([z.number().int().min(1).max(99), z.string().trim().min(1).max(200)]);
export type InstructionRef = z.infer<typeof InstructionRef>;

/** The instructions a user accepts for one draft; none by default, so the draft follows none. */
export const AcceptedInstructions = z.array(InstructionRef).max(20);

export const RedFlagCode = z.enum([
  'off_platform_contact',
  'off_platform_payment',
  'unpaid_test',
  'fee_to_apply',
  'buy_equipment',
  'credentials_before_contract',
  'too_good_pay',
  'pay_below_market',
  'equity_or_unpaid',
  'fake_engagement',
  'circumvention',
]);
export type RedFlagCode = z.infer<typeof RedFlagCode>;
export const RedFlag = z.object({ code: RedFlagCode, message: z.string(), evidence: z.string() });
export type RedFlag = z.infer<typeof RedFlag>;

/** What a user gives: pasted page text, or an object with `text` and structured fields that win over parsing. */
export const JobPostInput = z.union([
  z.string(),
  z.object({
    text: z.string(),
    title: boundedText('job title', LIMITS.titleChars).nullable().optional(),
    budget: Budget.partial().optional(),
    skills: z.array(z.string().max(80)).max(200).optional(),
    client: ClientSignals.partial().optional(),
  }),
]);
export type JobPostInput = z.infer<typeof JobPostInput>;

/** What the client wants delivered, and its kind of work (an id from src/text/work-kinds.json; null when unclear). */
export const Deliverable = z.object({
  summary: z.string().nullable(),
  domain: z.string().nullable(),
  domainLabel: z.string().nullable(),
  /** The words of the post that named the domain (or, when it is unclear, the leaning). */
  cues: z.array(z.string()),
  /** When the domain is unclear, the kind the post's few cues point to (null when none); never used as the domain. */
  leaning: z.string().nullable(),
});
export type Deliverable = z.infer<typeof Deliverable>;

export const ParsedJobPost = z.object({
  text: z.string(),
  facts: JobFacts,
  deliverable: Deliverable,
  screeningQuestions: z.array(z.string()),
  instructions: z.array(Instruction),
  redFlags: z.array(RedFlag),
});
export type ParsedJobPost = z.infer<typeof ParsedJobPost>;

export const Severity = z.enum(['error', 'warn']);
export type Severity = z.infer<typeof Severity>;

export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  evidence: z.string().nullable(),
});
export type Finding = z.infer<typeof Finding>;

export const ProofMatch = z.object({
  id: Id,
  title: z.string(),
  /** The search score that ordered the item (BM25); comparable only within one search. */
  score: z.number(),
  matchedTerms: z.array(z.string()),
  /** How relevant the item is to the post, 0-1; only items at the relevance threshold or above are returned. */
  relevance: z.number().min(0).max(1),
  /** Why: the kind of work it shares and the words. */
  reasons: z.array(z.string()),
});
export type ProofMatch = z.infer<typeof ProofMatch>;

/** Tokens and estimated cost of the model calls behind one result; null for the offline engine. */
export const UsageCall = z.object({
  model: z.string(),
  /** What the call did, e.g. "propose", "propose:repair", "propose:revise". */
  purpose: z.string(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  /** Estimated from the configured price table; null when the model has no price there. */
  costUsd: z.number().nonnegative().nullable(),
});
export type UsageCall = z.infer<typeof UsageCall>;

export const Usage = z.object({
  calls: z.array(UsageCall),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative().nullable(),
});
export type Usage = z.infer<typeof Usage>;

export const Verdict = z.enum(['pursue', 'consider', 'skip']);
export type Verdict = z.infer<typeof Verdict>;

/** A signal names where a reason comes from, e.g. `budget`, `client.paymentVerified`, `redFlag:unpaid_test`, `proof`. */
export const Reason = z.object({
  signal: z.string(),
  effect: z.enum(['positive', 'negative', 'neutral']),
  text: z.string(),
});
export type Reason = z.infer<typeof Reason>;

export const AiExposureLevel = z.enum(['automatable', 'ai_assisted', 'human_critical']);
export type AiExposureLevel = z.infer<typeof AiExposureLevel>;

export const Assessment = z.object({
  status: z.string(),
  detail: z.string(),
});
export type Assessment = z.infer<typeof Assessment>;

const Answer = z.enum(['yes', 'no', 'unknown']);

/** A hard requirement the post states, checked against the profile and proof. */
export const MustHave = z.object({
  kind: z.enum(['language', 'location', 'licence', 'tool']),
  requirement: z.string(),
  /** yes: the profile or proof shows it; no: they do not; unknown: the profile cannot say (where you are based). */
  met: Answer,
  /** The post's words that state it. */
  evidence: z.string(),
});
export type MustHave = z.infer<typeof MustHave>;

export const Criterion = z.object({ answer: Answer, evidence: z.string() });
export type Criterion = z.infer<typeof Criterion>;

/** The method's five pursuit criteria, each answered with its evidence (see domain/pursuit.ts for the rule). */
export const PursuitCriteria = z.object({
  /** (a) The problem matches work you can prove. */
  provenWork: Criterion,
  /** (b) The client appears able and willing to pay. */
  ableToPay: Criterion,
  /** (c) The scope needs more than raw production. */
  beyondProduction: Criterion,
  /** (d) You can explain a specific first step. */
  firstStep: Criterion,
  /** (e) Worth your Connects, time and follow-through. */
  worthIt: Criterion,
});
export type PursuitCriteria = z.infer<typeof PursuitCriteria>;

/** One market fact shown as context (src/parse/data/market-facts.json): what the data says, and who says it. */
export const MarketFact = z.object({
  id: z.string(),
  direction: z.enum(['up', 'down']),
  text: z.string(),
  source: z.string(),
});
export type MarketFact = z.infer<typeof MarketFact>;

/**
 * What the market data says about a post's or a task's kind of work: context beside the verdict,
 * never a reason for it. Absent (null) when the kind is unknown or no fact speaks to it.
 */
export const MarketContext = z.object({
  /** The kind of work (src/text/work-kinds.json) the facts were chosen for. */
  kind: z.string(),
  kindLabel: z.string(),
  facts: z.array(MarketFact).min(1),
});
export type MarketContext = z.infer<typeof MarketContext>;

export const Triage = z.object({
  verdict: Verdict,
  deliverable: Deliverable,
  criteria: PursuitCriteria,
  mustHaves: z.array(MustHave),
  reasons: z.array(Reason),
  facts: JobFacts,
  screeningQuestions: z.array(z.string()),
  instructions: z.array(Instruction),
  redFlags: z.array(RedFlag),
  budgetFit: Assessment,
  pricingAdvice: Assessment,
  competition: Assessment,
  freshness: Assessment,
  bestProof: z.array(ProofMatch),
  aiExposure: z.object({ level: AiExposureLevel, reason: z.string() }),
  clarifyingQuestions: z.array(z.string()),
  connectsCost: z.object({ connects: z.number().int(), dollars: z.number() }).nullable(),
  findings: z.array(Finding),
  usage: Usage.nullable().default(null),
  /** The market data for the post's kind of work, as context; it never changes the verdict. */
  market: MarketContext.nullable().default(null),
});
export type Triage = z.infer<typeof Triage>;

export const ScreeningAnswer = z.object({ question: z.string(), answer: z.string() });
export type ScreeningAnswer = z.infer<typeof ScreeningAnswer>;

/**
 * What the output guard did to a draft before it was returned (src/rubric/guard-draft.ts), and
 * whether the draft is fit to send: `ok` is false while any error-severity rule still fails, and
 * `problems` lists those findings so every edge can say so above the draft.
 */
export const DraftGuard = z.object({
  ok: z.boolean(),
  /**
   * Each change the guard made, as a finding of the rule the draft broke, its message saying what
   * was done: Markdown removed (P20), a placeholder turned into a gap marker (P19), a sentence with
   * contact details (P14) or off-platform payment (P15) removed.
   */
  changes: z.array(Finding),
  /** The error-severity findings the draft still has after the guard: fix each before sending. */
  problems: z.array(Finding),
});
export type DraftGuard = z.infer<typeof DraftGuard>;

export const Proposal = z.object({
  /** The cover letter, plain text. Screening answers are kept apart in `screeningAnswers`. */
  text: z.string(),
  citations: z.array(Id),
  screeningAnswers: z.array(ScreeningAnswer),
  /**
   * The gap markers ("[fill in: ...]", src/domain/gaps.ts) the letter and then the answers hold, in
   * order: what only the freelancer can supply (a personal answer, availability, a link) before sending.
   */
  gaps: z.array(z.string()).default([]),
  /** Client instructions found in the post, shown to the user who decides. */
  instructions: z.array(Instruction),
  /** The instructions the user accepted, which the draft follows; the engine acts on no other. */
  acceptedInstructions: z.array(Instruction).default([]),
  findings: z.array(Finding),
  guard: DraftGuard,
  engine: z.string(),
  usage: Usage.nullable().default(null),
  /** The id the draft is stored under (to mark it as sent, or open it again); null when it was not stored. */
  draftId: z.string().nullable().default(null),
});
export type Proposal = z.infer<typeof Proposal>;

export const ValueLever = z.enum(['revenue', 'cost', 'risk', 'speed', 'judgment']);
export type ValueLever = z.infer<typeof ValueLever>;

export const Offer = z.object({
  input: z.string(),
  headline: z.string(),
  buyer: z.string(),
  problem: z.string(),
  before: z.string(),
  after: z.string(),
  outcome: z.string(),
  valueLevers: z.array(ValueLever).min(1),
  deliverables: z.array(z.string()).min(1),
  inclusions: z.array(z.string()),
  exclusions: z.array(z.string()),
  acceptanceCriteria: z.array(z.string()),
  proof: z.array(Id),
  findings: z.array(Finding),
  engine: z.string(),
  usage: Usage.nullable().default(null),
});
export type Offer = z.infer<typeof Offer>;

export const TaskAuditItem = z.object({
  task: z.string(),
  label: AiExposureLevel,
  reason: z.string(),
  suggestion: z.string(),
  /** The market data for the task's kind of work, when it is known; context only. */
  market: MarketContext.nullable().optional(),
});
export type TaskAuditItem = z.infer<typeof TaskAuditItem>;

export const TaskAudit = z.object({
  items: z.array(TaskAuditItem),
  summary: z.string(),
  engine: z.string(),
  usage: Usage.nullable().default(null),
});
export type TaskAudit = z.infer<typeof TaskAudit>;

export const CaseStudy = z.object({
  proof: ProofItem,
  /** Fields the notes did not supply; the user fills them before adding the item to the library. */
  missing: z.array(z.string()),
  /** Numbers found in the notes, to confirm before they count as metrics. */
  unconfirmedMetrics: z.array(Metric),
  /** Figures the engine proposed with a number the notes do not state: left out, shown so the user knows. */
  droppedMetrics: z.array(Metric).default([]),
  engine: z.string(),
  usage: Usage.nullable().default(null),
});
export type CaseStudy = z.infer<typeof CaseStudy>;

export const LintReport = z.object({
  findings: z.array(Finding),
  errors: z.number().int(),
  warnings: z.number().int(),
  passed: z.array(z.string()),
  /** The client instructions found in the job post given (empty without one), numbered from 1 in this order for `acceptedInstructions`. */
  instructions: z.array(Instruction).default([]),
  /** The instructions the draft was checked as following (P28). */
  acceptedInstructions: z.array(Instruction).default([]),
  /** Gap markers ("[fill in: ...]") the draft and its answers still hold, in order; not a rule finding (P19 leaves them to this list). */
  gaps: z.array(z.string()).default([]),
  /** The id the draft was kept under in the draft history; null when the check asked not to keep it. */
  draftId: z.string().nullable().default(null),
});
export type LintReport = z.infer<typeof LintReport>;
