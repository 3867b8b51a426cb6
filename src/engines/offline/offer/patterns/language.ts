/** Task patterns for work on words that already exist or are spoken: ghostwriting, editing, translation, transcription. */
import type { TaskPattern } from '../task-pattern.ts';

export const LANGUAGE_PATTERNS: readonly TaskPattern[] = [
  {
    id: 'ghostwriting',
    triggers: [/\bghost\s*writ\w*/i, /\be-?books?\b/i, /\bwrit\w*\s+(?:a\s+|my\s+|the\s+)?books?\b/i, /\blinkedin\s+posts?\b/i],
    skills: ['ghostwriting', 'ghostwriter', 'book', 'linkedin', 'memoir', 'content writing'],
    level: 'human_critical',
    reason:
      'AI can produce text, but not the client’s own stories, opinions and voice; capturing them and publishing under their name is trust work a person does.',
    buyer: 'A founder or expert who has ideas and standing but no time to write',
    problem:
      'Their thinking never reaches their audience, or goes out in a generic voice that could belong to anyone.',
    before: 'Ideas shared in meetings and voice notes, rarely written down.',
    after: 'Pieces in the client’s own voice, drawn from their stories and opinions, published under their name with their approval.',
    outcome:
      'A voice guide built from interviews with the client, and pieces drafted from their own stories that they approve as sounding like them.',
    valueLevers: ['judgment', 'speed'],
    countedDeliverable: {
      counted: '{count} {unit} drafted in the client’s voice from interview material',
      uncounted: 'Pieces drafted in the client’s voice from interview material, in the number agreed',
    },
    deliverables: [
      'A voice guide: phrases, opinions and stories the client uses, and words they never use',
      'Interview notes kept as the source for each piece',
    ],
    inclusions: ['Regular interviews to gather material', 'Edits until the client signs off each piece', 'Confidentiality about authorship'],
    exclusions: ['Posting or replying under the client’s name', 'Claims the client cannot stand behind', 'Publishing contracts or agent outreach'],
    acceptanceCriteria: [
      'Each piece approved by the client as written in their voice',
      'Every story in a piece traces to the interview notes',
      'No piece states a fact the client has not confirmed',
    ],
    headline: 'Your ideas published in your own voice: pieces drawn from interviews and approved by you',
    repackage:
      'Sell voice capture (interviews, a voice guide and pieces the client signs off), which a generic AI draft cannot copy.',
  },
  {
    id: 'editing-proofreading',
    triggers: [/\bproof\s*read\w*/i, /\bcopy\s*edit\w*/i, /\bedit(?:ing|or)?\b/i, /\bgrammar\b/i],
    skills: ['editing', 'proofreading', 'copyediting', 'copy editing', 'style guide'],
    level: 'automatable',
    reason:
      'Spelling, grammar and consistency checks are done well by software now; a person adds value only by checking facts, structure and the house style.',
    buyer: 'A team about to publish documents that carry its name',
    problem:
      'Errors, mixed terms and unclear passages reach readers and cost credibility, or a reviewer finds them late and publication slips.',
    before: 'Drafts checked by whoever has time, with no style rules and no record of what changed.',
    after: 'Documents checked against a written style sheet, with every change tracked and open questions flagged for the author.',
    outcome:
      'A style sheet for the documents and a tracked-changes edit of each document, with factual questions listed for the author rather than guessed.',
    valueLevers: ['risk', 'speed'],
    countedDeliverable: {
      counted: '{count} {unit} edited with tracked changes against the style sheet',
      uncounted: 'The agreed documents edited with tracked changes against the style sheet',
    },
    deliverables: [
      'A style sheet: spelling choices, terms, capitalisation and number style',
      'A query list of facts and passages the author needs to decide',
    ],
    inclusions: ['An automated spelling and grammar pass followed by a full human read', 'A consistency check of names, terms and figures across documents'],
    exclusions: ['Rewriting content or changing arguments', 'Fact research beyond flagging questions', 'Layout and typesetting'],
    acceptanceCriteria: [
      'Every change is a tracked change the author can accept or reject',
      'Every term in the style sheet is used the same way throughout',
      'Each query names the page and sentence it refers to',
    ],
    headline: 'Documents that go out without errors or mixed terms: an edit tracked against your own style sheet',
    repackage:
      'Bundle a style sheet, tracked edits and an author query list; sell consistency and fewer publishing delays rather than proofreading by the word.',
  },
  {
    id: 'translation',
    triggers: [/\btranslat\w*/i, /\blocali[sz]\w*/i],
    skills: ['translation', 'translator', 'localization', 'localisation', 'bilingual'],
    level: 'ai_assisted',
    reason:
      'Machine translation handles the first pass for most language pairs; brand terms, legal exposure and cultural fit still need a native reviewer who signs off.',
    buyer: 'A business selling to customers who read another language',
    problem:
      'Raw machine translation reads awkwardly and mistranslates product terms, so foreign visitors distrust the pages and do not buy.',
    before: 'Pages in a single language, or machine output nobody reviewed.',
    after: 'Reviewed pages in the target language on a shared glossary, so product terms read the same everywhere.',
    outcome:
      'A term glossary for the target language and translated pages reviewed by a native speaker against it, ready to publish.',
    valueLevers: ['revenue', 'risk'],
    countedDeliverable: {
      counted: '{count} {unit} translated and reviewed against the glossary',
      uncounted: 'The agreed pages translated and reviewed against the glossary',
    },
    deliverables: [
      'A bilingual glossary of product and brand terms',
      'A reviewer’s note listing passages adapted rather than translated word for word',
    ],
    inclusions: ['A machine-assisted first pass with full human review', 'A check of numbers, units, dates and currency formats', 'A round of client questions'],
    exclusions: ['Certified or sworn translation', 'Legal review of translated terms', 'Translation of new content unless agreed'],
    acceptanceCriteria: [
      'Every glossary term is translated the same way throughout',
      'A native reviewer signs off each page',
      'Formatting, links and placeholders match the source',
    ],
    headline: 'Pages your foreign customers trust enough to buy from: reviewed translations on a shared glossary',
    repackage:
      'Offer market-ready localisation (a glossary, machine-assisted drafts and native review), priced per market rather than per word.',
  },
  {
    id: 'transcription',
    triggers: [/\btranscri\w*/i, /\bcaption(?:s|ing)?\b/i, /\bsubtitl\w*/i],
    skills: ['transcription', 'transcribing', 'captions', 'subtitles', 'audio'],
    level: 'automatable',
    reason:
      'Speech-to-text tools transcribe clear audio quickly and cheaply; what a buyer still pays for is accuracy on names and terms, and material made usable.',
    buyer: 'A team sitting on recordings it cannot search or reuse',
    problem:
      'Interviews, calls and videos hold useful material, but nobody can find or quote it without listening again.',
    before: 'Hours of recordings stored only as audio or video files.',
    after: 'Searchable, checked transcripts with speakers, timestamps, and the quotes and topics pulled out.',
    outcome:
      'Checked transcripts with speaker labels and timestamps, plus an index of topics and quotable passages for each recording.',
    valueLevers: ['speed', 'cost'],
    countedDeliverable: {
      counted: '{count} {unit} transcribed, checked for names and terms, and indexed',
      uncounted: 'The agreed recordings transcribed, checked for names and terms, and indexed',
    },
    deliverables: [
      'A glossary of names and terms used to correct the transcripts',
      'An index of topics and quotable passages with timestamps',
    ],
    inclusions: ['Automated transcription followed by a human check', 'Speaker labels and timestamps'],
    exclusions: ['Translation of the transcripts', 'Audio restoration of poor recordings', 'Certified legal transcription'],
    acceptanceCriteria: [
      'Every name and term in the glossary is spelled the same way throughout',
      'Each quote in the index matches the recording at its timestamp',
      'Every passage the checker could not hear is marked, not guessed',
    ],
    headline: 'Recordings you can search and quote: checked transcripts with a topic index',
    repackage:
      'Sell searchable, indexed transcripts and reusable quotes; plain transcription is done by software for very little.',
  },
];
