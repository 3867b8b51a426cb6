import type { ProposalRule } from '../types.ts';
import { stem } from '../../text/terms.ts';
import { clip, sentences, termMatcher, words } from '../../text/text.ts';

/** Phrases that introduce what happens first. */
export const FIRST_STEP_CUES: readonly string[] = [
  'first step',
  "i'd start by",
  'i would start',
  "i'd start with",
  "i'd begin",
  'i would begin',
  'i will start',
  "i'll start",
  'to start',
  'to begin',
  'first, i',
  'first i',
  'in the first',
  'a small first',
  'first deliverable',
  'kick off with',
  'start with',
  'step one',
  'week one',
  'day one',
  'first milestone',
  'first thing',
];

/** Things a client can receive and check. */
const DELIVERABLE_NOUNS: readonly string[] = [
  'audit',
  'prototype',
  'draft',
  'report',
  'plan',
  'map',
  'list',
  'mockup',
  'wireframe',
  'spec',
  'specification',
  'outline',
  'sample',
  'pilot',
  'test',
  'review',
  'checklist',
  'script',
  'estimate',
  'proof of concept',
  'demo',
  'dashboard',
  'fix',
  'diagnosis',
  'sketch',
  'memo',
  'inventory',
  'document',
  'schema',
  'analysis',
  'workflow',
  'template',
  'baseline',
  'benchmark',
  'recommendation',
  'roadmap',
  'summary',
  'breakdown',
  'diagram',
  'page',
  'version',
  'mvp',
  'brief',
  'design',
  'scorecard',
  'backlog',
  'teardown',
  'patch',
  'migration',
  'export',
  'import',
  'setup',
  'configuration',
  'integration',
  'landing page',
  'storyboard',
  'concept',
  'chapter',
  'article',
  'episode',
  'rough cut',
  'translation',
  'glossary',
  'query',
  'queries',
  'pipeline',
  // Analysis outputs: tables and charts a client can open and check.
  'table',
  'chart',
  'spreadsheet',
  'model',
  'forecast',
  'calculator',
  'comparison',
  'shortlist',
];

const DELIVERABLE_STEMS = new Set(DELIVERABLE_NOUNS.filter((noun) => !noun.includes(' ')).map(stem));
const deliverablePhrases = termMatcher(DELIVERABLE_NOUNS.filter((noun) => noun.includes(' ')));
const firstStepCues = termMatcher(FIRST_STEP_CUES);

function namesDeliverable(sentence: string): boolean {
  return words(sentence).some((word) => DELIVERABLE_STEMS.has(stem(word))) || deliverablePhrases(sentence).length > 0;
}

/** The sentences that introduce what happens first ("I'd start by ..."), in order. */
function firstStepSentences(text: string): string[] {
  return sentences(text).filter((sentence) => firstStepCues(sentence).length > 0);
}

/** The draft's first step: the first cued sentence naming a deliverable, else the first cued one; null when none. */
export function firstStepSentence(text: string): string | null {
  const cued = firstStepSentences(text);
  return cued.find(namesDeliverable) ?? cued[0] ?? null;
}

/** P08: a concrete first step (a small, checkable first deliverable) makes saying yes cheap. */
export const p08FirstStep: ProposalRule = {
  id: 'P08',
  target: 'proposal',
  title: 'A concrete first step',
  severity: 'warn',
  thresholds: {},
  check(subject) {
    const cued = firstStepSentences(subject.text);
    if (cued.some(namesDeliverable)) return [];
    return [
      {
        message:
          cued.length === 0
            ? 'No first step: say what you would do first ("I\'d start by ...") and what the client gets from it.'
            : 'The first step names no deliverable; say what the client receives (an audit, a prototype, a short report).',
        evidence: cued.length > 0 ? clip(cued[0] ?? '') : null,
      },
    ];
  },
};
