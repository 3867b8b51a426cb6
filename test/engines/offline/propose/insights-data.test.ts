import { describe, expect, it } from 'vitest';
import { Profile } from '../../../../src/domain/schemas.ts';
import type { Insight } from '../../../../src/engines/offline/content/insight.ts';
import { offlineContent } from '../../../../src/engines/offline/content/load-content.ts';
import { fill } from '../../../../src/engines/offline/propose/phrasing.ts';
import { DIAGNOSIS_CUES } from '../../../../src/rubric/proposal/p03-diagnosis.ts';
import { FIRST_STEP_CUES, p08FirstStep } from '../../../../src/rubric/proposal/p08-first-step.ts';
import { p09ClosingQuestion } from '../../../../src/rubric/proposal/p09-closing-question.ts';
import { p17AiTellStructures } from '../../../../src/rubric/proposal/p17-ai-tell-structures.ts';
import { p23RatesTimelines } from '../../../../src/rubric/proposal/p23-rates-timelines.ts';
import type { ProposalRule, RubricContext } from '../../../../src/rubric/types.ts';
import { findTerms } from '../../../../src/text/text.ts';
import { AI_TELL_WORDS, GUARANTEE_PHRASES, SELF_PRAISE_PHRASES } from '../../../../src/text/vocabulary.ts';

const { insights: INSIGHTS, generic: GENERIC_INSIGHT, sharedQuestions: SHARED_QUESTIONS } = offlineContent().insights;
const { frames: FRAMES, fillers: FILLERS } = offlineContent().phrasing;
const ALL = [...INSIGHTS, GENERIC_INSIGHT];
const PHRASED = ['insight', 'cause', 'consequence', 'firstStep', 'question', 'scopeNote'] as const;
const SETUP_PHRASED = ['insight', 'cause', 'firstStep', 'question'] as const;
// Kinds with several shared posts: with two wordings, one sentence would reach more than a tenth of the drafts.
const BUSY_KINDS = ['marketing-ads', 'security', 'social-media', 'email-sms-marketing'];

/** Every wording of one field of an entry, its `setup` wordings included, with where each sits. */
function wordings(entry: Insight, field: (typeof SETUP_PHRASED)[number]): { where: string; text: string }[] {
  const own = entry[field].map((text, i) => ({ where: `${entry.id}.${field}[${i}]`, text }));
  const setup = (entry.setup?.[field] ?? []).map((text, i) => ({ where: `${entry.id}.setup.${field}[${i}]`, text }));
  return [...own, ...setup];
}
const CONTEXT: RubricContext = { post: null, proof: [], profile: Profile.parse({}), earlierDrafts: [] };
const BANNED = [...AI_TELL_WORDS, ...SELF_PRAISE_PHRASES, ...GUARANTEE_PHRASES];

function hits(rule: ProposalRule, text: string, thresholds = rule.thresholds) {
  return rule.check({ text, citations: [], screeningAnswers: [] }, CONTEXT, thresholds);
}

function everyString(): { where: string; text: string }[] {
  return ALL.flatMap((entry) => [
    ...PHRASED.flatMap((field) => entry[field].map((text, i) => ({ where: `${entry.id}.${field}[${i}]`, text }))),
    ...SETUP_PHRASED.flatMap((field) => (entry.setup?.[field] ?? []).map((text, i) => ({ where: `${entry.id}.setup.${field}[${i}]`, text }))),
    { where: `${entry.id}.approach`, text: entry.approach },
    ...(entry.setup?.approach === undefined ? [] : [{ where: `${entry.id}.setup.approach`, text: entry.setup.approach }]),
    { where: `${entry.id}.noun`, text: entry.noun },
  ]);
}

