/** Task patterns for web work: websites, WordPress, Shopify, landing page builds, bug fixes. */
import type { TaskPattern } from '../task-pattern.ts';

export const WEB_PATTERNS: readonly TaskPattern[] = [
  {
    id: 'website',
    triggers: [/\bweb\s*sites?\b/i, /\bweb\s*develop\w*/i, /\bweb\s*pages?\b/i, /(?<!\b(?:on|off)[- ])\bsite\b/i, /\bhomepage\b/i],
    skills: ['web development', 'website', 'web design', 'html', 'css', 'javascript', 'react', 'next.js', 'webflow', 'analytics'],
    level: 'ai_assisted',
    reason:
      'Site builders and AI tools produce a working site quickly; deciding what the site must get visitors to do, and measuring whether it does, is where the value sits.',
    buyer: 'A business that needs its website to bring in enquiries, not just exist',
    problem:
      'The site looks acceptable but visitors do not find the path to enquire or buy, and nobody knows where they drop off.',
    before: 'Pages built around the company’s structure, with the contact path buried and no conversion tracking.',
    after: 'A rebuilt lead path from landing to enquiry, with conversion events tracked and reported.',
    outcome:
      'A rebuilt lead path from first visit to enquiry, conversion events instrumented in analytics, and a report on how visitors move through it after launch.',
    valueLevers: ['revenue', 'judgment'],
    countedDeliverable: {
      counted: '{count} {unit} built or rebuilt along the lead path',
      uncounted: 'The pages on the lead path built or rebuilt, within the scope agreed in the brief',
    },
    deliverables: [
      'A lead path map: entry pages, the steps to enquiry and what each step must answer',
      'Conversion events set up in analytics and documented',
      'A post-launch report on the lead path from the tracked events',
    ],
    inclusions: ['Mobile and desktop testing on current browsers', 'Basic on-page SEO for the rebuilt pages', 'A handover session and written notes'],
    exclusions: ['Hosting and domain costs', 'Content writing beyond the lead path pages', 'Ongoing maintenance unless agreed'],
    acceptanceCriteria: [
      'Each conversion event fires in a test recorded at handover',
      'Every page on the lead path loads and works on mobile and desktop',
      'The client edits page text without developer help, confirmed at handover',
    ],
    headline: 'A website that turns visits into enquiries: a rebuilt lead path with conversion tracking and a results report',
    repackage: 'Sell the lead path rebuild with conversion tracking and a results report, not a number of pages.',
  },
  {
    id: 'wordpress',
    triggers: [/\bword\s*press\b/i, /\bwp\b/i, /\belementor\b/i, /\bwoo\s*commerce\b/i],
    skills: ['wordpress', 'php', 'elementor', 'woocommerce', 'web development'],
    level: 'ai_assisted',
    reason:
      'Themes, page builders and AI plugins cover most setups; keeping a site fast, secure and safe to update is the part owners pay to have handled.',
    buyer: 'A business running on WordPress whose site has grown fragile',
    problem:
      'Plugins pile up, updates break things and pages slow down, so the owner avoids changes and the site falls behind.',
    before: 'A site with unmanaged plugins, skipped updates and backups nobody has tested.',
    after: 'A site on a documented plugin set, updated, backed up and fast enough that changes stop being risky.',
    outcome:
      'A WordPress site with an audited plugin set, tested backups, page speed measured before and after, and a written update routine.',
    valueLevers: ['risk', 'speed'],
    countedDeliverable: {
      counted: '{count} {unit} built or fixed in WordPress to the agreed specification',
      uncounted: 'WordPress pages and features built or fixed to the agreed specification',
    },
    deliverables: [
      'A plugin audit: what each plugin does, what can go and what replaces it',
      'A documented backup and restore test',
      'Page speed before and after, measured with the same tool',
    ],
    inclusions: ['A staging copy for changes before they go live', 'Security hardening of logins and updates', 'Handover notes'],
    exclusions: ['Hosting fees and premium plugin licences', 'Content writing', 'Custom plugin development unless agreed'],
    acceptanceCriteria: [
      'A restore from backup is tested on staging and shown at handover',
      'Every plugin left installed appears in the audit with a reason',
      'Speed is measured before and after with the same tool and page',
    ],
    headline: 'A WordPress site you can update without fear: audited plugins, tested backups and measured speed',
    repackage: 'Sell a WordPress stability package (plugin audit, tested backups, measured speed), not hours of theme tweaks.',
  },
  {
    id: 'shopify-store',
    triggers: [/\bshopify\b/i, /\be-?commerce\s+(?:store|site|website|shop)\b/i, /\bonline\s+(?:store|shop)\b/i],
    skills: ['shopify', 'ecommerce', 'e-commerce', 'liquid', 'woocommerce', 'online store'],
    level: 'ai_assisted',
    reason:
      'Store themes and apps get a shop online in a day; the checkout path, the product data and the numbers behind them decide whether it sells.',
    buyer: 'A merchant whose store gets visitors but loses them before checkout',
    problem:
      'Shoppers add to cart and leave, or never find the right product, and the owner cannot see where they drop off.',
    before: 'A theme on default settings, apps added as needs came up, and no tracking of the checkout funnel.',
    after: 'A store with a cleaned product structure, a tested checkout path and funnel events reported from browsing to purchase.',
    outcome:
      'A store with its collections and product data cleaned up, the path to checkout tested, and funnel events from product view to purchase tracked and reported.',
    valueLevers: ['revenue'],
    countedDeliverable: {
      counted: '{count} {unit} set up or cleaned in the store',
      uncounted: 'Store pages, collections and products set up or cleaned, within the agreed scope',
    },
    deliverables: [
      'A funnel report from product view to purchase, from the store’s analytics',
      'An app audit: what each app does and what it costs each month',
      'A checkout test log covering payment, shipping and tax cases',
    ],
    inclusions: ['Theme setup or adjustments', 'Mobile checkout testing', 'Handover notes for adding products'],
    exclusions: ['Theme and app subscriptions', 'Product photography', 'Advertising'],
    acceptanceCriteria: [
      'Every checkout test case in the log passes',
      'Funnel events appear in the store’s analytics, verified with a test purchase',
      'The client adds a product without help, confirmed at handover',
    ],
    headline: 'A store that loses fewer shoppers before checkout: a cleaned catalogue, a tested checkout and a funnel you can read',
    repackage: 'Sell a checkout and funnel package with tracked events, not store setup by the hour.',
  },
  {
    id: 'landing-page-build',
    triggers: [/\blanding\s*pages?\b/i, /\bsales\s+funnels?\b/i, /\bfunnels?\b/i],
    skills: ['landing page', 'web development', 'conversion', 'unbounce', 'webflow', 'analytics'],
    level: 'ai_assisted',
    reason:
      'Page builders and AI tools assemble a page in an hour; tying it to a single campaign goal and proving what it does is the part worth paying for.',
    buyer: 'A business running a campaign that needs a page to turn traffic into leads',
    problem:
      'Campaign traffic lands on a general page or a slow template, so each lead costs too much and nobody knows why.',
    before: 'Traffic sent to the home page or a template page, with no tracking of form starts.',
    after: 'A fast, tracked landing page built for the campaign’s single goal, with its results reported.',
    outcome:
      'A landing page built for a single campaign goal, with form and call-to-action events tracked, load speed measured and results reported after launch.',
    valueLevers: ['revenue', 'cost'],
    countedDeliverable: {
      counted: '{count} {unit} built, each tied to a single campaign goal',
      uncounted: 'The landing page built for a single campaign goal, with variants as agreed',
    },
    deliverables: [
      'Event tracking for form starts, submissions and call-to-action clicks',
      'A results report after launch from the tracked events',
      'A test variant set up if the client wants to test',
    ],
    inclusions: ['A mobile-first build', 'The form connected to the client’s CRM or email tool', 'Load speed measured before handover'],
    exclusions: ['Ad campaign setup and spend', 'Copywriting unless agreed', 'Ongoing optimisation unless agreed'],
    acceptanceCriteria: [
      'Every tracked event fires during a recorded test submission',
      'The page loads on mobile and desktop without layout errors',
      'Every test form submission arrives in the client’s tool',
    ],
    headline: 'Campaign traffic that turns into leads: a fast, tracked landing page with its results reported',
    repackage: 'Sell a tracked campaign page with a results report, rather than a page build.',
  },
  {
    id: 'bug-fixes',
    triggers: [/\bbugs?\b/i, /\bbug\s*fix\w*/i, /\bfix\w*\s+(?:\w+\s+){0,2}?(?:errors?|issues?|problems?|bugs?|crash\w*)\b/i, /\bdebug\w*/i, /\btroubleshoot\w*/i],
    skills: ['debugging', 'bug fixing', 'javascript', 'python', 'php', 'testing', 'web development'],
    level: 'ai_assisted',
    reason:
      'Coding assistants find and patch many bugs quickly; reproducing the problem, finding its cause and making sure it stays fixed is what the client is buying.',
    buyer: 'A team whose product breaks in ways that cost customers or time',
    problem:
      'Bugs recur or get patched without a cause found, so the same problems return and the team loses trust in releases.',
    before: 'Bug reports without reproduction steps, fixed by guesswork, with no test left behind.',
    after: 'Each bug reproduced, its cause written down, fixed and covered by a test so it does not quietly return.',
    outcome:
      'Each reported bug reproduced, fixed at its cause and covered by an automated test, with a short note per fix the team can review.',
    valueLevers: ['risk', 'speed'],
    countedDeliverable: {
      counted: '{count} {unit} reproduced, fixed at the cause and covered by a test',
      uncounted: 'The reported bugs reproduced, fixed at the cause and covered by tests',
    },
    deliverables: ['A note per fix: how to reproduce it, the cause, the change and the test', 'Pull requests ready for the team’s review'],
    inclusions: ['Reproduction on staging or a copy of the affected system', 'A regression test for each fix', 'A list of related risks found on the way'],
    exclusions: ['New features', 'Refactoring beyond what each fix needs', 'Infrastructure changes unless agreed'],
    acceptanceCriteria: [
      'Each fix ships with a test that fails before the change and passes after it',
      'The team reviews and merges each pull request',
      'Each reported reproduction no longer shows the bug on staging',
    ],
    headline: 'Fixes that stay fixed: bugs reproduced, resolved at the cause and covered by tests',
    repackage: 'Sell root-cause fixes with regression tests and written notes, not bug-fixing hours.',
  },
];
