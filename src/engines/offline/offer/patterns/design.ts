/** Task patterns for visual work: social graphics, identity, page design, UI/UX, decks, illustration, video. */
import type { TaskPattern } from '../task-pattern.ts';

export const DESIGN_PATTERNS: readonly TaskPattern[] = [
  {
    id: 'social-graphics',
    triggers: [
      /\bsocial(?:\s+media)?\s+(?:graphics?|images?|visuals?|templates?|creatives?|posts?\s+designs?)\b/i,
      /\b(?:instagram|facebook|linkedin|pinterest|tiktok)\s+(?:graphics?|templates?|carousels?|banners?|visuals?)\b/i,
      /\bgraphics?\b/i,
      /\bbanners?\b/i,
      /\bcanva\b/i,
    ],
    skills: ['graphic design', 'social media design', 'canva', 'figma', 'adobe', 'illustrator', 'photoshop', 'branding'],
    level: 'ai_assisted',
    reason:
      'Image tools turn out single graphics in seconds; a consistent system the client’s team can reuse on every channel still needs a designer.',
    buyer: 'A team launching or promoting something across several social channels',
    problem:
      'Each post is designed from scratch, sizes are wrong for some channels and the look changes from post to post, so launches slip and the brand looks inconsistent.',
    before: 'Single-use graphics made under deadline, resized by hand and stored in different places.',
    after: 'A reusable launch kit: templates sized for each named channel that the team fills in without a designer.',
    outcome:
      'A launch kit of editable templates sized for each channel the client names, with usage rules so the team can produce new posts themselves.',
    valueLevers: ['speed', 'cost'],
    countedDeliverable: {
      counted: '{count} {unit} built as editable templates sized for the named channels',
      uncounted: 'Editable templates for each channel the client names, in the formats agreed',
    },
    deliverables: [
      'A one-page usage guide: fonts, colours, image rules and what not to change',
      'Exported files plus the editable source files',
    ],
    inclusions: ['A style direction for approval before production', 'Sizing for every channel named in the brief', 'One round of revisions on the template set'],
    exclusions: ['Posting and scheduling', 'Paid stock images or fonts, which the client licenses', 'Copywriting for the posts'],
    acceptanceCriteria: [
      'Each template opens and edits in the client’s design tool',
      'Each template matches the size specification of its named channel',
      'A team member creates a new post from a template without help, confirmed at handover',
    ],
    headline: 'Launch posts your team can make without a designer: a reusable kit sized for your channels',
    repackage: 'Sell a reusable launch kit of channel-sized templates with a usage guide, instead of graphics by the piece.',
  },
  {
    id: 'logo-identity',
    triggers: [/\blogos?\b/i, /\bbrand(?:ing)?\s+(?:identity|kit|guide\w*|design|book)\b/i, /\bvisual\s+identity\b/i, /\bbranding\b/i],
    skills: ['logo', 'logo design', 'branding', 'brand identity', 'illustrator', 'graphic design'],
    level: 'human_critical',
    reason:
      'AI tools can generate logo images, but choosing what a brand should signal, checking it against competitors and owning it legally is judgement made with the client.',
    buyer: 'A new or growing business whose look no longer fits what it sells',
    problem:
      'The current look is improvised or dated, so the business looks smaller or less trustworthy than it is and every new asset is a guess.',
    before: 'A logo made in a hurry and no rules for colour, type or usage.',
    after: 'An identity chosen against the client’s positioning and competitors, with files and rules anyone can apply.',
    outcome:
      'A logo and identity chosen against a written positioning brief and a competitor review, delivered with files and usage rules.',
    valueLevers: ['judgment', 'revenue'],
    countedDeliverable: {
      counted: '{count} {unit} developed from the positioning brief and narrowed to a final mark',
      uncounted: 'Logo concepts developed from the positioning brief and narrowed to a final mark',
    },
    deliverables: [
      'A positioning brief and competitor review the concepts are judged against',
      'Final logo files in vector and web formats, in light and dark versions',
      'A short brand guide: colours, type, spacing and examples of misuse',
    ],
    inclusions: ['A workshop or questionnaire to agree the positioning', 'Concept rounds as agreed in the brief', 'Transfer of rights on final payment'],
    exclusions: ['Trademark search and registration, which need a lawyer', 'Website or packaging design', 'Printing'],
    acceptanceCriteria: [
      'The final mark is assessed in writing against each point of the positioning brief',
      'The files are tested at small and large sizes and read clearly at each',
      'The brand guide covers every asset type listed in the brief',
    ],
    headline: 'A look that matches what you sell: an identity chosen against your positioning, with rules anyone can apply',
    repackage: 'Sell positioning-led identity work (the brief, the competitor review and the usage rules), not a number of logo concepts.',
  },
  {
    id: 'landing-page-design',
    triggers: [
      /\b(?:design\w*|mock\s*-?ups?|figma)\s+(?:(?:a|an|the|my|our|new)\s+)?landing\s+pages?\b/i,
      /\blanding\s+pages?\s+(?:design|mock\s*-?ups?|in\s+figma)\b/i,
    ],
    skills: ['landing page', 'web design', 'figma', 'conversion', 'ui design'],
    level: 'ai_assisted',
    reason:
      'Layout generators produce a passable page quickly; structuring it around the visitor’s decision and the offer’s evidence is design judgement.',
    buyer: 'A business sending paid or campaign traffic to a page that does not convert',
    problem:
      'Visitors land, scan and leave because the page does not make the offer, the evidence and the next step obvious.',
    before: 'A page laid out like a brochure, with the call to action buried.',
    after: 'A page design structured around the visitor’s decision: offer, evidence, objections and a single clear next step.',
    outcome:
      'A landing page design laid out along the visitor’s decision path, with the offer, evidence and call to action placed where the research says visitors look.',
    valueLevers: ['revenue'],
    countedDeliverable: {
      counted: '{count} {unit} designed in desktop and mobile layouts',
      uncounted: 'The landing page designed in desktop and mobile layouts',
    },
    deliverables: [
      'A wireframe of the decision path, approved before visual design',
      'Design files with components and specifications ready for a developer',
    ],
    inclusions: ['A review of current analytics or recordings the client shares', 'Mobile and desktop layouts', 'A round of revisions at wireframe and at design stage'],
    exclusions: ['Building the page', 'Copywriting unless agreed', 'Running the ad campaigns'],
    acceptanceCriteria: [
      'The wireframe is approved before visual design starts',
      'Every section in the design maps to a step in the decision path',
      'The developer confirms at handover that the files answer every build question',
    ],
    headline: 'A page that makes the next step obvious: a landing page design built around your visitors’ decision',
    repackage: 'Sell a conversion-focused page design with a decision-path wireframe and developer-ready files, rather than a mockup.',
  },
  {
    id: 'ui-ux',
    triggers: [/\bui\s*\/?\s*ux\b/i, /\bux\b/i, /\buser\s+(?:experience|interface|research|testing|flows?)\b/i, /\bapp\s+design\b/i, /\bwireframes?\b/i, /\bprototyp\w*/i],
    skills: ['ux', 'ui', 'ui/ux', 'user research', 'usability', 'figma', 'product design', 'prototyping'],
    level: 'human_critical',
    reason:
      'Tools can draw screens, but finding out what users struggle with means watching them and weighing trade-offs with the product team.',
    buyer: 'A product team whose users get stuck or drop off in a key flow',
    problem: 'Users abandon a key flow or need support to finish it, and the team is guessing at why.',
    before: 'A flow designed from assumptions, with drop-off nobody has explained.',
    after: 'A redesigned flow based on observed user problems, tested with users before it is built.',
    outcome:
      'A redesigned key flow based on observed user sessions, with a clickable prototype tested with users and findings ranked by severity.',
    valueLevers: ['revenue', 'risk', 'judgment'],
    countedDeliverable: {
      counted: '{count} {unit} designed and linked as a clickable prototype',
      uncounted: 'The screens of the key flow designed and linked as a clickable prototype',
    },
    deliverables: ['A findings report from user sessions, each finding with its evidence', 'Design files and a component list for the developers'],
    inclusions: ['User sessions with participants the client helps recruit', 'A review of analytics or support tickets for the flow', 'A round of revisions after testing'],
    exclusions: ['Front-end development', 'Incentives for participants', 'Full design system work'],
    acceptanceCriteria: [
      'Each design change traces to a finding in the report',
      'The prototype is tested with users and the results are written up',
      'The final flow is approved by the product team',
    ],
    headline: 'A key flow users can finish without help: a redesign based on watching real users',
    repackage: 'Sell a research-backed flow redesign with a tested prototype; drawing screens alone is being automated.',
  },
  {
    id: 'presentations',
    triggers: [/\b(?:presentations?|slide\s*decks?|pitch\s*decks?|decks?|powerpoint|keynote|google\s+slides|slides)\b/i],
    skills: ['presentation', 'powerpoint', 'pitch deck', 'keynote', 'google slides', 'storytelling'],
    level: 'ai_assisted',
    reason:
      'AI tools create slides from an outline; building the argument an audience acts on, and the evidence behind it, is where a person adds value.',
    buyer: 'A founder or team about to pitch, sell or report to people who decide',
    problem:
      'The deck lists information instead of making a case, so the audience loses the thread and the decision gets postponed.',
    before: 'Slides full of text, assembled from old decks.',
    after: 'A deck that makes a single argument, slide by slide, with the evidence the decision needs.',
    outcome:
      'A deck built on a written storyline, each slide making a single point that supports the decision the audience is asked to make.',
    valueLevers: ['judgment', 'revenue'],
    countedDeliverable: {
      counted: '{count} {unit} designed to the approved storyline',
      uncounted: 'Slides designed to the approved storyline, as many as the story needs',
    },
    deliverables: ['A storyline document approved before design', 'An editable master template for future decks'],
    inclusions: ['Charts rebuilt from the client’s data', 'Speaker notes', 'One round of revisions'],
    exclusions: ['Research or data the client does not supply', 'Presenting the deck', 'Animation and video'],
    acceptanceCriteria: [
      'Every slide’s title states its point as a sentence',
      'Every chart names the data source the client supplied',
      'The deck is tested and edits in the client’s presentation software',
    ],
    headline: 'A deck that gets the decision made: a single argument, slide by slide, with the evidence behind it',
    repackage: 'Sell a storyline-first deck and a reusable master template, not a slide count.',
  },
  {
    id: 'illustration',
    triggers: [/\billustrat\w*/i, /\bdrawings?\b/i, /\bcharacter\s+design\w*/i, /\bcomics?\b/i, /\bchildren'?s\s+book\s+art\b/i],
    skills: ['illustration', 'illustrator', 'drawing', 'procreate', 'character design'],
    level: 'ai_assisted',
    reason:
      'Image generators produce generic art instantly; a consistent, ownable style that fits a specific use and clears licensing is still a person’s work.',
    buyer: 'A publisher, brand or product team that needs images nobody else has',
    problem:
      'Stock or generated images look like everyone else’s and may carry licensing doubts, so the product looks generic.',
    before: 'A mix of stock images and single pieces in different styles.',
    after: 'Original illustrations in a single consistent style, with clear rights, ready for each place they are used.',
    outcome:
      'Original illustrations in a style agreed from sketches, consistent across the set, delivered with the rights and formats each use needs.',
    valueLevers: ['risk', 'revenue'],
    countedDeliverable: {
      counted: '{count} {unit} in the agreed style, from sketch to final',
      uncounted: 'Illustrations in the agreed style, from sketch to final, in the number agreed',
    },
    deliverables: [
      'Style sketches for approval before the full set',
      'Final files in the formats and sizes each use needs',
      'A written licence stating the rights transferred',
    ],
    inclusions: ['Sketch approval for every piece', 'Colour and line versions where needed'],
    exclusions: ['Animation', 'Print production', 'Merchandise rights unless agreed'],
    acceptanceCriteria: [
      'Each illustration is approved at sketch stage before finishing',
      'Every illustration follows the approved style sheet',
      'The licence covers every use listed in the brief',
    ],
    headline: 'Images nobody else has, with rights you can rely on: an original illustration set in a consistent style',
    repackage: 'Sell an ownable illustration style with clear licensing, not images by the piece.',
  },
  {
    id: 'video-editing',
    triggers: [
      /\bvideo\s+edit\w*/i,
      /\bedit\w*\s+(?:\w+\s+){0,3}?(?:videos?|footage|reels?|shorts|vlogs?|podcasts?)\b/i,
      /\b(?:youtube|tiktok|reels?|vlogs?)\b/i,
      /\bvideos?\b/i,
    ],
    skills: ['video editing', 'premiere', 'final cut', 'davinci', 'after effects', 'youtube', 'video'],
    level: 'ai_assisted',
    reason:
      'Automatic cutting, captions and silence removal are built into editing tools now; pacing, story and what keeps a viewer watching remain editorial judgement.',
    buyer: 'A creator or business publishing video that people stop watching early',
    problem:
      'Viewers drop off in the first seconds or midway, so the videos cost effort without building an audience or sales.',
    before: 'Raw footage cut in order, with slow openings and no plan for keeping viewers.',
    after: 'Videos edited for retention: a strong opening, tight pacing, captions and a repeatable template the channel reuses.',
    outcome:
      'Edited videos with an opening and pacing built for retention, a reusable edit template, and a retention review from the platform’s own analytics after publishing.',
    valueLevers: ['revenue', 'speed'],
    countedDeliverable: {
      counted: '{count} {unit} edited for retention, with captions and thumbnails',
      uncounted: 'Videos edited for retention, with captions and thumbnails, in the number agreed',
    },
    deliverables: [
      'A reusable edit template: intro, lower thirds, caption style and end screen',
      'A retention note per video from the platform’s analytics once it is published',
    ],
    inclusions: ['An automated rough cut and captions followed by a human edit', 'Music from a licensed library', 'One round of revisions per video'],
    exclusions: ['Filming', 'Channel management and uploading unless agreed', 'Music licences beyond the library'],
    acceptanceCriteria: [
      'Each video is delivered in the resolution and aspect ratio agreed for its platform',
      'Every caption matches the audio',
      'Each video is approved by the client before publishing',
    ],
    headline: 'Videos people keep watching: edits built for retention, with a reusable template and a review after publishing',
    repackage: 'Sell retention-focused editing with a reusable template and analytics reviews, rather than minutes of edited footage.',
  },
];
