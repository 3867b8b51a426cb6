/**
 * The proposal drafter's domain knowledge: for each kind of job, the words that recognise it and
 * the things a client in that domain rarely states but usually needs to hear. Data, not code.
 *
 * Wording rules for every entry (the proposal rubric checks drafts built from them):
 * - no digits, prices, rates, durations or deadlines (numbers may only come from the post or proof);
 * - no words from the AI-tell, self-praise or guarantee lists in src/rubric/vocabulary.ts;
 * - no "?" outside `question`, which holds exactly one, at its end;
 * - no lists of three items (the rubric reads them as padding), no dashes used as punctuation;
 * - each `insight` is a clause that follows "On your <subject>, " (lower-case start, under 100 characters);
 * - `cause` is a noun phrase that follows "the bottleneck is likely";
 * - `approach` is a verb phrase that follows "I would";
 * - `firstStep` is a noun phrase naming a small, checkable deliverable;
 * - `question` contains `{term}`, filled with the trigger word as the post wrote it, so it reads as a
 *   modifier ("the {term} setup"); triggers are therefore nouns, never verbs or adjectives.
 */

export interface Insight {
  id: string;
  /** Lower-case words or phrases, matched as whole words; a trailing "s" or "es" also matches. */
  triggers: readonly string[];
  /**
   * How much a trigger hit counts, default 1. Entries about a specific problem (checkout drop-off,
   * slow pages) weigh more than entries about a platform, so "Shopify checkout" reads as checkout work.
   */
  weight?: number;
  /** What the work is about, appended when the post's own phrase is a bare modifier ("Shopify" -> "Shopify store"). */
  noun: string;
  /** Each phrased field has two or more wordings; a draft picks one by a hash of the post. */
  insight: readonly string[];
  cause: readonly string[];
  consequence: readonly string[];
  approach: string;
  firstStep: readonly string[];
  scopeNote: string;
  question: readonly string[];
}