describe('the insight table', () => {
  it('covers at least thirty domains with unique ids and lower-case triggers', () => {
    expect(INSIGHTS.length).toBeGreaterThanOrEqual(30);
    const ids = ALL.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of INSIGHTS) {
      expect(entry.triggers.length, entry.id).toBeGreaterThan(0);
      for (const trigger of entry.triggers) expect(trigger, entry.id).toBe(trigger.toLowerCase());
      expect(new Set(entry.triggers).size, entry.id).toBe(entry.triggers.length);
    }
  });

  it('gives every phrased field at least two wordings, so similar posts differ', () => {
    for (const entry of ALL) for (const field of PHRASED) expect(entry[field].length, `${entry.id}.${field}`).toBeGreaterThanOrEqual(2);
  });

  it('gives the entries of kinds with many posts at least three wordings of every phrased field', () => {
    const busy = INSIGHTS.filter((entry) => entry.kinds.some((kind) => BUSY_KINDS.includes(kind)));
    expect(busy.length).toBeGreaterThan(0);
    for (const entry of busy) for (const field of PHRASED) expect(entry[field].length, `${entry.id}.${field}`).toBeGreaterThanOrEqual(3);
  });

  it('keeps question marks out of every setup wording but its questions', () => {
    const setups = ALL.filter((entry) => entry.setup !== undefined);
    expect(setups.length).toBeGreaterThan(0);
    for (const entry of setups) {
      for (const { where, text } of [...wordings(entry, 'insight'), ...wordings(entry, 'cause'), ...wordings(entry, 'firstStep')]) {
        expect(text, where).not.toContain('?');
      }
    }
  });

  it('holds no digits, prices, durations, dashes or question marks outside the questions', () => {
    for (const { where, text } of everyString()) {
      expect(text, where).not.toMatch(/\d|\$|\u2014|\u2013| -- /);
      if (!where.includes('.question')) expect(text, where).not.toContain('?');
      expect(hits(p23RatesTimelines, text), where).toEqual([]);
    }
  });

  it('holds no AI-tell words, self-praise, guarantees or padded triplets', () => {
    for (const { where, text } of everyString()) {
      expect(findTerms(text, BANNED), where).toEqual([]);
      expect(hits(p17AiTellStructures, text, { ...p17AiTellStructures.thresholds, maxTriplets: 0 }), where).toEqual([]);
    }
  });

  it('writes insights as short lower-case clauses that fit the opening', () => {
    for (const entry of ALL) {
      for (const { where, text } of wordings(entry, 'insight')) {
        expect(text, where).toMatch(/^[a-z].*\.$/);
        expect(text.length, `${where}: ${text}`).toBeLessThanOrEqual(105);
      }
    }
  });

  it('names a deliverable in every first step, as the rubric reads it', () => {
    for (const entry of ALL) {
      for (const { where, text } of wordings(entry, 'firstStep')) expect(hits(p08FirstStep, `I would start with ${text}.`), `${where}: ${text}`).toEqual([]);
    }
  });

  it('ends every question with its only question mark and fills one {term} slot', () => {
    const questions = ALL.flatMap((entry) => wordings(entry, 'question').map(({ text }) => text));
    for (const question of [...questions, ...SHARED_QUESTIONS]) {
      expect(question.endsWith('?'), question).toBe(true);
      expect((question.match(/\?/g) ?? []).length, question).toBe(1);
      expect(question.match(/\{(\w+)\}/g), question).toEqual(['{term}']);
      const filled = question.replace('{term}', 'Shopify');
      expect(hits(p09ClosingQuestion, `Some text first.\n\n${filled}`), filled).toEqual([]);
    }
  });
});

describe('the sentence frames', () => {
  const frameSets = Object.entries(FRAMES);
  const KNOWN_SLOTS = new Set([
    'task',
    'subject',
    'insight',
    'work',
    'cause',
    'consequence',
    'reflection',
    'title',
    'req',
    'problem',
    'result',
    'resultLower',
    'approach',
    'metrics',
    'skills',
    'firstStep',
    'value',
    'parts',
  ]);

  it('offer at least one frame per tone, with known slots and no digits or question marks', () => {
    expect(frameSets.length).toBeGreaterThan(10);
    for (const [name, frames] of frameSets) {
      for (const tone of ['plain', 'warm', 'direct', 'formal'] as const) {
        expect(frames[tone].length, `${name}.${tone}`).toBeGreaterThan(0);
        for (const frame of frames[tone]) {
          expect(frame, name).not.toMatch(/\d|\?|\u2014/);
          for (const [, slot] of frame.matchAll(/\{(\w+)\}/g)) expect(KNOWN_SLOTS.has(slot ?? ''), `${name}: ${frame}`).toBe(true);
          expect(findTerms(frame, BANNED), frame).toEqual([]);
        }
      }
    }
  });

  it('open on the client ("your") and carry the rubric cues for diagnosis and first step', () => {
    for (const tone of ['plain', 'warm', 'direct', 'formal'] as const) {
      for (const frame of FRAMES.opening[tone]) expect(frame.toLowerCase()).toContain('your');
      for (const frame of FRAMES.diagnosis[tone]) expect(findTerms(frame, DIAGNOSIS_CUES).length, frame).toBeGreaterThan(0);
      for (const frame of FRAMES.firstStep[tone]) expect(findTerms(frame, FIRST_STEP_CUES).length, frame).toBeGreaterThan(0);
    }
  });

  it('keeps the length fillers free of AI-tell words, promises and timelines', () => {
    for (const filler of FILLERS) {
      expect(findTerms(filler, BANNED), filler).toEqual([]);
      expect(hits(p23RatesTimelines, filler), filler).toEqual([]);
      expect(filler).not.toMatch(/\d|\?/);
    }
  });

  it('fill() replaces every slot and refuses a frame with a slot left empty', () => {
    expect(fill('On your {subject}, {insight}', { subject: 'store', insight: 'x.' })).toBe('On your store, x.');
    expect(() => fill('On your {subject}', {})).toThrow(/subject/);
  });
});
