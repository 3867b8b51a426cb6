/** Task patterns for marketing work: social media management, ads, email marketing, SEO audits. */
import type { TaskPattern } from '../task-pattern.ts';

export const MARKETING_PATTERNS: readonly TaskPattern[] = [
  {
    id: 'social-media-management',
    triggers: [
      /\bsocial\s+media\s+(?:manag\w*|marketing|accounts?|pages?|presence)\b/i,
      /\b(?:manag\w*|run|running|grow\w*|handl\w*)\s+(?:(?:a|an|the|my|our)\s+)?(?:\w+\s+)?(?:instagram|facebook|tiktok|linkedin|twitter|x|pinterest|youtube|social)(?:\s+(?:accounts?|pages?|channels?|profiles?))?\b/i,
      /\bcommunity\s+manag\w*/i,
      /\bsocial\s+media\b/i,
      /\b(?:instagram|facebook|tiktok|twitter|pinterest)\b/i,
    ],
    skills: ['social media', 'social media marketing', 'instagram', 'facebook', 'tiktok', 'linkedin', 'community management', 'content strategy'],
    level: 'ai_assisted',
    reason:
      'Scheduling and caption drafting are largely automated; choosing what to post for a business goal and talking with the community still need a person.',
    buyer: 'A business posting on social channels without knowing what it gets back',
    problem: 'Posts go out without a goal, engagement is flat and nobody can say whether the channel brings customers.',
    before: 'Posting when there is time, with no plan, no rules for replies and no reporting.',
    after: 'A content plan tied to a business goal, a steady posting rhythm, replies handled and a monthly report on what moved.',
    outcome:
      'A content plan tied to a stated business goal, posts scheduled to it, community replies handled under agreed rules, and a monthly report of what the platforms show.',
    valueLevers: ['revenue', 'speed'],
    countedDeliverable: {
      counted: '{count} {unit} planned, produced and scheduled against the content plan',
      uncounted: 'Posts planned, produced and scheduled against the content plan',
    },
    deliverables: [
      'A content plan: goal, themes, formats and posting rhythm',
      'Reply guidelines: what to answer, what to escalate and to whom',
      'A monthly report with figures exactly as the platforms report them',
    ],
    inclusions: ['Captions and simple graphics from the client’s templates', 'Community replies during agreed hours', 'A monthly review call'],
    exclusions: ['Paid advertising', 'Influencer fees', 'Crisis communications'],
    acceptanceCriteria: [
      'Every post goes out on the day the plan sets',
      'Every escalation follows the reply guidelines',
      'The monthly report shows the platforms’ own figures next to the goal they relate to',
    ],
    headline: 'Social channels that work toward a business goal: a plan, a steady rhythm, handled replies and a monthly report',
    repackage: 'Sell a goal-led social programme with reply rules and monthly reporting, not a number of posts per week.',
  },
  {
    id: 'ads-management',
    triggers: [
      /\b(?:ppc|sem|paid\s+(?:ads|social|search|media|advertising))\b/i,
      /\b(?:google|facebook|meta|instagram|linkedin|tiktok|amazon|bing)\s+ads\b/i,
      /\bad\s+campaigns?\b/i,
      /\bads?\s+manag\w*/i,
      /\badwords\b/i,
      /\bmedia\s+buy\w*/i,
      /\badvertising\b/i,
    ],
    skills: ['google ads', 'facebook ads', 'meta ads', 'ppc', 'paid social', 'sem', 'advertising', 'media buying'],
    level: 'human_critical',
    reason:
      'Platforms automate bidding and creative mixes, but deciding what to spend, what counts as a good lead and when to stop a campaign is judgement with the client’s money.',
    buyer: 'A business spending on ads without knowing which spend brings customers',
    problem:
      'Ad money goes out each month but conversions are not tracked to sales, so budget keeps flowing to campaigns that may not pay back.',
    before: 'Campaigns on platform defaults, conversions counted by the platform, and no link to real sales.',
    after: 'Campaigns restructured around conversions the business agrees count, spend moved by written rules, and reporting tied to sales.',
    outcome:
      'Accounts restructured around conversions tracked to real sales, written rules for moving or pausing spend, and a monthly report that ties spend to those conversions.',
    valueLevers: ['revenue', 'cost', 'judgment'],
    countedDeliverable: {
      counted: '{count} {unit} audited and restructured around tracked conversions',
      uncounted: 'The agreed campaigns audited and restructured around tracked conversions',
    },
    deliverables: [
      'An account audit: wasted spend, tracking gaps and structure problems',
      'Conversion tracking checked end to end',
      'Budget rules: when spend moves and when a campaign pauses',
    ],
    inclusions: ['Ad copy and audience changes within the agreed budget', 'Weekly checks', 'A monthly report and review call'],
    exclusions: ['Ad spend, paid by the client to the platform', 'Landing page builds unless agreed', 'Creative production beyond ad copy'],
    acceptanceCriteria: [
      'Each conversion action fires in a recorded test',
      'Every budget change is logged with the rule that triggered it',
      'The monthly report ties spend to the tracked conversions',
    ],
    headline: 'Ad spend you can trace to customers: campaigns rebuilt around tracked conversions with written budget rules',
    repackage: 'Sell accountable spend (tracked conversions, budget rules, reporting tied to sales) instead of campaign management hours.',
  },
  {
    id: 'email-marketing',
    triggers: [
      /\bemail\s+(?:marketing|campaigns?|sequences?|automation|flows?|funnels?)\b/i,
      /\b(?:mailchimp|klaviyo|convertkit|kit\.com|activecampaign|brevo|hubspot\s+email)\b/i,
      /\bdrip\s+campaigns?\b/i,
      /\bcold\s+e-?mail\w*/i,
    ],
    skills: ['email marketing', 'klaviyo', 'mailchimp', 'convertkit', 'activecampaign', 'copywriting', 'automation'],
    level: 'ai_assisted',
    reason:
      'AI drafts emails in seconds and tools send them on triggers; picking the moments that matter and reading what the list does is the valuable part.',
    buyer: 'A business with subscribers or customers it rarely emails with a purpose',
    problem: 'Subscribers sign up and hear nothing useful, or get blasts, so the list earns little and unsubscribes grow.',
    before: 'Occasional blasts to the whole list, no automated sequences and no reading of results.',
    after: 'Automated sequences for the key moments, such as welcome and follow-up, with results reported from the email tool.',
    outcome:
      'Automated email sequences for the key customer moments, segmented by behaviour, with results reported from the email tool’s own figures.',
    valueLevers: ['revenue'],
    countedDeliverable: {
      counted: '{count} {unit} written, built and tested in the email tool',
      uncounted: 'The agreed sequences written, built and tested in the email tool',
    },
    deliverables: ['A sequence map: trigger, timing and goal of each email', 'Segments defined in the tool', 'A results report per sequence'],
    inclusions: ['Copy for each email', 'Test sends across common email clients', 'Setup in the client’s email tool'],
    exclusions: ['Buying lists', 'The email tool subscription', 'Deliverability fixes at the domain level'],
    acceptanceCriteria: [
      'Every email in each sequence triggers correctly in a test',
      'Every link is tested',
      'Unsubscribe and consent handling are tested in each sequence',
    ],
    headline: 'Subscribers who hear from you at the right moment: automated sequences with results reported',
    repackage: 'Sell automated sequences for the moments that matter, with results reporting, instead of single campaigns.',
  },
  {
    id: 'seo-audit',
    triggers: [/\bseo\s+(?:audit|strategy|review|consult\w*|analysis|plan)\b/i, /\btechnical\s+seo\b/i, /\bseo\b/i, /\bsearch\s+engine\s+optimi[sz]ation\b/i],
    skills: ['seo', 'technical seo', 'seo audit', 'google search console', 'ahrefs', 'semrush', 'analytics'],
    level: 'ai_assisted',
    reason:
      'Crawlers and AI tools list issues automatically; the value is deciding which fixes matter for this business and in what order.',
    buyer: 'A site owner whose search traffic has stalled or dropped',
    problem:
      'Search traffic has stalled and automated tools list more issues than anyone can fix, so the team does not know what to fix first.',
    before: 'Long tool-generated issue lists with no priorities and no link to the pages that earn money.',
    after: 'A ranked fix list tied to the pages that matter for revenue, with an owner and a check for each fix.',
    outcome:
      'A prioritised fix list ranking issues by their effect on the pages that earn enquiries or sales, with an owner and a check for each fix.',
    valueLevers: ['revenue', 'judgment'],
    countedDeliverable: {
      counted: '{count} {unit} reviewed and ranked by effect on revenue pages',
      uncounted: 'The site reviewed, with issues ranked by effect on revenue pages',
    },
    deliverables: [
      'A crawl and search console review',
      'A prioritised fix list with owner, effort and how to verify each fix',
      'A walkthrough call with the team',
    ],
    inclusions: ['A technical, on-page and content review', 'A comparison with competitors for the main terms', 'A follow-up check of the first fixes'],
    exclusions: ['Carrying out the fixes unless agreed', 'Buying links', 'Rank positions, which search engines decide'],
    acceptanceCriteria: [
      'Every item on the fix list names the page, the issue and how to verify the fix',
      'Each fix is ranked with the reason for its rank',
      'The team confirms each owner in the walkthrough',
    ],
    headline: 'Knowing which search fixes matter first: a fix list ranked by effect on the pages that earn money',
    repackage: 'Sell a fix list ranked by revenue impact with owners and checks, not a tool-generated audit.',
  },
];
