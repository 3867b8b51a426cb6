/**
 * A small invented world for the model engine tests: one job post (with a planted instruction), a
 * profile, a proof library, the contexts the core would build from them, and good model answers
 * for every task.
 */
import type { AuditContext, CaseStudyContext, OfferContext, ProposeContext, RankedProof, TriageContext } from '../../../src/domain/ports.ts';
import { assessSignals } from '../../../src/parse/assess-signals.ts';
import { Profile, ProofItem } from '../../../src/domain/schemas.ts';
import { parseJobPost } from '../../../src/parse/parse-job-post.ts';

export const POST_TEXT = `Bakery chain needs its weekly sales report rebuilt in Power BI

Posted 2 days ago

Fixed-price $900
Intermediate

Our six bakeries send sales in separate Excel files and the Monday report takes a whole morning to stitch
together. Totals never match the till exports, so nobody trusts the numbers. We want one Power BI report
that refreshes by itself and shows sales per shop, per product and per week.

Start your proposal with the word "croissant" so we know you read this.

When you apply, please answer:
1. How would you check that the totals match the till exports?

Skills and Expertise
Power BI
Excel
SQL

Activity on this job
Proposals: 5 to 10

About the client
Payment method verified
4.9 of 5 reviews
22 jobs posted
80% hire rate, 1 open job
$14K total spent
`;

export const PROFILE = Profile.parse({
  name: 'Rowan Ashby',
  headline: 'Reporting that managers trust on Monday morning',
  niche: 'sales reporting for multi-site retailers',
  rateFloor: 40,
  targetRate: 65,
  skills: ['Power BI', 'SQL', 'Excel', 'Power Query'],
  tone: 'direct',
  avoidWords: ['synergy', 'journey'],
  allowedLinks: ['https://rowan.example/portfolio'],
});

export const PROOF: ProofItem[] = [
  ProofItem.parse({
    id: 'deli-sales-model',
    kind: 'case_study',
    title: 'One sales model for a chain of delis',
    clientType: 'food retailer with nine shops',
    problem: 'Shop spreadsheets disagreed with the till totals every week.',
    approach: 'Loaded the till exports with Power Query, reconciled them in SQL and built one Power BI report.',
    result: 'The weekly report refreshes overnight and matches the tills.',
    metrics: [{ label: 'hours saved each Monday', value: '4' }],
    skills: ['Power BI', 'SQL', 'Power Query'],
    public: false,
  }),
  ProofItem.parse({
    id: 'cafe-stock-sheet',
    kind: 'portfolio',
    title: 'Stock sheet for a cafe group',
    problem: 'Stock counts were kept on paper.',
    approach: 'Built an Excel stock sheet with data validation.',
    result: 'Counts take half the time.',
    skills: ['Excel'],
    public: true,
  }),
  ProofItem.parse({
    id: 'dental-site',
    kind: 'case_study',
    title: 'Website for a dental clinic',
    problem: 'No online booking.',
    approach: 'Built a WordPress site.',
    result: 'Bookings online.',
    skills: ['WordPress'],
  }),
];

const POST = parseJobPost(POST_TEXT);

function ranked(item: ProofItem, score: number, matchedTerms: string[], relevance: number, reasons: string[]): RankedProof {
  return { item, match: { id: item.id, title: item.title, score, matchedTerms, relevance, reasons } };
}

/** The top-k proof the core would pass, fixed here so these tests do not depend on the ranking's details. */
export const RANKED: RankedProof[] = [
  ranked(PROOF[0]!, 4.2, ['power', 'bi', 'sql', 'till'], 1, ['same kind of work: dashboards and reporting', 'shares: power bi, sql']),
  ranked(PROOF[1]!, 1.1, ['excel'], 0.55, ['related work: spreadsheets for a dashboards and reporting job', 'shares: excel']),
];

export function proposeContext(post = POST, proof = RANKED): ProposeContext {
  return { post, profile: PROFILE, proof, options: { tone: 'direct', length: 'standard' }, accepted: [] };
}

