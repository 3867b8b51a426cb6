/** Task patterns for software work: assistants, automations, APIs, mobile apps, data pipelines, scraping, security reviews. */
import type { TaskPattern } from '../task-pattern.ts';

export const SOFTWARE_PATTERNS: readonly TaskPattern[] = [
  {
    id: 'chatbot',
    triggers: [/\bchat\s*bots?\b/i, /\bai\s+(?:assistants?|agents?|chat\w*)\b/i, /\b(?:gpt|llm|openai|rag|chatgpt)\b/i, /\bvirtual\s+agents?\b/i],
    skills: ['chatbot', 'llm', 'openai', 'rag', 'ai', 'python', 'langchain', 'customer support', 'nlp'],
    level: 'ai_assisted',
    reason:
      'The model does the talking; what the client pays for is grounding answers in their own sources, knowing when to hand over to a person, and watching for failures.',
    buyer: 'A support or sales team answering the same questions all day',
    problem:
      'A bot that answers from nothing invents policies, frustrates customers and creates risk, while staff keep answering repeat questions.',
    before: 'Repeat questions answered by hand, or a bot that guesses answers without sources.',
    after: 'A support-answer workflow that cites the client’s own documents, hands over to a person by written rules, and is monitored.',
    outcome:
      'A support-answer workflow that answers from the client’s documents with citations, escalates to a person under written rules, and logs conversations for review.',
    valueLevers: ['cost', 'risk', 'speed'],
    countedDeliverable: {
      counted: '{count} {unit} built and connected, each answering from cited sources',
      uncounted: 'The assistant built and connected to the agreed channels, answering from cited sources',
    },
    deliverables: [
      'A source set: the documents the assistant may answer from, each with an owner',
      'Escalation rules: the topics and signals that hand a conversation to a person',
      'A test set of real questions with expected answers, and the results',
      'A monitoring view of conversations, escalations and unanswered questions',
    ],
    inclusions: ['Setup on the client’s chosen model provider and channel', 'A review of logged conversations after launch', 'Handover notes for updating the sources'],
    exclusions: ['Model usage fees, paid by the client', 'Answers on topics outside the source set', 'Legal or compliance sign-off'],
    acceptanceCriteria: [
      'Every answer in the test set cites a source document',
      'Every escalation rule triggers a handover in testing',
      'The client adds a document to the source set without developer help, confirmed at handover',
    ],
    headline: 'Support answers customers can trust: a cited answer workflow with escalation rules and monitoring',
    repackage: 'Sell a grounded answer workflow with escalation rules and monitoring; a bare chatbot is a commodity.',
  },
  {
    id: 'automation',
    triggers: [
      /\bautomat\w*/i,
      /\bzapier\b/i,
      /\bmake\.com\b/i,
      /\bn8n\b/i,
      /\bintegrat\w*/i,
      /\bworkflows?\b/i,
      /\bconnect\w*\s+(?:\w+\s+){0,3}?(?:crm|apps?|tools?|systems?)\b/i,
    ],
    skills: ['automation', 'zapier', 'make', 'n8n', 'integrations', 'api', 'airtable', 'crm'],
    level: 'ai_assisted',
    reason:
      'No-code tools make simple automations easy to build; mapping the real process, handling failures and owning the result is where a person adds value.',
    buyer: 'A team that moves data between tools by hand every week',
    problem:
      'Staff copy data between tools by hand, errors slip in, and nothing alerts anyone when a step fails.',
    before: 'Manual copying between apps, steps that live in someone’s head, and failures found by customers.',
    after: 'A documented automated workflow with failure alerts and a run log, owned by someone on the team.',
    outcome:
      'A mapped and automated workflow with failure alerts, a run log and a written runbook, plus a record of the manual work it replaces as the team measures it.',
    valueLevers: ['cost', 'speed', 'risk'],
    countedDeliverable: {
      counted: '{count} {unit} mapped, built and tested with failure alerts',
      uncounted: 'The agreed workflows mapped, built and tested with failure alerts',
    },
    deliverables: [
      'A process map of the current manual steps and the automated version',
      'A runbook: what each automation does, who owns it and how to pause it',
      'Failure alerts to a named person or channel',
    ],
    inclusions: ['A build in the client’s automation tool of choice', 'Test runs with real records', 'A handover session'],
    exclusions: ['Automation tool subscriptions', 'Changes to the connected apps themselves', 'Ongoing monitoring unless agreed'],
    acceptanceCriteria: [
      'Each automation runs end to end on test records',
      'A forced failure sends an alert to the named owner, tested before handover',
      'The owner pauses and restarts each automation from the runbook during handover',
    ],
    headline: 'Manual copying between tools replaced by workflows you can watch: automations with failure alerts and a runbook',
    repackage: 'Sell the manual work removed and the errors avoided, with alerts and a runbook, rather than a number of automations.',
  },
  {
    id: 'api',
    triggers: [/\bapis?\b/i, /\bback[- ]?end\b/i, /\bmicro-?services?\b/i, /\bwebhooks?\b/i, /\brest\s+endpoints?\b/i],
    skills: ['api', 'rest', 'graphql', 'node.js', 'python', 'backend', 'openapi', 'typescript'],
    level: 'ai_assisted',
    reason:
      'Coding assistants write endpoint code quickly; designing the contract, securing it and keeping it dependable for other teams is engineering judgement.',
    buyer: 'A product team whose apps or partners depend on an API',
    problem: 'An undocumented or fragile API breaks integrations and slows every team that depends on it.',
    before: 'Endpoints added as needs came up, with no written contract, tests or error format.',
    after: 'A documented, tested API with a written contract, consistent errors and monitoring.',
    outcome:
      'An API built to a written contract with an OpenAPI document, automated tests for each endpoint, consistent errors and basic monitoring.',
    valueLevers: ['speed', 'risk'],
    countedDeliverable: {
      counted: '{count} {unit} built to the written contract, each with automated tests',
      uncounted: 'The agreed endpoints built to the written contract, each with automated tests',
    },
    deliverables: ['An OpenAPI document reviewed with the consuming teams', 'A test suite running in the client’s CI', 'Monitoring of errors and latency'],
    inclusions: ['Authentication and input validation', 'Deployment to the client’s environment', 'Handover notes'],
    exclusions: ['Front-end work', 'Hosting costs', 'Third-party API fees'],
    acceptanceCriteria: [
      'Every endpoint in the contract has passing tests in CI',
      'Error responses follow the documented format',
      'A consuming team calls the API from the documentation alone, confirmed at handover',
    ],
    headline: 'Integrations that stop breaking: an API built to a written contract, tested and monitored',
    repackage: 'Sell a contract-first API with tests and monitoring, not endpoints by the hour.',
  },
  {
    id: 'mobile-app',
    triggers: [/\bmobile\s+apps?\b/i, /\b(?:ios|android|flutter|react\s+native|swift|kotlin)\b/i, /\bapp\s+develop\w*/i, /\bapps?\b/i],
    skills: ['mobile', 'ios', 'android', 'flutter', 'react native', 'swift', 'kotlin', 'app development'],
    level: 'ai_assisted',
    reason:
      'Assistants and frameworks produce screens fast; choosing the single task the app must do well and learning from real usage is the hard part.',
    buyer: 'A business that needs an app customers keep using',
    problem:
      'Apps get built feature by feature without a test of whether people use them, so budget goes into screens nobody opens.',
    before: 'A long feature list and no measure of what users do in the app.',
    after: 'A first release focused on the core use, with usage analytics and crash reporting showing what people do.',
    outcome:
      'A first release built around the core user task, shipped to test users with usage analytics and crash reporting, and a report on what they did.',
    valueLevers: ['revenue', 'risk'],
    countedDeliverable: {
      counted: '{count} {unit} built for the first release around the core task',
      uncounted: 'The screens of the core task built for the first release',
    },
    deliverables: [
      'A release scope: the core task, the screens it needs and what waits for later',
      'Analytics events and crash reporting set up',
      'A usage report after the test release',
    ],
    inclusions: ['Builds for test users on the agreed platforms', 'Store listing preparation', 'Handover of the source code'],
    exclusions: ['App store fees', 'Backend hosting costs', 'Features outside the release scope'],
    acceptanceCriteria: [
      'The core task completes on each agreed platform in a recorded test',
      'Analytics events appear for a test session, verified before release',
      'The build is accepted by the store review or the test distribution channel',
    ],
    headline: 'An app people use for the thing that matters: a focused first release with usage data from real users',
    repackage: 'Sell a focused first release with usage analytics and a report, not a feature list.',
  },
  {
    id: 'data-pipeline',
    triggers: [/\b(?:data|etl|elt)\s+pipelines?\b/i, /\b(?:etl|elt)\b/i, /\bdata\s+warehous\w*/i, /\b(?:dbt|airflow|bigquery|snowflake|redshift)\b/i],
    skills: ['data engineering', 'etl', 'sql', 'python', 'dbt', 'airflow', 'bigquery', 'snowflake', 'data pipeline'],
    level: 'ai_assisted',
    reason:
      'Code that moves data is quick to write with assistants; agreeing definitions, catching bad data and keeping the numbers trustworthy is the hard part.',
    buyer: 'A business whose reports disagree because data arrives late or wrong',
    problem:
      'Figures in different reports disagree, loads fail quietly, and decisions wait while someone checks spreadsheets.',
    before: 'Manual exports and scripts nobody owns, with failures found when a report looks wrong.',
    after: 'A scheduled pipeline with agreed metric definitions, data tests and alerts when loads fail.',
    outcome:
      'A scheduled pipeline into a single reporting store, with written metric definitions, data tests on every load and alerts to an owner when a check fails.',
    valueLevers: ['risk', 'speed', 'judgment'],
    countedDeliverable: {
      counted: '{count} {unit} loaded by the pipeline with data tests and failure alerts',
      uncounted: 'The agreed sources loaded by a scheduled pipeline with data tests and failure alerts',
    },
    deliverables: ['Metric definitions agreed with the report owners', 'Data tests on each load, with results stored', 'A runbook for failures and backfills'],
    inclusions: ['Setup in the client’s cloud or warehouse', 'A backfill of historical data where the sources allow', 'A handover session'],
    exclusions: ['Dashboard design unless agreed', 'Cloud and warehouse costs', 'Fixing data in its source systems'],
    acceptanceCriteria: [
      'Every load runs its data tests and stores the results',
      'A forced failure alerts the named owner, tested before handover',
      'Each defined metric returns the same value in every report that uses it',
    ],
    headline: 'Figures your reports agree on: a scheduled pipeline with tested loads and agreed definitions',
    repackage: 'Sell trustworthy reporting data (definitions, tests, alerts) rather than a pipeline by the hour.',
  },
  {
    id: 'scraping',
    triggers: [/\bscrap(?:e|er|ers|ing)\b/i, /\bcrawl\w*/i, /\bweb\s+data\s+extraction\b/i],
    skills: ['web scraping', 'scraping', 'python', 'scrapy', 'playwright', 'selenium', 'data extraction'],
    level: 'automatable',
    reason:
      'Scraping scripts are quick to generate and many data sets can be bought; the value is a permitted, maintained, checked feed tied to a decision.',
    buyer: 'A team that needs outside data to price, prospect or watch competitors',
    problem:
      'Data gets copied by hand or by brittle scripts that break quietly, and nobody checks whether collecting it is allowed.',
    before: 'Ad hoc scripts or manual copying, no check of site terms, and gaps nobody notices.',
    after: 'A checked, documented data feed from permitted sources, with alerts when a source changes.',
    outcome:
      'A data feed from sources checked against their terms, with field definitions, validation of each run and alerts when a source changes shape.',
    valueLevers: ['speed', 'cost', 'risk'],
    countedDeliverable: {
      counted: '{count} {unit} collected into a validated feed with field definitions',
      uncounted: 'The agreed sources collected into a validated feed with field definitions',
    },
    deliverables: [
      'A source review: terms, robots rules and any official API for each source',
      'Field definitions and a sample file approved before the full run',
      'A validation report for each run',
    ],
    inclusions: ['Request rates that respect the sources', 'Deduplication', 'Delivery as CSV or into the client’s database'],
    exclusions: ['Collecting personal data without a lawful basis', 'Getting around logins, paywalls or access controls', 'Sources whose terms forbid collection'],
    acceptanceCriteria: [
      'Every field in the output matches its definition in validation',
      'Each source appears in the source review with its terms checked',
      'A changed page structure triggers an alert, tested before the first delivery',
    ],
    headline: 'Outside data you can act on and are allowed to use: a validated feed from checked sources',
    repackage: 'Sell a maintained, validated data feed tied to a decision, not a one-off scrape.',
  },
  {
    id: 'security-review',
    triggers: [
      /\bcyber\s*-?security\b/i,
      /\bpen(?:etration)?\s*-?test\w*/i,
      /\bsecurity\s+(?:audit|assessment|review|testing|hardening)\b/i,
      /\bethical\s+hack\w*/i,
      /\bvulnerabilit(?:y|ies)\s+(?:assessment|scan\w*)\b/i,
    ],
    skills: ['security', 'cybersecurity', 'penetration testing', 'owasp', 'network security', 'security audit'],
    level: 'human_critical',
    reason:
      'Scanners find known weaknesses automatically; judging which risks matter to this business, testing them safely and standing behind the findings is accountable expert work.',
    buyer: 'A business that holds customer data or money and cannot afford a breach',
    problem:
      'Nobody knows which weaknesses an attacker would use first, so security spending follows fear or tool alerts rather than risk.',
    before: 'Scanner alerts and assumptions, with no tested view of how the systems could be broken into.',
    after: 'A tested list of weaknesses ranked by business risk, each with a fix and a retest.',
    outcome:
      'A security review within an agreed scope, with findings ranked by business risk, evidence for each, fixes the team can act on, and a retest of the fixed items.',
    valueLevers: ['risk', 'judgment'],
    countedDeliverable: {
      counted: '{count} {unit} reviewed within the agreed scope and rules of engagement',
      uncounted: 'The systems in the agreed scope reviewed under written rules of engagement',
    },
    deliverables: [
      'Written rules of engagement: scope, timing, methods and contacts',
      'A findings report ranked by business risk, with evidence and a fix for each finding',
      'A retest note on the fixed findings',
    ],
    inclusions: ['Automated scanning followed by manual testing', 'A walkthrough of the findings with the team', 'A retest after fixes'],
    exclusions: ['Testing outside the written scope', 'Fixing the issues unless agreed', 'Certification or compliance sign-off'],
    acceptanceCriteria: [
      'Every finding is documented with evidence and a risk rating',
      'Testing stays within the written rules of engagement, confirmed in the report',
      'Each fixed finding is retested and its status reported',
    ],
    headline: 'Knowing which weaknesses matter before an attacker does: a scoped security review ranked by business risk',
    repackage: 'Sell a scoped review with risk-ranked findings and a retest, not scanner output or hours of testing.',
  },
];
