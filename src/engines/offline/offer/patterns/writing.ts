/** Task patterns for written work: posts, articles, copy, SEO content, newsletters, editing, translation, transcription. */
import type { TaskPattern } from '../task-pattern.ts';

export const WRITING_PATTERNS: readonly TaskPattern[] = [
  {
    id: 'blog-posts',
    triggers: [/\bblog\s*posts?\b/i, /\bblog(?:ging|s)?\b/i],
    skills: ['blog', 'blogging', 'content writing', 'content strategy', 'copywriting', 'seo'],
    level: 'ai_assisted',
    reason:
      'Drafting generic posts is now cheap with AI tools; choosing topics from real buyer questions, checking facts and keeping the brand voice still need a person.',
    buyer: 'A business that relies on search and content to bring in qualified leads',
    problem:
      'Posts get published but do not answer the questions buyers ask before they buy, so they bring visits without enquiries.',
    before: 'Posts written topic by topic, without research behind them or a link to what buyers ask.',
    after: 'A connected topic cluster in which every post answers a documented buyer question and links to the next step.',
    outcome:
      'A topic cluster mapped to documented buyer questions, each question answered by a drafted, reviewed post that links to a clear next step.',
    valueLevers: ['revenue', 'speed'],
    countedDeliverable: {
      counted: '{count} {unit}, each drafted to answer one documented buyer question',
      uncounted: 'Drafted posts, each answering one documented buyer question, in the number agreed in the brief',
    },
    deliverables: [
      'A buyer-question map: each question, where it was found, and the post that answers it',
      'An internal link plan connecting the posts to the page that converts',
    ],
    inclusions: [
      'Research of buyer questions from sales calls, support tickets, reviews and search results',
      'An outline for each post, approved before drafting',
      'One round of revisions per post',
    ],
    exclusions: ['Publishing, hosting and CMS setup', 'Paid promotion of the posts', 'Original photography or custom illustration'],
    acceptanceCriteria: [
      'Each post reviewed against the brief and approved by the client',
      'Each post names the buyer question it answers in its first paragraph',
      'Every factual claim has a source link in the draft notes',
    ],
    headline: 'Answers to the questions your buyers ask: a researched topic cluster of drafted posts',
    repackage:
      'Sell a topic cluster mapped to documented buyer questions instead of a number of posts; price the research and the map, not the word count.',
  },
  {
    id: 'articles',
    triggers: [/\barticles?\b/i, /\bthought\s+leadership\b/i, /\bwhite\s*papers?\b/i, /\bcontent\s+writ\w*/i],
    skills: ['article', 'articles', 'content writing', 'thought leadership', 'white paper', 'journalism'],
    level: 'ai_assisted',
    reason:
      'AI tools write passable generic articles; drawing out what the client’s own experts know and checking every claim is what a reader cannot get elsewhere.',
    buyer: 'A company whose expertise is not yet visible to the buyers it wants',
    problem:
      'The team knows things buyers would pay for, but nothing published shows it, so prospects compare on price.',
    before: 'Expert knowledge kept in the heads of the team and in scattered notes.',
    after: 'Published, sourced articles that show the team’s expertise in the words its buyers use.',
    outcome:
      'Articles built from interviews with the client’s own experts, each making a single clear argument a buyer can act on.',
    valueLevers: ['revenue', 'judgment'],
    countedDeliverable: {
      counted: '{count} {unit}, each built from an interview with a subject expert',
      uncounted: 'Long-form articles, each built from an interview with a subject expert',
    },
    deliverables: ['An interview guide and notes for each article', 'A summary and pull quotes for reuse on social channels'],
    inclusions: ['An expert interview for each article', 'Source checking and citations', 'Two rounds of edits'],
    exclusions: ['Publishing under the client’s accounts', 'Design of downloadable versions', 'Promotion and distribution'],
    acceptanceCriteria: [
      'Each article approved by the expert interviewed',
      'Every statistic or claim carries a source',
      'Each article states its argument in the opening paragraph',
    ],
    headline: 'Your team’s expertise made visible: sourced articles drawn from interviews with your experts',
    repackage:
      'Sell expert-interview articles that turn the client’s own knowledge into proof, rather than generic articles priced by the word.',
  },
  {
    id: 'copywriting',
    triggers: [/\bcopy\s*writ\w*/i, /\bwebsite\s+copy\b/i, /\bsales\s+(?:page|copy|letter)s?\b/i, /\bad\s+copy\b/i],
    skills: ['copywriting', 'copy', 'conversion copy', 'sales page', 'messaging'],
    level: 'ai_assisted',
    reason:
      'AI tools produce fluent copy in seconds; knowing which objection stops a buyer and which claims the business can back is the part a person still does.',
    buyer: 'A business whose pages get traffic but too few enquiries or sales',
    problem:
      'The copy describes features in the seller’s words, so visitors leave without understanding why to act now.',
    before: 'Copy written from the seller’s point of view, with claims nobody checked against what buyers object to.',
    after: 'Copy organised around the objections buyers raise, with every claim backed by something the business can show.',
    outcome:
      'Page copy in which each section answers a documented buyer objection and every claim points to evidence the business holds.',
    valueLevers: ['revenue'],
    countedDeliverable: {
      counted: '{count} {unit} of copy, each organised around documented buyer objections',
      uncounted: 'Copy for the agreed pages, organised around documented buyer objections',
    },
    deliverables: [
      'An objection list drawn from reviews, sales calls and support questions',
      'A message hierarchy: the main promise, its evidence and the call to action',
    ],
    inclusions: ['Review of existing pages, reviews and sales notes', 'Two headline options per page for testing', 'Two rounds of revisions'],
    exclusions: ['Page design and development', 'Running the A/B tests', 'Legal review of claims'],
    acceptanceCriteria: [
      'Every claim in the copy maps to evidence listed in the message hierarchy',
      'Each page has a single primary call to action',
      'The copy is approved by the client in writing',
    ],
    headline: 'Pages that answer buyer objections before they stop a sale: copy built on evidence you hold',
    repackage:
      'Sell objection-led copy backed by the client’s evidence, with test-ready headline variants, instead of copy by the page or word.',
  },
  {
    id: 'seo-content',
    triggers: [/\bseo\s+(?:content|articles?|writ\w*|blog\w*|copy\w*|posts?)\b/i, /\bkeyword[- ](?:rich|optimi[sz]ed)\b/i],
    skills: ['seo', 'seo writing', 'content writing', 'keyword research', 'search'],
    level: 'ai_assisted',
    reason:
      'Search-shaped text is the easiest thing for AI to produce, so it no longer stands out; matching search intent and adding first-hand detail are what still rank and convert.',
    buyer: 'A site owner who needs search visitors that turn into customers',
    problem:
      'Pages target keywords without matching what the searcher wants to do, so they rank poorly or attract visitors who never buy.',
    before: 'Content written to keyword lists, with no check of search intent or of which pages earn enquiries.',
    after: 'Pages matched to search intent for keywords chosen by their value to the business, each with a tracked conversion step.',
    outcome:
      'A keyword-to-page map chosen by business value and search intent, with each page drafted to that intent and tracked to a conversion step.',
    valueLevers: ['revenue', 'cost'],
    countedDeliverable: {
      counted: '{count} {unit}, each matched to a mapped keyword and its search intent',
      uncounted: 'Pages drafted for the mapped keywords, each matched to its search intent',
    },
    deliverables: [
      'A keyword-to-page map with intent, priority and the target page for each keyword',
      'On-page recommendations: titles, meta descriptions, headings and internal links',
    ],
    inclusions: ['Keyword and competitor research', 'A review of current search results for each keyword', 'One round of revisions per page'],
    exclusions: ['Link building and outreach', 'Technical SEO fixes and site development', 'Rank positions, which search engines decide'],
    acceptanceCriteria: [
      'Each page targets exactly the keyword assigned to it in the map',
      'Each page passes the on-page checklist delivered with it',
      'The client approves each page before publication',
    ],
    headline: 'Search visitors who arrive ready to act: pages mapped to keywords by value and intent',
    repackage:
      'Sell a keyword-to-page map chosen by business value, with intent-matched pages and conversion tracking, instead of keyword articles by the piece.',
  },
  {
    id: 'newsletter',
    triggers: [/\bnews\s*letters?\b/i, /\be-?mail\s+news\w*/i],
    skills: ['newsletter', 'email', 'email marketing', 'mailchimp', 'substack', 'content writing'],
    level: 'ai_assisted',
    reason:
      'AI drafts an issue in minutes; deciding what the list needs to hear, keeping a steady voice and reading the results is editorial work.',
    buyer: 'A business with an email list that it rarely turns into sales',
    problem:
      'Issues go out irregularly with little reason to open them, so the list goes cold and unsubscribes rise.',
    before: 'Irregular issues written at the last minute, with no plan and no reading of the results.',
    after: 'A planned run of issues with a steady format, a single call to action each, and results read after every send.',
    outcome:
      'A newsletter calendar and format, drafted issues with a single call to action each, and a short results note after every send.',
    valueLevers: ['revenue', 'speed'],
    countedDeliverable: {
      counted: '{count} {unit}, each with one call to action tied to the calendar',
      uncounted: 'Drafted issues, each with one call to action tied to the calendar',
    },
    deliverables: [
      'A newsletter calendar: theme, send date and call to action for each issue',
      'A reusable issue template in the client’s email tool',
      'A results note after each send, with opens, clicks and replies as the tool reports them',
    ],
    inclusions: ['Subject line options for each issue', 'Proofreading and link checks before sending', 'One round of revisions per issue'],
    exclusions: ['Buying or renting email lists', 'Deliverability and domain setup', 'Paid list growth campaigns'],
    acceptanceCriteria: [
      'Each issue approved before it is scheduled',
      'Every link in each issue tested before sending',
      'Each results note reports figures exactly as the email tool shows them',
    ],
    headline: 'A list that hears from you on schedule and knows what to do next: a planned newsletter with results read after each send',
    repackage:
      'Sell a newsletter programme with a calendar, a fixed format and a results note after each send, rather than single issues.',
  },
  {
    id: 'product-descriptions',
    triggers: [/\bproduct\s+(?:descriptions?|listings?|copy)\b/i, /\b(?:amazon|etsy|ebay)\s+listings?\b/i],
    skills: ['product descriptions', 'ecommerce', 'e-commerce', 'copywriting', 'amazon', 'shopify', 'catalog'],
    level: 'automatable',
    reason:
      'Describing a product from its attributes is a task AI tools already do at scale; the value left is a clean attribute sheet and a check against the questions shoppers ask.',
    buyer: 'An online store with a catalogue too large to describe by hand',
    problem:
      'Descriptions are missing, copied from suppliers or inconsistent, so shoppers ask questions, buy the wrong item or send it back.',
    before: 'Supplier text and gaps across the catalogue, with attributes stored in different formats.',
    after: 'A clean attribute sheet and a consistent description template applied across the catalogue, answering what shoppers ask.',
    outcome:
      'A product attribute sheet, a description template tested on a sample of products, and descriptions generated and checked across the catalogue.',
    valueLevers: ['revenue', 'cost'],
    countedDeliverable: {
      counted: '{count} {unit}, each generated from the attribute sheet and checked by hand',
      uncounted: 'Descriptions for the agreed products, each generated from the attribute sheet and checked by hand',
    },
    deliverables: [
      'A cleaned attribute sheet with one row per product',
      'A description template with rules for tone, length and required facts',
    ],
    inclusions: ['Review of customer questions and return reasons for a sample of products', 'A check of every generated description against its attributes'],
    exclusions: ['Product photography', 'Uploading to the store unless agreed', 'Pricing and inventory changes'],
    acceptanceCriteria: [
      'Every description states the facts the template marks as required',
      'Every description matches its row in the attribute sheet',
      'The template is approved by the client on a sample before the full run',
    ],
    headline: 'A catalogue shoppers can buy from without asking: consistent descriptions built from a clean attribute sheet',
    repackage:
      'Sell the attribute sheet, the template and a checked catalogue run instead of descriptions by the piece; the per-piece writing is what AI already does.',
  },
];