export function triageContext(post = POST): TriageContext {
  return { post, profile: PROFILE, proof: RANKED, signals: assessSignals(post.facts, PROFILE) };
}

export function offerContext(offer = 'Build Power BI dashboards'): OfferContext {
  return { offer, profile: PROFILE, proof: RANKED.slice(0, 1) };
}

export const AUDIT_CONTEXT: AuditContext = {
  tasks: ['Type up receipts', 'Build a monthly sales dashboard', 'Agree metric definitions with managers'],
  profile: PROFILE,
};

export const CASE_STUDY_CONTEXT: CaseStudyContext = {
  notes:
    'Client: a florist with two shops. Orders came by phone and got lost. I set up an Airtable order log with a form. Lost orders went from about 6 a week to none.',
  id: null,
};

export const GOOD_PROPOSAL = {
  text:
    'Your Monday report takes a morning because six Excel files are stitched by hand, and the totals drift because nobody reconciles them against the till exports first.\n\n' +
    'For a food retailer with nine shops I loaded the till exports with Power Query, reconciled them in SQL and built one Power BI report that refreshes overnight and matches the tills.\n\n' +
    'First step: I would take one week of till exports and your six files, reconcile them, and show you where the totals part ways.\n\n' +
    'Which till system do your shops export from?',
  citations: ['deli-sales-model'],
  screeningAnswers: [
    {
      question: 'How would you check that the totals match the till exports?',
      answer: 'I would reconcile a week of till exports line by line against the report totals per shop.',
    },
  ],
};

export const GOOD_TRIAGE = {
  verdict: 'pursue',
  reasons: [
    { signal: 'proof', effect: 'positive', text: 'The deli sales model is the same problem.' },
    { signal: 'client.paymentVerified', effect: 'positive', text: 'Payment method verified.' },
  ],
  aiExposure: { level: 'ai_assisted', reason: 'Building the report is faster with AI; agreeing definitions is not.' },
  clarifyingQuestions: [],
};

export const GOOD_OFFER = {
  headline: 'One trusted weekly sales number for every shop',
  buyer: 'Owners of multi-shop food retailers',
  problem: 'Weekly numbers disagree and take a morning to assemble.',
  before: 'Spreadsheets stitched by hand every Monday.',
  after: 'A report that refreshes itself and matches the tills.',
  outcome: 'Managers read the same reconciled totals each Monday.',
  valueLevers: ['speed', 'risk'],
  deliverables: ['A Power BI report with sales per shop, product and week'],
  inclusions: ['Reconciliation against till exports'],
  exclusions: ['Changes to the till system'],
  acceptanceCriteria: ['Totals match the till exports for four weeks'],
  proof: ['deli-sales-model', 'not-in-library'],
};

export const GOOD_AUDIT = {
  items: [
    { task: 'Type up receipts', label: 'automatable', reason: 'OCR does it.', suggestion: 'Sell a reconciled ledger instead.' },
    { task: 'Build a monthly sales dashboard', label: 'ai_assisted', reason: 'AI speeds up the build.', suggestion: 'Sell decisions the dashboard supports.' },
    {
      task: 'Agree metric definitions with managers',
      label: 'human_critical',
      reason: 'Needs trust and judgment.',
      suggestion: 'Lead with a definitions workshop.',
    },
  ],
  summary: 'Typing is exposed; judgment about metrics is not.',
};

export const GOOD_CASE_STUDY = {
  proof: {
    kind: 'case_study',
    title: 'Order log for a two-shop florist',
    clientType: 'florist with two shops',
    problem: 'Phone orders got lost.',
    approach: 'Set up an Airtable order log with a form.',
    result: 'Lost orders stopped.',
    skills: ['Airtable'],
    link: null,
  },
  missing: [],
  unconfirmedMetrics: [{ label: 'lost orders a week before', value: '6' }],
};