export const INSIGHTS: readonly Insight[] = [
  {
    id: 'checkout-conversion',
    triggers: ['checkout', 'cart', 'abandonment', 'abandoned cart', 'cart abandonment', 'drop-off', 'add to cart', 'upsell'],
    weight: 2,
    noun: 'checkout',
    insight: [
      'most lost orders come from a late surprise such as shipping cost, rarely from the homepage.',
      'shoppers who reach the cart have already decided to buy, so the leak is usually after that point.',
    ],
    cause: [
      'friction in the last steps before an order is placed, which a new theme alone does not remove',
      'an extra step or a surprise cost between cart and confirmation that shoppers did not expect',
    ],
    consequence: [
      'the quickest gains usually come from removing steps rather than adding features',
      'small changes late in the flow tend to beat a redesign of the homepage',
    ],
    approach: 'walk the path from product page to order confirmation on mobile and fix the largest leak first',
    firstStep: [
      'a short funnel review that ranks the biggest leaks between product page and order confirmation',
      'a checkout teardown on a real phone, listing each friction point in order of likely impact',
    ],
    scopeNote: 'Checkout apps and theme code often overlap, so changes are safest on a duplicate theme before they go live.',
    question: [
      'Do you already know where in the {term} flow most visitors drop off, or is finding that part of the job?',
      'Which device and which {term} step show the worst numbers in your analytics today?',
    ],
  },
  {
    id: 'site-speed',
    triggers: ['speed', 'page speed', 'site speed', 'pagespeed', 'core web vitals', 'load time', 'loading time', 'lighthouse', 'performance optimization'],
    weight: 2,
    noun: 'pages',
    insight: [
      'most slow pages are carrying scripts from apps or tools nobody uses any more.',
      'speed problems usually come from a few heavy scripts and images, so measuring beats guessing.',
    ],
    cause: [
      'third-party scripts and oversized images loading on every page, often from tools long since removed',
      'leftover code from old apps and plugins that still loads even though nothing uses it',
    ],
    consequence: [
      'removing what is unused tends to help more than any caching trick',
      'a before and after measurement on real phones keeps the work honest',
    ],
    approach: 'measure the slowest templates on a real phone, remove unused scripts, and fix images before touching anything else',
    firstStep: [
      'a speed audit of your key templates listing each heavy script and image with the fix for each',
      'a measured baseline of your slowest pages on mobile, with the first three fixes ranked by likely gain',
    ],
    scopeNote: 'Removing old scripts can break a feature nobody remembered, so changes are best tested on a copy first.',
    question: [
      'Which pages matter most to you for {term}, and do you have a measurement from before the slowdown?',
      'Which apps or tools were added around the time the {term} problem started?',
    ],
  },
  {
    id: 'ecommerce-store',
    triggers: ['shopify', 'woocommerce', 'bigcommerce', 'ecommerce', 'e-commerce', 'online store', 'product page', 'shopify plus', 'magento'],
    noun: 'store',
    insight: [
      'most store problems trace back to apps and theme edits layered on over time, more than to the platform.',
      'a store grows fragile as apps pile up, so knowing what each one does is the first fix.',
    ],
    cause: [
      'apps and theme edits layered on over time, with nobody sure which ones still matter',
      'custom theme changes mixed with app code, so every update risks breaking something',
    ],
    consequence: [
      'a clear picture of the current setup saves paying twice for the same fix',
      'cleaning up before building new features keeps the store easy to change later',
    ],
    approach: 'review the theme and installed apps, agree the changes with you on a duplicate theme, and release them in small steps',
    firstStep: [
      'a store review listing installed apps, theme edits and the changes your request needs',
      'a written plan for your change on a duplicate theme, with a preview link for you to test',
    ],
    scopeNote: 'Store apps and theme code often overlap, so changes are safest on a duplicate theme before they go live.',
    question: [
      'Which part of the {term} setup do you most want changed, and what should stay exactly as it is?',
      'Which apps in your {term} setup would you remove tomorrow if you could?',
    ],
  },
  {
    id: 'wordpress-site',
    triggers: ['wordpress', 'elementor', 'divi', 'gutenberg', 'wp engine', 'wordpress plugin'],
    noun: 'site',
    insight: [
      'slow or fragile WordPress sites usually suffer from plugin overlap more than from hosting.',
      'a WordPress site is usually as fragile as its least maintained plugin, so the stack matters first.',
    ],
    cause: [
      'plugins and page-builder add-ons doing the same job twice and loading on every page',
      'an aging plugin stack where one outdated add-on slows or breaks the rest',
    ],
    consequence: [
      'each fix needs checking on a staging copy before it touches the live site',
      'cleaning up the stack tends to pay off before any redesign',
    ],
    approach: 'inventory the plugins, remove the overlap on a staging copy, and only then tune hosting',
    firstStep: [
      'a plugin and theme inventory with each item marked as keep or remove, plus the reason',
      'a stack audit of plugins and theme with update risks flagged and a staging test plan',
    ],
    scopeNote: 'Updates on a live WordPress site can quietly break forms, so a staging copy and a backup come before any change.',
    question: [
      'Is there a staging copy of the {term} site already, or should setting one up be part of the work?',
      'Which {term} plugins does your team rely on daily, and which were added for a one-off need?',
    ],
  },
  {
    id: 'landing-page',
    triggers: ['landing page', 'conversion rate', 'cro', 'sales funnel', 'lead form', 'opt-in', 'signup page', 'squeeze page'],
    noun: 'page',
    insight: [
      'a landing page converts best when it answers one visitor\'s main objection before the first scroll.',
      'visitors decide in a few seconds whether the page is for them, so the headline carries most weight.',
    ],
    cause: [
      'a message written for several audiences at once, so none of them feels addressed',
      'a headline that describes the product instead of the result a visitor is looking for',
    ],
    consequence: [
      'choosing who the page is for matters more than testing button colours',
      'the top of the page deserves more testing effort than anything below it',
    ],
    approach: 'rewrite the top of the page around one visitor and one objection, then test that against the current version',
    firstStep: [
      'a one-page message map that pairs the visitor\'s main objection with the proof that answers it',
      'a rewritten headline and first section in a draft page you can compare with the current one',
    ],
    scopeNote: 'Conversion changes need enough traffic to judge, so it helps to agree up front how a change will be measured.',
    question: [
      'Who is the one visitor your {term} work has to convince, and what do they usually hesitate over?',
      'Where does most of the {term} traffic come from today, and what did those visitors search or click first?',
    ],
  },
  {
    id: 'website-build',
    triggers: ['website', 'web design', 'redesign', 'webflow', 'wix', 'squarespace', 'framer', 'web page', 'homepage'],
    noun: 'website',
    insight: [
      'a new site pays off when it is built around the enquiry path, not around the page list.',
      'the pages that bring enquiries deserve most of the budget, and a sitemap rarely shows which they are.',
    ],
    cause: [
      'a sitemap decided before anyone agreed what a visitor should do next',
      'a build planned page by page without deciding which pages carry the business',
    ],
    consequence: [
      'the page that turns a visitor into an enquiry deserves most of the effort',
      'the enquiry path should be designed and tested before the secondary pages',
    ],
    approach: 'map the path from first visit to enquiry, build that path first, and add the remaining pages around it',
    firstStep: [
      'a sitemap and wireframe of the main enquiry path for you to approve before any visual design',
      'a one-page plan of the enquiry path with a wireframe of its key page for your approval',
    ],
    scopeNote: 'Content is the usual source of delay on site builds, so it is worth agreeing early who writes each page.',
    question: [
      'What should a visitor be able to do after the {term} work that they cannot easily do today?',
      'Which page of the {term} brings in most of your enquiries today, and what would you change about it first?',
    ],
  },
  {
    id: 'bug-fix',
    triggers: ['bug', 'bugs', 'debugging', 'crash', 'error', 'errors', 'hotfix'],
    noun: 'fix',
    insight: [
      'a bug like this is fastest to fix once it can be reproduced on demand, so that comes first.',
      'the visible error is often a symptom, and the fix holds only when the trigger is understood.',
    ],
    cause: [
      'a difference between environments rather than the line of code the error points at',
      'state or data that only some users have, which makes the bug look random',
    ],
    consequence: [
      'a reliable way to reproduce the problem is worth more than a quick patch',
      'logging the conditions around each failure shortens the hunt',
    ],
    approach: 'reproduce the issue in a copy of your environment, fix the cause, and add a check so it cannot return unnoticed',
    firstStep: [
      'a written reproduction of the bug with the likely cause and a proposed fix for you to review',
      'a short diagnosis memo with the reproduction steps, the likely cause and a patch to test',
    ],
    scopeNote: 'Fixing one bug sometimes exposes a second one, so it helps to agree how newly found issues are handled.',
    question: [
      'Can you share the exact steps that reproduce the {term} issue, and does it happen for every user or only some?',
      'When did the {term} issue first appear, and what changed in the setup around that time?',
    ],
  },
  {
    id: 'web-app',
    triggers: ['react', 'next.js', 'nextjs', 'vue', 'angular', 'saas', 'web app', 'web application', 'frontend', 'front-end', 'full stack', 'full-stack', 'node.js', 'nodejs', 'django', 'laravel', 'ruby on rails'],
    noun: 'app',
    insight: [
      'most app builds slip on unclear edge cases and permissions rather than on the main screens.',
      'the first working version teaches more than the spec, so a thin slice early saves rework later.',
    ],
    cause: [
      'features specified by screen while the rules behind them stay unwritten',
      'edge cases and user permissions left implicit until the screens are already built',
    ],
    consequence: [
      'writing down who can do what saves rework later',
      'an early slice that real users can click exposes the missing rules quickly',
    ],
    approach: 'agree the data model and user roles first, build the thinnest working slice, and extend from there',
    firstStep: [
      'a thin working prototype of the main user flow, deployed where you can click through it',
      'a clickable slice of the main flow running on real data, with the open questions listed',
    ],
    scopeNote: 'Feature lists on app builds tend to grow once people use the first version, so it helps to agree how changes are priced.',
    question: [
      'Which single flow in the {term} build would prove the idea works if it were the only thing finished?',
      'Who will use the {term} first, and what must they be able to do on day one for it to be useful?',
    ],
  },
  {
    id: 'mobile-app',
    triggers: ['ios', 'android', 'flutter', 'react native', 'mobile app', 'swift', 'kotlin', 'app store', 'play store'],
    noun: 'app',
    insight: [
      'store review and device differences, more than the code, are where mobile launches stall.',
      'the app stores and the oldest phones your users own set the real limits, so those come first.',
    ],
    cause: [
      'store review rules and device testing left until the end of the build',
      'testing on the newest devices only, while many users run older phones and systems',
    ],
    consequence: [
      'a test build on real phones early avoids a late scramble',
      'device testing belongs early in the plan, not at the end',
    ],
    approach: 'ship a test build of the core flow to real devices early, then grow the feature set on top of it',
    firstStep: [
      'a test build of the core screen flow that you can install on your own phone',
      'a test build of the key screens checked on a small range of real devices, with issues listed',
    ],
    scopeNote: 'Store review can ask for changes after submission, so it is worth keeping room for one round of fixes.',
    question: [
      'Which devices do your users mostly have, and is the {term} build starting from scratch or from existing code?',
      'Is the {term} work for a new app or an existing one, and do you already have store accounts set up?',
    ],
  },
  {
    id: 'api-integration',
    triggers: ['api', 'apis', 'integration', 'integrations', 'webhook', 'webhooks', 'rest api', 'graphql', 'sync', 'stripe', 'twilio'],
    noun: 'integration',
    insight: [
      'integrations rarely fail on the happy path; they fail on retries and records that do not match.',
      'the hard part of an integration is deciding what happens when the two systems disagree.',
    ],
    cause: [
      'missing handling for failed calls and records that exist on one side only',
      'no agreed rule for conflicts and retries when one of the two systems fails part way',
    ],
    consequence: [
      'a mismatch report is as important as the sync itself',
      'a log of every mismatch is part of the deliverable, not an extra',
    ],
    approach: 'map the fields on both sides, build the sync with retries and logging, and report any record that does not match',
    firstStep: [
      'a field mapping between both systems with a test run on sample records',
      'a field mapping document and a test sync on a small batch of records with every mismatch logged',
    ],
    scopeNote: 'Third-party limits and sandbox access can slow integration work, so early access to test accounts matters.',
    question: [
      'Which system should win when the two sides of the {term} setup disagree about a record?',
      'How many records move through the {term} setup on a normal day, and how fresh do they need to be?',
    ],
  },
  {
    id: 'automation',
    triggers: ['zapier', 'make.com', 'integromat', 'n8n', 'automation', 'automations', 'airtable', 'workflow automation', 'power automate'],
    noun: 'workflow',
    insight: [
      'automations break quietly, so the alert when a run fails matters as much as the run itself.',
      'the first process worth automating is the boring one that happens most often, rarely the clever one.',
    ],
    cause: [
      'steps that fail without anyone being told, so bad data piles up unnoticed',
      'automating an unclear manual process, which only makes the confusion run faster',
    ],
    consequence: [
      'every automated step needs an owner and a failure alert',
      'writing the manual steps down first saves rebuilding the automation later',
    ],
    approach: 'map the manual process as it runs today, automate the most repetitive step, and add alerts before widening it',
    firstStep: [
      'a map of the current manual process with the first step to automate marked and tested',
      'a written map of the manual process with one automated step built and tested on real data',
    ],
    scopeNote: 'Automation platforms charge by task volume, so it helps to check expected volumes before choosing the tool.',
    question: [
      'What happens today when a step in the {term} process goes wrong, and who notices first?',
      'Which step of the {term} work takes your team the most time each week?',
    ],
  },
  {
    id: 'crm',
    triggers: ['hubspot', 'salesforce', 'crm', 'pipedrive', 'zoho', 'gohighlevel', 'highlevel', 'close.com'],
    noun: 'CRM',
    insight: [
      'a CRM only helps once the pipeline stages match how your team really sells.',
      'a CRM fills with bad data when entering it helps nobody, so the required fields decide its fate.',
    ],
    cause: [
      'pipeline stages and required fields that nobody on the sales side agreed to',
      'too many required fields that salespeople skip or fill with placeholders',
    ],
    consequence: [
      'cleaning the data without fixing the stages brings the mess back',
      'fewer, better-defined fields usually improve the reports more than new ones',
    ],
    approach: 'agree the pipeline stages with the people who use them, then clean and migrate the data into that shape',
    firstStep: [
      'a pipeline stage map with the required fields for each stage, checked against a sample of real deals',
      'a field audit of your CRM showing which fields are used, which are empty and which to drop',
    ],
    scopeNote: 'Imports into a live CRM are hard to undo, so a test import on a sample comes first.',
    question: [
      'Who uses the {term} setup day to day, and which report do they trust least right now?',
      'Which {term} report does your team look at every week, and do they believe it?',
    ],
  },
  {
    id: 'chatbot-llm',
    triggers: ['chatbot', 'chat bot', 'llm', 'openai', 'gpt', 'rag', 'ai agent', 'ai assistant', 'langchain', 'prompt engineering', 'vector database', 'claude'],
    noun: 'assistant',
    insight: [
      'an answer bot earns trust by citing sources and handing off when unsure, more than by sounding fluent.',
      'the quality of an answer bot depends more on its source documents than on the model behind it.',
    ],
    cause: [
      'answers that cannot be traced to a source, so nobody can tell a right answer from a confident wrong one',
      'help content that is outdated or contradicts itself, which the bot then repeats',
    ],
    consequence: [
      'a small test set of real questions is the first thing to build',
      'cleaning the source documents is part of the build, not a later task',
    ],
    approach: 'collect real questions with known answers, build retrieval over your own documents, and measure answers against that set',
    firstStep: [
      'a test set of real customer questions with the expected answers, and a first run scored against it',
      'a short review of your help content with gaps flagged, plus a scored test run on real questions',
    ],
    scopeNote: 'Model costs and answer quality both depend on the documents behind the bot, so the source material needs agreeing early.',
    question: [
      'Which questions should your {term} assistant refuse or hand to a person rather than answer itself?',
      'What should happen when your {term} assistant is unsure: hand over to a person, or ask a follow-up?',
    ],
  },
  {
    id: 'machine-learning',
    triggers: ['machine learning', 'ml', 'deep learning', 'computer vision', 'nlp', 'classification', 'prediction', 'predictive', 'forecasting', 'model training', 'pytorch', 'tensorflow', 'scikit-learn'],
    noun: 'model',
    insight: [
      'most model projects are decided by the labels and the baseline, well before the choice of algorithm.',
      'a simple model on clean data beats a complex one on noisy data more often than people expect.',
    ],
    cause: [
      'training data labelled inconsistently and no simple baseline to beat',
      'noisy labels and a test set that leaks information from the training data',
    ],
    consequence: [
      'a plain baseline tells you early whether a complex model is worth it',
      'checking the data split is worth doing before any tuning',
    ],
    approach: 'audit the labels, build a simple baseline, and only then try heavier models against the same test split',
    firstStep: [
      'a data and label audit with a simple baseline model scored on a held-out test set',
      'a baseline model with an honest held-out evaluation and a short note on label quality',
    ],
    scopeNote: 'Model accuracy depends on data nobody has looked at closely yet, so targets are best set after the first audit.',
    question: [
      'How are the {term} results used once they exist, and what does a wrong prediction cost you?',
      'How much labelled data do you have for the {term} work, and who labelled it?',
    ],
  },
  {
    id: 'web-scraping',
    triggers: ['scraping', 'scraper', 'web scraping', 'crawler', 'crawl', 'data extraction', 'selenium', 'puppeteer', 'playwright', 'beautifulsoup', 'scrapy'],
    noun: 'scraper',
    insight: [
      'scrapers rarely break on day one; they break when the site changes, so monitoring is the real work.',
      'the cost of a scraper is in keeping it running, so the check for broken output matters most.',
    ],
    cause: [
      'page layouts that change without notice and rate limits that block a naive crawler',
      'selectors tied to page details that change without warning, so the data quietly goes wrong',
    ],
    consequence: [
      'a scraper needs a check that notices empty or malformed results',
      'validation on every run is worth more than speed',
    ],
    approach: 'check the site terms and structure, build the extractor with validation, and log every page that returns odd data',
    firstStep: [
      'a sample extraction from a handful of target pages, with the output fields for you to check',
      'a sample run on a few target pages with the extracted fields and a validation report',
    ],
    scopeNote: 'Some sites forbid automated collection in their terms, so that is worth checking before the build.',
    question: [
      'How often does the {term} data need refreshing, and what format should the output land in?',
      'What should happen when one of the {term} sources changes its layout: an alert, or a pause?',
    ],
  },
  {
    id: 'data-pipeline',
    triggers: ['etl', 'elt', 'data pipeline', 'pipeline', 'pipelines', 'data warehouse', 'bigquery', 'snowflake', 'redshift', 'dbt', 'airflow', 'data engineering', 'databricks'],
    noun: 'pipeline',
    insight: [
      'pipelines fail most often at the source, when an upstream field changes and nothing checks it.',
      'a pipeline earns trust when bad data stops at the door instead of reaching the reports.',
    ],
    cause: [
      'no data checks between the source systems and the tables people report from',
      'transforms that assume clean input, so one upstream change spreads errors downstream',
    ],
    consequence: [
      'tests on incoming data catch problems before a dashboard shows them',
      'checks at the entry points protect every report built on top',
    ],
    approach: 'trace each report back to its sources, add checks at the entry points, and then rebuild the transforms',
    firstStep: [
      'a lineage map from source systems to reporting tables, with the missing data checks listed',
      'a map of each source feeding your reports, with a list of the checks missing at each entry point',
    ],
    scopeNote: 'Warehouse costs grow with query volume, so the refresh schedule is worth agreeing before the build.',
    question: [
      'Which report breaks first when something in the {term} layer fails, and who relies on it?',
      'Which source system in your {term} setup changes most often without warning?',
    ],
  },
  {
    id: 'dashboard-bi',
    triggers: ['dashboard', 'dashboards', 'power bi', 'powerbi', 'tableau', 'looker', 'looker studio', 'data studio', 'metabase', 'kpi', 'kpis', 'reporting'],
    noun: 'dashboard',
    insight: [
      'a dashboard gets used when each chart answers a decision someone makes, not when it shows it all.',
      'a dashboard that answers one weekly decision gets opened; one that shows everything gets ignored.',
    ],
    cause: [
      'metrics defined differently in each source, so the numbers never quite agree',
      'numbers that mean slightly different things in each team, so nobody trusts the totals',
    ],
    consequence: [
      'agreeing the metric definitions comes before any chart',
      'the metric definitions need an owner before the visuals need a designer',
    ],
    approach: 'write down each metric definition with its owner, build the model behind it, and then the visuals',
    firstStep: [
      'a one-page metric definition document naming each number with its source and owner, for you to sign off',
      'a metric definition document for your key numbers, with each source and owner named for sign-off',
    ],
    scopeNote: 'Data access is the usual hold-up on reporting work, so read access to the sources early makes a real difference.',
    question: [
      'Which decision should your {term} reporting make easier, and who makes it?',
      'Which meeting will the {term} reporting be opened in, and what gets decided there?',
    ],
  },
  {
    id: 'data-analysis',
    triggers: ['data analysis', 'data analyst', 'analysis', 'statistics', 'statistical', 'pandas', 'spss', 'stata', 'regression', 'survey data', 'data science', 'jupyter'],
    noun: 'analysis',
    insight: [
      'an analysis is only as useful as the question behind it, so pinning that down saves the most effort.',
      'the useful answer is usually narrower than the data allows, so the question has to come first.',
    ],
    cause: [
      'a broad request to find insights in the data, without the decision it should inform',
      'an open-ended request for insights with no decision attached to it',
    ],
    consequence: [
      'the question decides which cleaning and methods are worth the effort',
      'a sharp question makes the cleaning and the method much cheaper',
    ],
    approach: 'agree the question and the decision it feeds, check the data quality, and then run the analysis',
    firstStep: [
      'a short data quality review with the question restated and the method proposed',
      'a brief analysis plan that restates the question and checks the data against it',
    ],
    scopeNote: 'Data quality sets how far an analysis can go, so the method is best confirmed after a first look.',
    question: [
      'What decision will the {term} results feed into, and what answer would change it?',
      'Who will act on the {term} results, and what would they do differently depending on the answer?',
    ],
  },
  {
    id: 'spreadsheet',
    triggers: ['excel', 'google sheets', 'spreadsheet', 'spreadsheets', 'vba', 'macro', 'macros', 'formulas', 'financial model', 'pivot table', 'apps script'],
    noun: 'spreadsheet',
    insight: [
      'spreadsheets tend to fail where inputs and calculations are mixed, so separating them comes first.',
      'a spreadsheet becomes risky once several people edit it, so structure matters more than formulas.',
    ],
    cause: [
      'hard-coded values buried inside formulas, so one change breaks results elsewhere',
      'formulas and typed-in values mixed in the same cells, so errors hide in plain sight',
    ],
    consequence: [
      'a clear split between inputs and calculations makes the file safe to hand over',
      'separating inputs from calculations makes the file safer for everyone who edits it',
    ],
    approach: 'separate inputs from calculations, rebuild the key formulas, and add checks that flag broken totals',
    firstStep: [
      'a rebuilt version of the main sheet with inputs separated and a check row that flags errors',
      'a restructured version of the main sheet with an inputs tab and a checks row that flags errors',
    ],
    scopeNote: 'Other files may link to this one, so it is worth listing them before anything is renamed.',
    question: [
      'Who edits the {term} file besides you, and which numbers do you double-check by hand today?',
      'Which numbers in the {term} file go to someone outside your team, and how are they checked today?',
    ],
  },
  {
    id: 'data-cleaning',
    triggers: ['data entry', 'data cleaning', 'data cleanup', 'clean up data', 'deduplicate', 'duplicates', 'csv', 'data migration', 'data validation', 'cleansing'],
    noun: 'dataset',
    insight: [
      'the costly part of data cleanup is the rows that do not fit the rules, so those need a report.',
      'clean data depends on agreed rules more than effort, so the rules deserve a page of their own.',
    ],
    cause: [
      'records that disagree with each other and no rule for which one wins',
      'duplicate and conflicting records with no agreed rule for which one is right',
    ],
    consequence: [
      'an exception list is the deliverable that makes the clean data trustworthy',
      'a written rule set and an exception list make the result repeatable',
    ],
    approach: 'agree the rules for valid records, clean the bulk automatically, and report every exception with its source row',
    firstStep: [
      'a cleaned sample with an exception report listing each rejected row and the reason',
      'a written rule set applied to a sample, with an exception report for every row that fails',
    ],
    scopeNote: 'Cleanup rules often change once the first exceptions appear, so a sample run comes before the full set.',
    question: [
      'When two {term} records disagree, which source should win?',
      'Where do the {term} records come from, and which source do you trust most?',
    ],
  },
  {
    id: 'database-sql',
    triggers: ['sql', 'database', 'databases', 'postgres', 'postgresql', 'mysql', 'mongodb', 'sql server', 'query', 'queries', 'supabase', 'firebase'],
    noun: 'database',
    insight: [
      'slow queries usually trace back to a missing index or a schema shortcut rather than the server.',
      'most slow databases have a handful of queries doing most of the damage, so measuring comes first.',
    ],
    cause: [
      'queries that scan whole tables because the schema grew faster than its indexes',
      'a few heavy queries and missing indexes that grew with the data',
    ],
    consequence: [
      'measuring the slowest queries first avoids tuning the wrong thing',
      'fixing the worst few queries usually helps more than new hardware',
    ],
    approach: 'capture the slowest queries, read their plans, and fix indexes and schema shortcuts in order of impact',
    firstStep: [
      'a ranked list of the slowest queries with their query plans and the proposed fix for each',
      'a query review listing the heaviest queries with their plans and a proposed fix for each',
    ],
    scopeNote: 'Schema changes on a live database need a rollback plan, so they are best tested on a copy first.',
    question: [
      'Which {term} operations feel slowest to your users, and is there a copy of production to test on?',
      'How large are the {term} tables today, and how fast are they growing?',
    ],
  },
  {
    id: 'web-analytics',
    triggers: ['google analytics', 'ga4', 'tag manager', 'gtm', 'tracking', 'attribution', 'pixel', 'conversion tracking', 'conversions api', 'mixpanel', 'segment'],
    noun: 'tracking',
    insight: [
      'tracking problems usually start with events named differently across tools, not with the tags.',
      'reports go wrong quietly when one event fires twice, so checking events against reality comes first.',
    ],
    cause: [
      'events that fire twice or not at all, so every report built on them drifts',
      'duplicate or missing events that inflate some numbers and hide others',
    ],
    consequence: [
      'the numbers need checking against real orders before any report is trusted',
      'an event audit comes before any new dashboard',
    ],
    approach: 'list the events that matter, test each one against a real action, and fix naming before building reports',
    firstStep: [
      'a tracking audit listing each key event, where it fires and whether it matches real activity',
      'an event audit comparing tracked conversions with real orders or leads for a sample period',
    ],
    scopeNote: 'Consent banners change what can be tracked, so the consent setup is worth checking alongside the tags.',
    question: [
      'Which number in your {term} reports do you trust least right now?',
      'Which {term} number does your team argue about most often?',
    ],
  },
  {
    id: 'seo',
    triggers: ['seo', 'search engine', 'rankings', 'ranking', 'organic traffic', 'keyword research', 'backlinks', 'technical seo', 'search console', 'serp'],
    noun: 'site',
    insight: [
      'rankings usually stall on a few pages that compete for the same search, not on missing keywords.',
      'search traffic often stalls on technical blockers and overlapping pages rather than on content volume.',
    ],
    cause: [
      'several pages targeting the same search intent, so none of them ranks well',
      'pages competing for the same searches while technical issues hold back the strongest ones',
    ],
    consequence: [
      'merging or refocusing pages often helps more than publishing new ones',
      'consolidating and fixing existing pages usually comes before writing new ones',
    ],
    approach: 'map each important page to one search intent, fix the technical blockers, and then plan new content',
    firstStep: [
      'an intent map of your main pages showing overlaps and the technical issues blocking them',
      'a technical review and page overlap map, with the first fixes ranked by likely effect',
    ],
    scopeNote: 'Search results move slowly and depend on factors outside anyone\'s control, so progress is best tracked on leading signals.',
    question: [
      'Which pages bring your best enquiries today, and are they the pages your {term} work should focus on?',
      'Which searches would bring you buyers rather than browsers, and does any of your {term} work target them yet?',
    ],
  },
  {
    id: 'content-writing',
    triggers: ['blog', 'blog post', 'blog posts', 'article', 'articles', 'content writing', 'content writer', 'content strategy', 'ghostwriting', 'ghostwriter', 'long-form'],
    noun: 'content',
    insight: [
      'content earns its keep when each piece answers a question a buyer asks before buying.',
      'articles that answer buying questions bring enquiries, while general topics mostly bring browsers.',
    ],
    cause: [
      'topics picked for volume rather than mapped to the questions your buyers ask',
      'a content plan driven by keywords rather than by the questions buyers ask sales',
    ],
    consequence: [
      'a topic plan tied to buyer questions is worth more than a higher post count',
      'the sales team\'s questions are the best source of topics',
    ],
    approach: 'collect the questions your buyers ask, map one piece to each, and write the most commercial ones first',
    firstStep: [
      'a topic map linking each planned piece to a real buyer question, plus one finished draft',
      'a topic plan built from real buyer questions, with one finished draft to set the standard',
    ],
    scopeNote: 'Review rounds are the usual source of delay in content work, so it helps to agree who approves each piece.',
    question: [
      'Which questions do your buyers ask before they buy that your current {term} work does not answer yet?',
      'What do prospects ask your sales team most often that a good {term} piece could answer first?',
    ],
  },
  {
    id: 'copywriting',
    triggers: ['copywriting', 'copywriter', 'sales page', 'sales copy', 'product descriptions', 'product description', 'website copy', 'ad copy', 'web copy', 'messaging'],
    noun: 'copy',
    insight: [
      'copy converts when it uses the words your customers already use, so those are worth collecting.',
      'the strongest lines usually come from customers\' own words, not from a brainstorm.',
    ],
    cause: [
      'copy written in the company\'s language rather than the customer\'s',
      'copy that describes features in company language while buyers think in problems',
    ],
    consequence: [
      'reviews and sales calls are the best source for the headline',
      'reviews and sales calls are the raw material for the copy',
    ],
    approach: 'collect customer language from reviews and calls, draft around the main objection, and test the headline first',
    firstStep: [
      'a customer language sheet drawn from your reviews, with a draft headline and opening built from it',
      'a message brief drawn from customer reviews, with a draft headline and opening to react to',
    ],
    scopeNote: 'Copy depends on claims you can stand behind, so it helps to share any proof or numbers you are happy to publish.',
    question: [
      'What do your happiest customers say about you that the current {term} leaves out?',
      'Which objection stops buyers most often, and does the current {term} answer it?',
    ],
  },
  {
    id: 'email-marketing',
    triggers: ['email marketing', 'newsletter', 'newsletters', 'klaviyo', 'mailchimp', 'email sequence', 'email sequences', 'drip', 'email campaigns', 'email flows', 'activecampaign', 'convertkit'],
    noun: 'email program',
    insight: [
      'the automated flows usually earn more than the campaigns, yet they are often the least maintained.',
      'the automated emails send every day without anyone looking, so small fixes there add up quickly.',
    ],
    cause: [
      'automated flows set up once and never revisited, while effort goes into one-off sends',
      'welcome and follow-up flows set up once and left unchanged while the list grew',
    ],
    consequence: [
      'fixing the welcome and abandonment flows often comes before writing new campaigns',
      'reviewing the flows usually pays off before planning new campaigns',
    ],
    approach: 'review the automated flows and list health, fix the flows with the most traffic, and then plan campaigns',
    firstStep: [
      'a review of your current flows and list health, with the first flow to rewrite and why',
      'a flow and list review with the first flow to rewrite and a draft of its opening email',
    ],
    scopeNote: 'Deliverability depends on list health, so a cleanup may be needed before any new sends.',
    question: [
      'Which {term} flows are running today, and when were they last changed?',
      'Which {term} flow sees the most subscribers each month, and what does it ask them to do?',
    ],
  },
  {
    id: 'social-media',
    triggers: ['social media', 'instagram', 'tiktok', 'facebook page', 'content calendar', 'linkedin posts', 'social media manager', 'community management', 'reels', 'pinterest'],
    noun: 'social media',
    insight: [
      'posting more rarely fixes reach; a few repeatable formats that match one audience usually do.',
      'accounts grow on a few formats people expect and share, more than on a busy posting schedule.',
    ],
    cause: [
      'a posting plan built around frequency rather than formats your audience responds to',
      'content planned by date rather than by the formats that earn replies and saves',
    ],
    consequence: [
      'a small set of tested formats beats a full calendar of one-off ideas',
      'finding what already works matters more than posting more',
    ],
    approach: 'review what has worked so far, pick a few repeatable formats, and plan the calendar around them',
    firstStep: [
      'a review of your recent posts with the formats worth repeating and a sample plan built on them',
      'a review of your recent posts ranked by response, with a sample plan built on the best formats',
    ],
    scopeNote: 'Approval steps slow social work down, so it helps to agree who signs off on posts.',
    question: [
      'What should a new follower of your {term} do next, and how do you track whether they do it?',
      'What does a good month on your {term} account look like in your eyes: sales or followers?',
    ],
  },
  {
    id: 'paid-ads',
    triggers: ['google ads', 'facebook ads', 'meta ads', 'ppc', 'paid ads', 'ad campaigns', 'ad campaign', 'roas', 'adwords', 'paid social', 'media buying', 'tiktok ads', 'linkedin ads'],
    noun: 'ad account',
    insight: [
      'ad spend often leaks through weak conversion tracking, so the account reports wins it did not get.',
      'ad accounts often pay for clicks that never buy, and the reports hide it when tracking is off.',
    ],
    cause: [
      'conversion tracking that counts the wrong actions, so the bidding optimises for them',
      'bidding that optimises for the wrong conversion because of how tracking was set up',
    ],
    consequence: [
      'fixing what counts as a conversion comes before any new campaign',
      'the conversion setup decides what the platform learns to buy',
    ],
    approach: 'check that conversions track real sales, cut spend on search terms that never convert, and then rebuild campaigns',
    firstStep: [
      'an account audit listing wasted spend by search term and the tracking fixes needed first',
      'an account audit with wasted spend listed by search term or audience, and the tracking fixes',
    ],
    scopeNote: 'Ad platforms need a learning period after big changes, so results are best judged over a fair window.',
    question: [
      'Which conversion in your {term} account matters most to the business, and is it tracked today?',
      'Which sale or lead from your {term} account is worth the most to you, and can you see it in the reports?',
    ],
  },
  {
    id: 'lead-generation',
    triggers: ['lead generation', 'lead gen', 'leads', 'prospect list', 'prospecting', 'cold email', 'cold outreach', 'outreach', 'appointment setting', 'b2b leads', 'apollo', 'sales navigator'],
    noun: 'outreach',
    insight: [
      'lead lists fail on fit more than volume, so a tight definition of the right prospect comes first.',
      'a shorter list of prospects who fit well books more calls than a long list of names.',
    ],
    cause: [
      'a prospect definition too broad to write a relevant first message for',
      'targeting by job title alone, without the signals that show a real need',
    ],
    consequence: [
      'a smaller list that fits well usually books more calls',
      'a sample checked by you before the full run saves wasted outreach',
    ],
    approach: 'define the ideal prospect with you, build a small verified sample list, and check it before scaling up',
    firstStep: [
      'a verified sample list built to your ideal prospect definition, for you to check before the full run',
      'a sample prospect list built to your criteria, checked by you before any full run',
    ],
    scopeNote: 'Sending rules and data sources vary by region, so outreach is best checked against them before launch.',
    question: [
      'Which past customers would you most like more of, and what do they have in common that the {term} work should target?',
      'What signal tells you a prospect is ready to talk, and could the {term} work search for it?',
    ],
  },
  {
    id: 'ui-ux',
    triggers: ['ui', 'ux', 'ui/ux', 'figma', 'wireframe', 'wireframes', 'prototype', 'user experience', 'user interface', 'app design', 'design system', 'usability'],
    noun: 'design',
    insight: [
      'interface work goes faster once the main task a user comes to do is agreed before any screen.',
      'users judge an interface by whether they finish their task, so the flow matters before the look.',
    ],
    cause: [
      'screens designed one by one without a shared flow, so the pieces do not fit together',
      'polished screens around a flow nobody tested with a real user',
    ],
    consequence: [
      'a clickable flow reviewed early saves rounds of visual revisions',
      'a rough clickable flow tested early saves rounds of visual changes',
    ],
    approach: 'agree the main user task, sketch the flow as low-detail wireframes, and only then move to visual design',
    firstStep: [
      'a clickable low-detail prototype of the main user flow for you to test with a real user',
      'a low-detail clickable prototype of the main task, ready to test with one real user',
    ],
    scopeNote: 'Revision rounds are where design work grows, so it helps to agree how many are included.',
    question: [
      'What is the one task a user must finish for the {term} work to count as a success?',
      'Where do users get stuck today, and is there data or feedback on the {term} work already?',
    ],
  },
  {
    id: 'branding-logo',
    triggers: ['logo', 'logos', 'brand identity', 'branding', 'brand guidelines', 'visual identity', 'rebrand', 'brand book', 'style guide'],
    noun: 'brand',
    insight: [
      'a logo is judged where it will appear most, so the real places it lives should guide the design.',
      'a mark is judged at a glance and at small sizes, so testing it there saves rounds of revisions.',
    ],
    cause: [
      'designs judged on a blank canvas instead of where customers will see them',
      'choosing between designs shown large on a white page instead of where customers will see them',
    ],
    consequence: [
      'mock-ups in real use cases make the choice easier and faster',
      'mock-ups in context make the final choice faster',
    ],
    approach: 'agree where the mark will live, explore a few directions, and present each one in real use',
    firstStep: [
      'a short brief with a few design directions shown in the places your brand appears most',
      'a short brief and a few directions shown in real use, such as on your site and packaging',
    ],
    scopeNote: 'Brand work can stall on taste debates, so it helps to agree who has the final say.',
    question: [
      'Where will customers see your {term} most often, and is there anything it must sit next to?',
      'Which brands do your customers already trust, and how should your {term} sit beside them?',
    ],
  },
  {
    id: 'graphic-design',
    triggers: ['graphic design', 'graphic designer', 'graphics', 'social graphics', 'flyer', 'flyers', 'canva', 'banner', 'banners', 'infographic', 'illustration', 'illustrations', 'poster', 'thumbnail', 'thumbnails'],
    noun: 'design',
    insight: [
      'one-off graphics cost more over time than a reusable template set sized for each channel.',
      'a template set your team can edit saves more over time than any single finished graphic.',
    ],
    cause: [
      'each graphic made from scratch, so the look drifts and every request takes as long as the first',
      'graphics rebuilt from scratch for each request, so style drifts and turnaround stays slow',
    ],
    consequence: [
      'editable templates let your team make routine pieces without waiting',
      'a small editable set covers most routine requests',
    ],
    approach: 'agree the channels and sizes, design a small template set, and hand it over in a format your team can edit',
    firstStep: [
      'a first template in your main channel size, editable by your team, with one finished example',
      'one editable template in your most used size, with a finished example made from it',
    ],
    scopeNote: 'Source files and fonts matter for later edits, so it is worth agreeing the handover format up front.',
    question: [
      'Which channels is the {term} work for, and who on your team will edit it later?',
      'Which {term} requests come up most often, and who makes them today?',
    ],
  },
  {
    id: 'presentation',
    triggers: ['pitch deck', 'presentation', 'presentations', 'powerpoint', 'slides', 'slide deck', 'keynote', 'investor deck', 'google slides'],
    noun: 'deck',
    insight: [
      'a deck wins when each slide makes one claim the audience can check, so story comes before design.',
      'decks persuade through the order of the argument, and design only helps once that order is right.',
    ],
    cause: [
      'slides organised by topic rather than by the argument the audience needs to follow',
      'slides grouped by topic, so the audience never sees the argument build',
    ],
    consequence: [
      'an outline of claims agreed first keeps design rounds short',
      'agreeing a slide-by-slide outline first keeps design changes small',
    ],
    approach: 'outline the argument one claim per slide, agree it with you, and then design around that outline',
    firstStep: [
      'a one-line-per-slide outline of the argument for you to approve before design',
      'an outline with one claim per slide and the evidence each slide needs, for your approval',
    ],
    scopeNote: 'Numbers in a deck need a source you can stand behind, so the data should come from your side.',
    question: [
      'Who sits in the room for the {term} work, and what do you need them to decide at the end?',
      'What is the single decision you want from the people who see the {term} work?',
    ],
  },
  {
    id: 'video-editing',
    triggers: ['video editing', 'video editor', 'video', 'videos', 'youtube', 'premiere', 'premiere pro', 'final cut', 'davinci', 'shorts', 'after effects', 'motion graphics', 'capcut'],
    noun: 'videos',
    insight: [
      'viewers decide to stay in the opening seconds, so the hook deserves more edit time than the rest.',
      'the opening decides whether the rest gets watched, so it deserves the most editing attention.',
    ],
    cause: [
      'openings that explain before they show, so viewers leave before the good part',
      'slow openings that explain context before showing anything worth staying for',
    ],
    consequence: [
      'editing the opening hard and keeping the middle tight usually matters most',
      'tightening the openings usually lifts watch time more than effects do',
    ],
    approach: 'study where your viewers drop off, tighten the openings, and build a repeatable edit template',
    firstStep: [
      'one edited video with a reworked opening and a short note on the template behind it',
      'one fully edited video with a reworked opening, plus a note on the template behind it',
    ],
    scopeNote: 'Revision rounds and raw footage quality shape the effort, so it helps to agree the review steps up front.',
    question: [
      'Where do viewers drop off in your current {term} content, and do you have the retention graphs?',
      'Which of your {term} pieces performed best so far, and what do you think made it work?',
    ],
  },
  {
    id: 'translation',
    triggers: ['translation', 'translations', 'translator', 'localization', 'localisation', 'subtitles', 'subtitling', 'proofreading translation'],
    noun: 'translation',
    insight: [
      'translations read as native when product terms are fixed in a glossary before the first page.',
      'a translation reads as native only if key terms stay consistent, so a glossary comes first.',
    ],
    cause: [
      'key product terms translated differently from page to page',
      'product and brand terms rendered differently across pages and translators',
    ],
    consequence: [
      'a glossary agreed early keeps every page consistent',
      'a glossary and a native review keep every page consistent',
    ],
    approach: 'build a glossary of your key terms with you, translate against it, and have a native reviewer check the result',
    firstStep: [
      'a glossary of your key terms plus one translated sample page for you to review',
      'a glossary of your key terms and one translated sample page for your review',
    ],
    scopeNote: 'Legal or regulated text may need a certified translator, so it is worth flagging any such pages early.',
    question: [
      'Which readers is the {term} work for, and is there a term list or earlier version to stay consistent with?',
      'Who will read the {term} work, and is there a native speaker on your side to review it?',
    ],
  },
  {
    id: 'audio-transcription',
    triggers: ['podcast', 'podcasts', 'audio editing', 'transcription', 'transcripts', 'voiceover', 'voice over', 'audio'],
    noun: 'audio',
    insight: [
      'audio work is mostly decided by the raw recording, so a quick check of the source files comes first.',
      'the raw recording sets the ceiling, so a look at the source files comes before any editing.',
    ],
    cause: [
      'uneven source recordings that no amount of editing can fully rescue',
      'recordings made in different rooms and setups, which no edit fully evens out',
    ],
    consequence: [
      'a short recording guide can save more time than editing tricks',
      'a simple recording checklist often saves more time than editing',
    ],
    approach: 'check the raw files, agree a house style, and set up a repeatable edit and review routine',
    firstStep: [
      'one finished episode or sample file edited to an agreed house style, with notes on the source audio',
      'one sample file edited to an agreed style, with notes on the raw recording',
    ],
    scopeNote: 'Turnaround depends on recording quality, so it helps to share a typical raw file before agreeing scope.',
    question: [
      'What does a typical raw {term} file look like, and who records it?',
      'How are the {term} recordings made today, and who does the recording?',
    ],
  },
  {
    id: 'bookkeeping',
    triggers: ['bookkeeping', 'bookkeeper', 'quickbooks', 'xero', 'reconciliation', 'accounting', 'accounts payable', 'accounts receivable', 'financial statements', 'month-end', 'sage'],
    noun: 'books',
    insight: [
      'books go wrong at the uncategorised transactions, so a clear rule for those saves the most rework.',
      'books drift when transactions are coded by habit, so written coding rules save the most rework.',
    ],
    cause: [
      'transactions coded by habit rather than by rule, so reports drift from the bank',
      'a backlog of unreconciled transactions and no written rules for coding them',
    ],
    consequence: [
      'a written chart of accounts and coding rules keep the books consistent',
      'reconciling against the bank first shows how deep the cleanup goes',
    ],
    approach: 'reconcile each account against the bank, agree coding rules, and clear the backlog in that order',
    firstStep: [
      'a reconciliation of one account against the bank with an exception list for you to review',
      'a reconciliation of one account with an exception list and the coding rules it suggests',
    ],
    scopeNote: 'Tax filings may need a licensed accountant, so it is worth agreeing where bookkeeping ends.',
    question: [
      'Which {term} reports do you or your accountant rely on, and when were the books last reconciled?',
      'Which {term} deadline matters most to you right now, and who else works in the books?',
    ],
  },
  {
    id: 'virtual-assistant',
    triggers: ['virtual assistant', 'admin', 'administrative', 'inbox management', 'calendar management', 'scheduling', 'executive assistant', 'personal assistant', 'admin support', 'va'],
    noun: 'admin work',
    insight: [
      'assistant work pays off when recurring tasks are written down once, so nothing depends on memory.',
      'delegation works when recurring tasks are written down once, so nothing depends on memory.',
    ],
    cause: [
      'tasks handed over ad hoc, so each one needs explaining again',
      'tasks passed over in chat, so each one needs explaining again',
    ],
    consequence: [
      'a short playbook for recurring tasks frees the most of your time',
      'a short playbook per recurring task frees the most of your time',
    ],
    approach: 'list your recurring tasks, write a short playbook for each, and agree how urgent requests reach me',
    firstStep: [
      'a task list with a short playbook for the most frequent one, written for you to check',
      'a task inventory with a short written playbook for the most frequent one',
    ],
    scopeNote: 'Access to inboxes and accounts needs care, so it helps to agree permissions before starting.',
    question: [
      'Which recurring {term} task takes most of your time today?',
      'Which {term} tasks would you hand over first if you trusted them to be done right?',
    ],
  },
  {
    id: 'customer-support',
    triggers: ['customer support', 'customer service', 'zendesk', 'support tickets', 'helpdesk', 'help desk', 'live chat', 'freshdesk', 'intercom', 'gorgias', 'ticket'],
    noun: 'support',
    insight: [
      'most tickets repeat a handful of questions, so saved answers and a help page cut the queue fastest.',
      'a queue shrinks fastest when the most common questions get good saved answers and a help page.',
    ],
    cause: [
      'the same questions answered from scratch each time, with no record of what worked',
      'repeat questions answered from scratch each time, with no shared record of good answers',
    ],
    consequence: [
      'tagging tickets by reason shows which answers to write first',
      'tagging tickets by reason shows where the time goes',
    ],
    approach: 'tag recent tickets by reason, write saved answers for the most common ones, and agree escalation rules',
    firstStep: [
      'a breakdown of recent tickets by reason with saved answers drafted for the most common',
      'a breakdown of recent tickets by reason, with saved answers drafted for the most common',
    ],
    scopeNote: 'Refund and account decisions need a clear owner, so escalation rules are worth agreeing before handover.',
    question: [
      'Which {term} questions come in most often, and which ones need a decision from you?',
      'Which {term} questions take the longest to resolve, and why?',
    ],
  },
  {
    id: 'cyber-security',
    triggers: ['security', 'cyber security', 'cybersecurity', 'penetration testing', 'pentest', 'pen test', 'vulnerability', 'vulnerabilities', 'firewall', 'encryption', 'soc', 'iso', 'compliance', 'network security', 'hardening'],
    noun: 'setup',
    insight: [
      'most breaches start with access that was never removed, more than with a missing security tool.',
      'access left in place after people or tools change is a more common gap than a missing product.',
    ],
    cause: [
      'accounts and keys with more access than they need, and no record of who holds what',
      'broad permissions and old accounts that nobody reviews',
    ],
    consequence: [
      'an access review often closes more risk than a new tool',
      'an access review often closes more risk than new software',
    ],
    approach: 'inventory the systems and who can reach them, fix the highest-risk gaps, and document what changed',
    firstStep: [
      'an asset and access inventory with the highest-risk gaps ranked and a fix proposed for each',
      'an access inventory of your key systems, with the riskiest gaps ranked and a fix for each',
    ],
    scopeNote: 'Security testing needs written permission for each system, so the scope is best agreed in writing first.',
    question: [
      'Which systems in your {term} scope hold the data you would least want exposed?',
      'Which systems in the {term} work would hurt most if they were down or exposed?',
    ],
  },
  {
    id: 'devops-cloud',
    triggers: ['aws', 'azure', 'gcp', 'google cloud', 'devops', 'docker', 'kubernetes', 'ci/cd', 'terraform', 'deployment', 'server', 'servers', 'hosting', 'linux', 'nginx', 'cloud'],
    noun: 'infrastructure',
    insight: [
      'cloud setups get costly and fragile when changes are made by hand instead of written down as code.',
      'a setup that only one person can change is the biggest risk, more than the tools in use.',
    ],
    cause: [
      'infrastructure changed by hand, so nobody can rebuild it or explain the bill',
      'manual changes nobody wrote down, so the setup cannot be rebuilt or audited',
    ],
    consequence: [
      'capturing the current setup as code comes before improving it',
      'writing the setup down as code is the step that makes everything else safer',
    ],
    approach: 'document the current setup, capture it as code, and then fix cost and reliability issues one at a time',
    firstStep: [
      'an inventory of the current setup with the riskiest single points of failure and cost leaks ranked',
      'an inventory of your current setup with the single points of failure and cost leaks ranked',
    ],
    scopeNote: 'Production changes need a rollback path, so they are best rehearsed on a staging copy first.',
    question: [
      'What breaks today when one person on your {term} side is away, and how is a deploy done now?',
      'How are changes to the {term} setup made and reviewed today?',
    ],
  },
  {
    id: 'technical-writing',
    triggers: ['documentation', 'technical writing', 'technical writer', 'user manual', 'api docs', 'knowledge base', 'user guide', 'sop', 'sops', 'standard operating procedures', 'help center'],
    noun: 'documentation',
    insight: [
      'docs get read when they follow the task a reader is trying to finish, not the product menu.',
      'readers come to docs with a task in mind, so pages built around tasks get read and used.',
    ],
    cause: [
      'pages organised around features rather than the tasks readers come to finish',
      'documentation organised like the product menu rather than around what readers try to do',
    ],
    consequence: [
      'the most common support questions show which pages to write first',
      'support questions show which pages to write first',
    ],
    approach: 'list the tasks readers come to finish, write the most requested first, and test each page with a real reader',
    firstStep: [
      'a task-based outline of the docs plus one finished page tested against a real question',
      'a task-based outline of the docs with one finished page tested on a real reader',
    ],
    scopeNote: 'Docs drift as the product changes, so it helps to agree who keeps them current after handover.',
    question: [
      'Which {term} questions reach your team most often today?',
      'Who reads the {term} material most, and what are they usually trying to do when they open it?',
    ],
  },
  {
    id: 'workspace-files',
    triggers: ['google drive', 'google workspace', 'sharepoint', 'onedrive', 'file management', 'file structure', 'folder structure', 'notion', 'dropbox', 'confluence', 'permissions'],
    noun: 'workspace',
    insight: [
      'shared drives get messy through naming and ownership gaps rather than through the folder tree.',
      'a shared drive stays tidy when every folder has an owner and names follow one rule.',
    ],
    cause: [
      'files without a clear owner or naming rule, so copies multiply and nobody trusts the latest version',
      'no naming rule and no folder owners, so duplicates multiply',
    ],
    consequence: [
      'a naming rule and an owner per folder matter more than the tree',
      'naming rules and ownership matter more than the folder tree itself',
    ],
    approach: 'agree naming and ownership rules with your team, set up the structure and permissions, and move files in batches',
    firstStep: [
      'a proposed folder structure with naming rules and permissions, tested by your team on a sample',
      'a proposed folder structure with naming rules and permissions, tried by your team on a sample',
    ],
    scopeNote: 'Moving shared files can break links in other documents, so a test move on a sample comes first.',
    question: [
      'Who on your team creates most of the files in your {term} setup, and where do they look first when something is missing?',
      'Where does your team look first when a file in the {term} setup goes missing?',
    ],
  },
];

