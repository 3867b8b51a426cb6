/** Task patterns for data work: entry, cleaning, dashboards, analysis, spreadsheets. */
import type { TaskPattern } from '../task-pattern.ts';

export const DATA_PATTERNS: readonly TaskPattern[] = [
  {
    id: 'data-entry',
    triggers: [
      /\bdata\s+entry\b/i,
      /\benter\w*\s+(?:\w+\s+){0,2}?(?:data|records|rows|entries|details)\b/i,
      /\bcopy\s*(?:and|&|\/)\s*past(?:e|ing)\b/i,
      /\btyping\b/i,
      /\bpdfs?\s+(?:to|into)\s+(?:excel|spreadsheets?|sheets)\b/i,
    ],
    skills: ['data entry', 'excel', 'google sheets', 'data processing', 'typing', 'data cleaning'],
    level: 'automatable',
    reason:
      'Typing data from one place into another is what extraction tools and scripts now do; checking and reconciling the result is what keeps the work valuable.',
    buyer: 'A team whose records are scattered, duplicated or typed in by hand',
    problem:
      'Manual entry introduces errors and duplicates, and nobody can tell which records are right until something goes wrong downstream.',
    before: 'Records typed by hand from documents and exports, with duplicates and gaps nobody has counted.',
    after: 'A clean, reconciled dataset with every exception listed for a decision.',
    outcome:
      'A cleaned and reconciled dataset with an exception report that lists every record that did not match its source, and why.',
    valueLevers: ['cost', 'risk'],
    countedDeliverable: {
      counted: '{count} {unit} entered or extracted, then reconciled against their sources',
      uncounted: 'The agreed records entered or extracted, then reconciled against their sources',
    },
    deliverables: [
      'The cleaned dataset in the agreed format',
      'An exception report: each unmatched or doubtful record with its source row and the reason',
      'A note on the extraction method, so the work can be repeated',
    ],
    inclusions: ['Automated extraction where the sources allow it, checked by hand', 'Deduplication and standard formats', 'A round of fixes after the client reviews the exceptions'],
    exclusions: ['Decisions on exceptions, which stay with the client', 'Entry into systems the client has not given access to', 'Ongoing entry unless agreed'],
    acceptanceCriteria: [
      'The reconciliation report lists every exception with its source row',
      'Record totals match the sources, or the report explains each difference',
      'The client signs off the exception report',
    ],
    headline: 'Records you can rely on: the dataset cleaned and reconciled, with an exception report',
    repackage: 'Sell cleaning and reconciliation with an exception report; the typing itself is being automated.',
  },
  {
    id: 'data-cleaning',
    triggers: [
      /\bdata\s+(?:clean\w*|cleans\w*|hygiene|dedup\w*|quality|scrub\w*)\b/i,
      /\bclean\w*\s+(?:up\s+)?(?:\w+\s+){0,2}?(?:data|dataset|database|crm|lists?|spreadsheets?|records)\b/i,
      /\bde-?dup\w*/i,
    ],
    skills: ['data cleaning', 'excel', 'python', 'pandas', 'sql', 'crm', 'data quality'],
    level: 'ai_assisted',
    reason:
      'Tools fix formats and find duplicates automatically; deciding which record is right and which rules to keep is a business judgement.',
    buyer: 'A team working from a CRM or dataset it no longer trusts',
    problem: 'Duplicates, stale records and mixed formats cause wrong mailings, double counting and bad decisions.',
    before: 'A dataset with duplicates, mixed formats and no rules for new entries.',
    after: 'A deduplicated, standardised dataset with written rules that keep new records clean.',
    outcome:
      'A deduplicated, standardised dataset, a change log of every merge and correction, and validation rules that keep new records clean.',
    valueLevers: ['risk', 'cost'],
    countedDeliverable: {
      counted: '{count} {unit} cleaned, deduplicated and standardised',
      uncounted: 'The agreed dataset cleaned, deduplicated and standardised',
    },
    deliverables: ['A change log of each merge, deletion and correction', 'Rules for new entries, set up as validation where the tool allows'],
    inclusions: ['A profile of the data’s problems before cleaning', 'A backup of the original data', 'A review of uncertain merges with the client'],
    exclusions: ['Buying or appending third-party data', 'Migration to a new system unless agreed', 'Ongoing cleaning unless agreed'],
    acceptanceCriteria: [
      'Every merge and deletion appears in the change log',
      'The original data is backed up and a restore is tested before cleaning starts',
      'Uncertain merges are approved by the client before they are applied',
    ],
    headline: 'A dataset your team trusts again: deduplicated, standardised and protected by validation rules',
    repackage: 'Sell a trusted dataset with a change log and validation rules, not hours of cleanup.',
  },
  {
    id: 'dashboards',
    triggers: [/\bdashboards?\b/i, /\breporting\b/i, /\b(?:power\s*bi|tableau|looker(?:\s+studio)?|metabase|data\s+studio)\b/i, /\bkpis?\b/i],
    skills: ['dashboard', 'power bi', 'tableau', 'looker', 'sql', 'reporting', 'data visualization', 'analytics'],
    level: 'ai_assisted',
    reason:
      'BI tools and assistants build charts quickly; agreeing which figures matter and defining them so people trust them is judgement.',
    buyer: 'A manager who decides from figures that arrive late or disagree',
    problem: 'Reports are rebuilt by hand each week, the figures disagree between teams, and decisions wait.',
    before: 'Spreadsheets assembled by hand before each meeting, each with its own definitions.',
    after: 'A dashboard that refreshes on its own, built on written definitions of each measure and organised around the decisions the team makes.',
    outcome:
      'A dashboard that refreshes from the source systems, built on written metric definitions and organised around the decisions it supports.',
    valueLevers: ['speed', 'judgment'],
    countedDeliverable: {
      counted: '{count} {unit} built on the agreed metric definitions',
      uncounted: 'Dashboards built on the agreed metric definitions, organised by decision',
    },
    deliverables: ['Metric definitions: formula, source and owner for each measure', 'A refresh schedule and a check that it runs', 'A short guide or recorded walkthrough for users'],
    inclusions: ['Connection to the agreed data sources', 'A round of revisions after users try it', 'Access set up for named users'],
    exclusions: ['BI tool licences', 'Cleaning data in the source systems', 'Analysis and recommendations unless agreed'],
    acceptanceCriteria: [
      'Each chart matches the source system for a sample period checked together',
      'Each measure appears in the definitions document',
      'The dashboard refreshes on schedule without manual steps, verified over the first week',
    ],
    headline: 'Figures ready before the meeting and trusted by everyone: a self-refreshing dashboard on agreed definitions',
    repackage: 'Sell decision-ready reporting on agreed definitions, not a number of charts.',
  },
  {
    id: 'data-analysis',
    triggers: [/\bdata\s+analy\w*/i, /\banaly[sz](?:e|is|ing|es)\b/i, /\bstatistic\w*/i, /\bsurvey\s+(?:data|results|analysis)\b/i, /\bab\s+test\s+analysis\b/i],
    skills: ['data analysis', 'statistics', 'python', 'r', 'sql', 'excel', 'analytics'],
    level: 'human_critical',
    reason:
      'AI tools compute and chart quickly, but framing the question, judging whether the data can answer it and standing behind a recommendation are a person’s responsibility.',
    buyer: 'A decision maker with a question and data nobody has been able to read',
    problem:
      'A decision is waiting on a question the data could answer, but nobody has framed it or checked whether the data is good enough.',
    before: 'Raw data and a question nobody has turned into an analysis plan.',
    after: 'An answer to the decision question, with its method, its limits and a recommendation stated plainly.',
    outcome:
      'A written answer to the agreed decision question, with the method, the limits of the data and a recommendation the decision maker can act on or challenge.',
    valueLevers: ['judgment', 'risk'],
    countedDeliverable: {
      counted: '{count} {unit} answered, with method and limits stated',
      uncounted: 'The agreed questions answered, with method and limits stated',
    },
    deliverables: [
      'An analysis plan agreed before work starts: question, data and method',
      'A short report: answer, evidence, limits and recommendation',
      'The reproducible notebook or workbook behind every figure',
    ],
    inclusions: ['Checks of the data for gaps and errors', 'A call to walk through the findings', 'A round of follow-up questions'],
    exclusions: ['Collecting new data unless agreed', 'The decision itself, which stays with the client', 'Ongoing reporting'],
    acceptanceCriteria: [
      'Every figure in the report reproduces from the delivered notebook',
      'The report states the limits of the data in plain words',
      'The answer is reviewed against the question in the agreed plan and accepted by the decision maker',
    ],
    headline: 'A decision you can make on evidence: your question answered, with the method and limits stated',
    repackage: 'Sell an answer to a decision question with its method and limits, not hours of analysis.',
  },
  {
    id: 'spreadsheet-modelling',
    triggers: [/\b(?:excel|spreadsheets?|google\s+sheets|vba|macros?)\b/i, /\bfinancial\s+model\w*/i, /\bforecast\w*/i],
    skills: ['excel', 'google sheets', 'vba', 'financial modeling', 'financial modelling', 'spreadsheets', 'forecasting'],
    level: 'ai_assisted',
    reason:
      'Formulas and macros are easy to generate now; a model people trust needs clear assumptions, checks and a structure others can follow.',
    buyer: 'A team running decisions through a spreadsheet only its author understands',
    problem:
      'The spreadsheet has grown into a tangle of formulas and manual steps, errors go unnoticed and only its author can change it.',
    before: 'A fragile workbook with hard-coded figures, hidden steps and no checks.',
    after: 'A structured workbook with inputs, calculations and outputs separated, assumptions listed and checks that flag errors.',
    outcome:
      'A rebuilt workbook with inputs, calculations and outputs separated, every assumption listed in a single place, and checks that flag broken totals.',
    valueLevers: ['risk', 'speed', 'judgment'],
    countedDeliverable: {
      counted: '{count} {unit} rebuilt with separated inputs, checks and documentation',
      uncounted: 'The agreed workbook rebuilt with separated inputs, checks and documentation',
    },
    deliverables: ['An assumptions sheet with the source of each assumption', 'Error checks that show a flag when totals or links break', 'A guide to updating the workbook'],
    inclusions: ['A review of the current workbook and its outputs', 'A comparison of old and new outputs on the same inputs', 'A handover session'],
    exclusions: ['Choosing the assumptions, which the client owns', 'Migration to other software unless agreed', 'Ongoing maintenance'],
    acceptanceCriteria: [
      'New outputs match the old workbook on the same inputs, or each difference is explained',
      'Every hard-coded figure appears on the assumptions sheet',
      'A team member other than the author updates an input and reads the result, confirmed at handover',
    ],
    headline: 'A spreadsheet anyone on the team can update and trust: separated inputs, listed assumptions and built-in checks',
    repackage: 'Sell a workbook others can trust and update, with assumptions and checks, rather than formulas by the hour.',
  },
];
