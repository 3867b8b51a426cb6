/**
 * Every entry in the content files is used: for each one, an input exists that makes the engine's
 * own selector (pickInsight, findTaskPattern, classifyTask, findKnownSkills, composeProposal) pick
 * it. Reading a row while scanning the table does not count; deciding an output does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProofItem, ProofKind } from '../../../../src/domain/schemas.ts';
import type { ParsedJobPost, Tone } from '../../../../src/domain/schemas.ts';
import { classifyTask, findTaskPattern } from '../../../../src/engines/offline/classify-task.ts';
import { CONTENT_DIR, CONTENT_FILES, offlineContent } from '../../../../src/engines/offline/content/load-content.ts';
import { auditTasks } from '../../../../src/engines/offline/audit-tasks.ts';
import { exposureReason } from '../../../../src/engines/offline/triage/post-reasons.ts';
import { knownSkills } from '../../../../src/engines/offline/offer/known-skills.ts';
import { rewriteOffer } from '../../../../src/engines/offline/rewrite-offer.ts';
import { composeProposal } from '../../../../src/engines/offline/propose/compose-proposal.ts';
import { pickInsight } from '../../../../src/engines/offline/propose/pick-insight.ts';
import { postText } from '../../../../src/engines/offline/propose/post-text.ts';
import { LIBRARY, POSTS, PROFILE, makePost, rankFor } from '../propose/fixtures.ts';

const content = offlineContent();

function insightFor(title: string, description: string, kind: string | null): string {
  return pickInsight(postText(makePost({ title, description })), kind).insight.id;
}

describe('every insight', () => {
  it.each(content.insights.insights)('$id is chosen for a post of its kind titled with any one of its triggers', (entry) => {
    for (const trigger of entry.triggers) expect(insightFor(trigger, `We need help with ${trigger}.`, entry.kinds[0] ?? null), trigger).toBe(entry.id);
  });

  it('gives every kind of work with an entry a default, chosen when no trigger matches', () => {
    for (const entry of content.insights.insights) {
      const kind = entry.kinds[0] ?? null;
      expect(content.insights.generic.id).not.toBe(insightFor('Help needed', 'Details on a call.', kind));
    }
  });

  it('falls back to the generic entry when the kind of work is unknown', () => {
    expect(insightFor('Tune our pianos', 'Two pianos in Lyon need tuning.', null)).toBe(content.insights.generic.id);
  });
});

describe('every task pattern', () => {
  it.each(content.taskPatterns)('$id is found for its own name or one of its skills', (pattern) => {
    const probes = [pattern.id.replace(/-/g, ' '), ...pattern.skills];
    expect(probes.map((probe) => findTaskPattern(probe)?.id)).toContain(pattern.id);
  });
});

// One task per activity and heuristic, each matched by that row and by no row before it.
const ACTIVITY_PROBES: Record<string, string> = {
  'data-entry': 'Data entry from invoices',
  reformatting: 'Reformatting old reports',
  deciding: 'Deciding priorities with the board',
  'running-sessions': 'Running workshops for new hires',
  'in-person': 'Meeting tenants in person',
};
const HEURISTIC_PROBES = ['Mentoring junior staff', 'Walking dogs twice a day', 'Sorting receipts'];

describe('every task activity and heuristic', () => {
  it.each(content.taskActivities)('$id decides the label of the task it names', (activity) => {
    const probe = ACTIVITY_PROBES[activity.id] ?? '';
    const matching = content.taskActivities.filter((row) => row.test.test(probe)).map((row) => row.id);
    expect(matching).toEqual([activity.id]);
    const expected = activity.patternId === null ? { level: activity.level, reason: activity.reason, patternId: null } : { patternId: activity.patternId };
    expect(classifyTask(probe)).toMatchObject(expected);
  });

  it('gives every shared reason in the file to at least one activity', () => {
    const file = JSON.parse(readFileSync(join(CONTENT_DIR, CONTENT_FILES.taskActivities.file), 'utf8')) as { reasons: Record<string, string> };
    const used = new Set(content.taskActivities.map((activity) => activity.reason));
    for (const [key, reason] of Object.entries(file.reasons)) expect(used.has(reason), key).toBe(true);
  });

  it('has a probe for each activity and each heuristic, and no stale probe', () => {
    expect(Object.keys(ACTIVITY_PROBES).sort()).toEqual(content.taskActivities.map((row) => row.id).sort());
    expect(HEURISTIC_PROBES).toHaveLength(content.taskHeuristics.heuristics.length);
  });

  it.each(content.taskHeuristics.heuristics.map((row, index) => [index, row] as const))(
    'heuristic %i labels a task the table does not know',
    (index, heuristic) => {
      expect(classifyTask(HEURISTIC_PROBES[index] ?? '')).toEqual({ level: heuristic.level, reason: heuristic.reason, patternId: null });
    },
  );

  it('labels a task nothing recognises with the review reason', () => {
    expect(classifyTask('Tune two pianos in Lyon').reason).toBe(content.taskHeuristics.unrecognisedReason);
  });
});

describe('the generic outcome frame', () => {
  it('shapes the offer for a task no pattern knows, with every task slot filled', () => {
    const offer = rewriteOffer({ offer: 'Tune 3 pianos in Lyon', profile: PROFILE, proof: [] });
    expect(offer.headline).toContain('done to a written standard');
    expect(offer.deliverables[0]).toBe('3 pianos covered by the written standard, each delivery logged');
    expect(JSON.stringify(offer)).not.toMatch(/\{(?:task|Task|count|unit)\}/);
    expect(offer.exclusions).toEqual(content.genericFrame.exclusions);
  });
});

describe('the labels', () => {
  it('names every exposure level in the audit summary and opens the triage reason with its note', () => {
    const audit = auditTasks({ tasks: ['Data entry from invoices', 'Write 10 blog posts', 'Walking dogs twice a day'], profile: PROFILE });
    for (const [level, label] of Object.entries(content.labels.exposureLevels)) {
      expect(audit.summary).toContain(label.name);
      expect(exposureReason(level as keyof typeof content.labels.exposureLevels, 'Why.').text).toBe(`${label.triageNote}. Why.`);
    }
  });

  it.each(ProofKind.options)('names a "%s" whose title is too long to quote by its kind', (kind) => {
    const item = ProofItem.parse({
      id: 'long-title',
      kind,
      title: 'A very long title that goes on and on about a Shopify checkout project for a shop we once had',
      problem: 'Shoppers left at checkout.',
      result: 'More shoppers finished checkout.',
      skills: ['Shopify', 'Liquid'],
    });
    const proof = rankFor(POSTS.shopify, [item]);
    const { text } = composeProposal({ post: POSTS.shopify, profile: PROFILE, proof, options: { tone: 'plain', length: 'standard' }, accepted: [] });
    expect(text).toContain(`the ${content.labels.proofKinds[kind]} I have on file`);
  });
});

describe('the known skill lists', () => {
  const fromPatterns = new Set(content.taskPatterns.flatMap((pattern) => pattern.skills.map((skill) => skill.toLowerCase())));

  it('adds every extra skill to the known skills, and none that a pattern already names', () => {
    for (const skill of content.knownSkills.extraSkills) {
      expect(knownSkills(), skill).toContain(skill);
      expect(fromPatterns.has(skill), skill).toBe(false);
    }
  });

  it('keeps every "too ordinary" word out of a skill some list would otherwise add', () => {
    const candidates = new Set([...fromPatterns, ...content.knownSkills.extraSkills]);
    for (const word of content.knownSkills.tooOrdinary) {
      expect(candidates.has(word), word).toBe(true);
      expect(knownSkills(), word).not.toContain(word);
    }
  });
});

// A frame shows in a draft when its fixed words do, in order; `{slots}` stand for anything.
function frameShows(frame: string, drafts: readonly string[]): boolean {
  const fixed = frame
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return (
    fixed.length > 0 &&
    drafts.some((draft) => {
      let at = 0;
      for (const part of fixed) {
        at = draft.indexOf(part, at);
        if (at < 0) return false;
        at += part.length;
      }
      return true;
    })
  );
}

describe('the phrasing', () => {
  const TONES: readonly Tone[] = ['plain', 'warm', 'direct', 'formal'];
  // A second Shopify item, so drafts that cite two pieces of proof occur.
  const library = [
    ...LIBRARY,
    ProofItem.parse({
      id: 'candle-cart',
      kind: 'portfolio',
      title: 'Cart drawer rework for a candle shop',
      problem: 'The cart drawer hid the shipping cost until checkout.',
      result: 'Shoppers saw the full price in the cart.',
      skills: ['Shopify', 'Liquid'],
    }),
  ];
  // The fixture posts, one post per insight entry, a fixed-price post for evolving work and a vague one.
  const posts: ParsedJobPost[] = [
    ...Object.values(POSTS),
    ...content.insights.insights.map((entry) =>
      makePost({
        title: `${entry.triggers[0] ?? ''} work for our team`,
        description: `We need help with ${entry.triggers[0] ?? ''} for our small business, starting with a review.`,
      }),
    ),
    makePost({
      title: 'Ongoing Shopify store support',
      description: 'Our Shopify store needs ongoing help with apps, theme fixes and new features as the business grows.',
      budget: { type: 'fixed', min: 400, max: 400, currency: 'USD' },
    }),
    makePost({ title: 'Help needed', description: 'Need help with a project.' }),
    makePost({
      title: 'Sales data analysis',
      description: 'We need charts of our sales data: 1. Monthly sales trends: how sales moved. 2. Top sellers by store. 3. Seasonal patterns.',
    }),
    makePost({
      title: 'Bar and restaurant design',
      description: 'We are opening a restaurant. Proposals should include floor plans, furniture suggestions and a review of the existing kitchen.',
    }),
    makePost({
      title: 'Sourcing specialist',
      description:
        'We buy packaging in Turkey.\n\nKey Responsibilities:\n- Find new packaging suppliers in Turkey.\n- Negotiate prices and contracts.\n- Run supplier audits.\n- Track raw material prices.\n- Manage shipping documents.\n- Report to the buying team.',
    }),
    makePost({
      title: 'Email marketing associate',
      description: 'Manage our Mailchimp campaigns. The role also includes writing weekly blog posts and crafting social media posts for our shop.',
    }),
  ];
  const profile = { ...PROFILE, skills: ['Shopify', 'Liquid', 'Power BI'] };
  // A code word the user accepted is carried in its own sentence.
  const secret = { kind: 'secret_word', text: 'Include the code word "teal-fox" so I know you read this.', value: 'teal-fox', purpose: 'read_check' } as const;
  const accepting = makePost({ title: 'Shopify theme fixes', description: 'Fix our Shopify theme. Include the code word "teal-fox" so I know you read this.' });
  const drafts = TONES.flatMap((tone) => [
    ...posts.flatMap((post) =>
      (['short', 'long'] as const).flatMap((length) =>
        [rankFor(post, library), []].map((proof) => composeProposal({ post, profile, proof, options: { tone, length }, accepted: [] }).text),
      ),
    ),
    composeProposal({ post: accepting, profile, proof: [], options: { tone, length: 'standard' }, accepted: [secret] }).text,
  ]);

  it.each(Object.entries(content.phrasing.frames))('slot "%s" shapes at least one draft', (_slot, frames) => {
    expect(
      Object.values(frames)
        .flat()
        .some((frame) => frameShows(frame, drafts)),
    ).toBe(true);
  });

  it('uses every length filler in some draft', () => {
    for (const filler of content.phrasing.fillers) expect(frameShows(filler, drafts), filler).toBe(true);
  });

  it('closes some draft with each shared question', () => {
    for (const question of content.insights.sharedQuestions) expect(frameShows(question, drafts), question).toBe(true);
  });
});