/** Used when no domain pattern matches the post. */
export const GENERIC_INSIGHT: Insight = {
  id: 'generic',
  triggers: [],
  noun: 'project',
  insight: [
    'most of the risk sits in what the post leaves open, so settling that first saves the most time.',
    'the parts the post leaves open are where the risk sits, so pinning them down first saves time.',
    'work like this usually goes well or badly on how clearly done is defined at the start.',
    'the first useful result matters more than the full plan, because it shows what the real work is.',
  ],
  cause: [
    'an unwritten definition of done, so the work and the expectations drift apart',
    'expectations that live in someone\'s head rather than in a written definition of done',
    'open questions about scope that only surface once the work has started',
    'a plan agreed in outline while the details that decide the effort stay open',
  ],
  consequence: [
    'agreeing how the result will be checked matters as much as the work itself',
    'a short written definition of done helps both sides more than a long plan',
    'a small first piece, checked together, is the quickest way to settle the open points',
  ],
  approach: 'agree what done looks like, deliver a small first piece against it, and adjust from your feedback',
  firstStep: [
    'a short written plan with what done looks like and a first small piece for you to review',
    'a short plan that defines done, plus a small first piece for you to review against it',
    'a one-page scope summary with the open questions answered and a first sample to check',
  ],
  scopeNote: 'Open points in the post are best settled before any estimate, so nobody is surprised later.',
  question: [
    'How will you judge the {term} work as finished and working?',
    'What would make you say the {term} work was worth it, a month after it is done?',
    'What has already been tried on the {term} side, and what did it teach you?',
  ],
};

/**
 * Closing questions that fit any domain because they name the post's own term. Drafts draw on them
 * as well as on the domain's questions, so similar posts do not all end on the same line.
 */
export const SHARED_QUESTIONS: readonly string[] = [
  'What has already been tried on the {term} side, and what did it teach you?',
  'Who on your side signs off on the {term} work, and what do they need to see first?',
  'Which part of the {term} work would you want to see working before anything else?',
  'What would tell you, a month from now, that the {term} work paid off?',
];
