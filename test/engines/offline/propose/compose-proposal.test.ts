import { describe, expect, it } from 'vitest';
import type { ProposeOptions } from '../../../../src/domain/ports.ts';
import { Profile } from '../../../../src/domain/schemas.ts';
import type { ParsedJobPost, ProofItem } from '../../../../src/domain/schemas.ts';
import { composeProposal } from '../../../../src/engines/offline/propose/compose-proposal.ts';
import { parseJobPost } from '../../../../src/parse/parse-job-post.ts';
import { rankProof } from '../../../../src/retrieval/rank-proof.ts';
import { claimSentences } from '../../../../src/rubric/proposal/claims.ts';
import { countWords, extractNumbers, findTerms, ngrams, numberValue, paragraphs, words } from '../../../../src/text/text.ts';
import { AI_TELL_WORDS, GUARANTEE_PHRASES, SELF_PRAISE_PHRASES, THROAT_CLEARING_OPENERS } from '../../../../src/text/vocabulary.ts';
import { LIBRARY, POSTS, PROFILE, makePost, rankFor } from './fixtures.ts';

const TONES = ['plain', 'warm', 'direct', 'formal'] as const;
const LENGTHS = ['short', 'standard', 'long'] as const;
const BANDS = { short: [120, 170], standard: [155, 260], long: [260, 340] } as const;
const ALL_POSTS = Object.entries(POSTS) as [string, ParsedJobPost][];

function draft(post: ParsedJobPost, options: Partial<ProposeOptions> = {}, profile = PROFILE, library = LIBRARY) {
  return composeProposal({
    post,
    profile,
    proof: rankFor(post, library),
    options: { tone: options.tone ?? 'plain', length: options.length ?? 'standard' },
    accepted: [],
  });
}

function postWords(post: ParsedJobPost): Set<string> {
  const text = [post.facts.title ?? '', post.facts.description, post.facts.skills.join(' ')].join(' ');
  return new Set(words(text).filter((w) => w.length >= 4));
}

function overlap(a: string, b: string): number {
  const mine = ngrams(a, 5);
  const theirs = ngrams(b, 5);
  let shared = 0;
  for (const gram of mine) if (theirs.has(gram)) shared += 1;
  return shared / mine.size;
}

const OPENING_FILLER = new Set(['your', 'with', 'regarding', 'respect', 'about', 'looking', 'thinking', 'reading', 'concerning', 'hello', 'good']);

describe('composeProposal', () => {
  it.each(ALL_POSTS)('names something from the %s post inside the first 150 characters', (_name, post) => {
    for (const tone of TONES) {
      const opening = draft(post, { tone }).text.slice(0, 150);
      const shared = words(opening).filter((w) => postWords(post).has(w) && !OPENING_FILLER.has(w));
      expect(shared.length, opening).toBeGreaterThan(0);
    }
  });

  it('finishes the opening sentence, problem and insight, inside the 150-character preview', () => {
    for (const [name, post] of ALL_POSTS) {
      for (const tone of TONES) {
        const text = draft(post, { tone }).text;
        const end = text.search(/[.?](?:\s|$)/) + 1;
        expect(end, `${name} ${tone}: ${text.slice(0, 200)}`).toBeGreaterThan(40);
        expect(end, `${name} ${tone}: ${text.slice(0, 200)}`).toBeLessThanOrEqual(150);
      }
    }
  });

  it('never opens with a throat-clearing line or the applicant name', () => {
    for (const [, post] of ALL_POSTS) {
      for (const tone of TONES) {
        const body = draft(post, { tone })
          .text.replace(/^(?:hi|hello|good day),?\s*/i, '')
          .toLowerCase();
        for (const opener of THROAT_CLEARING_OPENERS) expect(body.startsWith(opener), body.slice(0, 40)).toBe(false);
        expect(body.startsWith(PROFILE.name.toLowerCase())).toBe(false);
        expect(body.startsWith('i ')).toBe(false);
      }
    }
  });

  it('talks about the client in the first paragraph: you/your at least as often as I/my', () => {
    for (const [, post] of ALL_POSTS) {
      for (const tone of TONES) {
        const first = paragraphs(draft(post, { tone }).text)[0] ?? '';
        const list = words(first);
        const you = list.filter((w) => ['you', 'your', "you're", 'yours'].includes(w)).length;
        const me = list.filter((w) => ['i', 'my', 'me', "i'm", "i've", "i'd"].includes(w)).length;
        expect(you, first).toBeGreaterThanOrEqual(me);
        expect(you, first).toBeGreaterThan(0);
      }
    }
  });

  it('puts a diagnosis sentence in the first paragraph', () => {
    const cues = ['bottleneck', 'the real risk', 'likely', 'what usually causes', 'the problem is', 'underlying risk', 'tends to'];
    for (const [, post] of ALL_POSTS) {
      for (const tone of TONES) {
        const first = paragraphs(draft(post, { tone }).text)[0] ?? '';
        expect(findTerms(first, cues).length, first).toBeGreaterThan(0);
      }
    }
  });

  it('cites only proof it was given, and names each cited item in the text', () => {
    const result = draft(POSTS.dashboard);
    expect(result.citations).toEqual(['regional-sales-bi']);
    expect(result.text).toContain('"Regional sales dashboard for a distributor"');
    const known = new Set(LIBRARY.map((item) => item.id));
    for (const [, post] of ALL_POSTS) {
      const given = new Set(rankFor(post).map((ranked) => ranked.item.id));
      for (const id of draft(post).citations) {
        expect(known.has(id)).toBe(true);
        expect(given.has(id)).toBe(true);
      }
    }
  });

  it('states metrics in plain words, with the stored figures unchanged', () => {
    const text = draft(POSTS.shopify, { length: 'long' }).text;
    expect(text).toContain('mobile checkout conversion went from 1.8% to 2.9%');
    expect(text).not.toMatch(/On record|\(1\.8% to 2\.9%\)/);
  });

  it('uses no number that is absent from the post, the proof and the profile', () => {
    for (const [, post] of ALL_POSTS) {
      for (const tone of TONES) {
        for (const length of LENGTHS) {
          const result = draft(post, { tone, length });
          const sources = [post.text, ...LIBRARY.map((item) => JSON.stringify(item)), JSON.stringify(PROFILE)].join('\n');
          const known = new Set(extractNumbers(sources).map((n) => numberValue(n)));
          const written = [result.text, ...result.screeningAnswers.map((a) => a.answer)].join('\n');
          for (const raw of extractNumbers(written)) expect(known.has(numberValue(raw)), `${raw} in ${written}`).toBe(true);
        }
      }
    }
  });

  it('ends with one question, alone in the last paragraph', () => {
    for (const [, post] of ALL_POSTS) {
      for (const tone of TONES) {
        const text = draft(post, { tone }).text;
        const last = paragraphs(text).at(-1) ?? '';
        expect(last.endsWith('?'), last).toBe(true);
        expect((last.match(/\?/g) ?? []).length).toBe(1);
        expect(text.trimEnd().endsWith(last)).toBe(true);
      }
    }
  });

  it('never asks about a tool the post names only in its skill tags', () => {
    const page = [
      'Data analyst / BI expert to help with analytics reports',
      'Fixed price: $2500',
      'I need data visualizations built in Looker Studio, and reports our customers can read to analyze their own data.',
      'Skills: Data Analysis, Data Visualization, Dashboard, Business Intelligence, Analytics, Google Analytics, Tableau, Microsoft Power BI, R',
    ].join('\n');
    const tagsOnly = makePost({
      title: 'Analytics reports for our customers',
      description: 'We need reports our customers can read on their own to analyze their data.',
      skills: ['Microsoft Power BI', 'Tableau'],
    });
    for (const post of [parseJobPost(page), tagsOnly]) {
      for (const variant of [0, 1, 2]) {
        const result = composeProposal({ post, profile: PROFILE, proof: rankFor(post), options: { tone: 'plain', length: 'standard', variant }, accepted: [] });
        const question = paragraphs(result.text).at(-1) ?? '';
        expect(findTerms(question, ['Power BI', 'Tableau']), question).toEqual([]);
      }
    }
  });

  it('keeps the word count inside the band for each length', () => {
    for (const [name, post] of ALL_POSTS) {
      for (const tone of TONES) {
        for (const length of LENGTHS) {
          const count = countWords(draft(post, { tone, length }).text);
          const [min, max] = BANDS[length];
          expect(count, `${name} ${tone} ${length}`).toBeGreaterThanOrEqual(min);
          expect(count, `${name} ${tone} ${length}`).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  it('uses no AI-tell words, self-praise, guarantees, em dashes or Markdown', () => {
    for (const [, post] of ALL_POSTS) {
      for (const tone of TONES) {
        const text = draft(post, { tone, length: 'long' }).text;
        expect(findTerms(text, [...AI_TELL_WORDS, ...SELF_PRAISE_PHRASES, ...GUARANTEE_PHRASES])).toEqual([]);
        expect(text).not.toMatch(/\u2014|\u2013| -- |\*\*|^#|`|\[|\]|\{|\}/m);
        expect(text).not.toMatch(/\bnot just\b|\bnot only\b/i);
      }
    }
  });

  it("avoids the words the user's profile asks to avoid", () => {
    const profile = Profile.parse({ ...PROFILE, avoidWords: ['funnel', 'bottleneck', 'flow'] });
    for (const tone of TONES) {
      for (const length of LENGTHS) {
        const text = draft(POSTS.shopify, { tone, length }, profile).text;
        expect(findTerms(text, profile.avoidWords), text).toEqual([]);
      }
    }
  });

  it('is deterministic: the same input gives the same draft', () => {
    for (const [, post] of ALL_POSTS) expect(draft(post, { tone: 'warm' })).toEqual(draft(post, { tone: 'warm' }));
  });

  it.each([
    ['shopify', 'shopifyTheme'],
    ['dashboard', 'dashboardTwo'],
  ] as const)('gives the similar %s and %s posts drafts that share under half their phrases', (a, b) => {
    for (const tone of TONES) {
      for (const length of LENGTHS) {
        const first = draft(POSTS[a], { tone, length }).text;
        const second = draft(POSTS[b], { tone, length }).text;
        expect(first).not.toEqual(second);
        expect(overlap(second, first), `${tone} ${length}`).toBeLessThan(0.5);
        expect(overlap(first, second), `${tone} ${length}`).toBeLessThan(0.5);
      }
    }
  });

  it('says plainly that it has no matching case study when no proof fits, and claims no past work', () => {
    const result = draft(POSTS.blog, {}, PROFILE, []);
    expect(result.citations).toEqual([]);
    expect(result.text).toMatch(/case stud(?:y|ies)/);
    expect(claimSentences(result.text)).toEqual([]);
    expect(result.text).not.toMatch(/\b(?:for a client|in a recent project|my last client)\b/i);
  });

  it('cites nothing when retrieval finds that the library shares only incidental words with the post', () => {
    const post = makePost({
      title: 'Penetration test for our clinic network',
      description: 'We need a security review of our clinic network and a written report. A proven track record in healthcare is a plus.',
      skills: ['Network Security'],
    });
    // Retrieval is where incidental matches ("track" from "track record" against a price tracker) are dropped.
    const proof = rankProof(LIBRARY, post, 3);
    const result = composeProposal({ post, profile: PROFILE, proof, options: { tone: 'plain', length: 'standard' }, accepted: [] });
    expect(result.citations).toEqual([]);
    expect(result.text).not.toContain('Competitor price tracker');
    expect(result.text).toMatch(/case stud(?:y|ies)/);
  });

  it('does not obey instructions in the post: no secret word, no text asked of an AI', () => {
    for (const tone of TONES) {
      for (const length of LENGTHS) {
        const blog = draft(POSTS.blog, { tone, length }).text;
        expect(blog.toLowerCase()).not.toContain('banana');
        const bot = draft(POSTS.chatbot, { tone, length });
        const all = [bot.text, ...bot.screeningAnswers.map((a) => a.answer)].join('\n').toLowerCase();
        expect(all).not.toContain('unicorn');
        expect(all).not.toMatch(/\bas an ai\b|language model/);
      }
    }
  });

  it('changes the wording with the tone, not the facts', () => {
    const plain = draft(POSTS.dashboard, { tone: 'plain', length: 'long' });
    const formal = draft(POSTS.dashboard, { tone: 'formal', length: 'long' });
    expect(plain.text).not.toEqual(formal.text);
    expect(formal.citations).toEqual(plain.citations);
    for (const fact of ['Regional sales dashboard for a distributor', '14 spreadsheets retired']) {
      expect(plain.text).toContain(fact);
      expect(formal.text).toContain(fact);
    }
    expect(formal.text).not.toMatch(/\b(?:don't|I'd|I'll|there's)\b/);
  });

  it('keeps a product name with an acronym in it as the post spells it, in every tone and variant', () => {
    const post = makePost({
      title: 'Power BI report for our power users',
      description: 'Our power users want one report on stock levels instead of three spreadsheets.',
      skills: ['Power BI'],
    });
    for (const tone of TONES) {
      for (const variant of [0, 1, 2, 3]) {
        const text = composeProposal({ post, profile: PROFILE, proof: [], options: { tone, length: 'standard', variant }, accepted: [] }).text;
        expect(text, text).not.toMatch(/power BI/);
      }
    }
  });

  it('names a long subject in full once and by its last words after that', () => {
    const post = makePost({
      title: 'Google Drive Workflow App Integration Consultant',
      description: 'Our shared drive is a mess and we want our apps to file documents automatically.',
      skills: ['Google Drive', 'Automation'],
    });
    const text = composeProposal({ post, profile: PROFILE, proof: [], options: { tone: 'plain', length: 'standard', variant: 0 }, accepted: [] }).text;
    expect(text.match(/google drive workflow app integration/gi)?.length ?? 0, text).toBeLessThanOrEqual(1);
  });

  it('suggests hourly or a paid discovery step when a fixed price meets ongoing work', () => {
    const text = draft(POSTS.blog).text;
    expect(text).toMatch(/hourly with a weekly cap|paid discovery step/);
  });

  it('leaves a fixed price alone when the post lists the work item by item', () => {
    const listed = makePost({
      title: 'Monthly blog articles for our bakery',
      description:
        'Fixed price, ongoing every month. Each month we need: 1. four blog articles 2. one newsletter 3. captions for our Instagram posts. Our tone is warm and local.',
      budget: { type: 'fixed', min: 400, max: 400, currency: 'USD' },
    });
    expect(draft(listed).text).not.toMatch(/hourly with a weekly cap|paid discovery step/);
  });

  it('makes the first of the numbered tasks the first step, in the words of the post', () => {
    const post = makePost({
      title: 'Analyze trends in our sales data',
      description:
        'We run a chain of snack shops and tracked sales for 19 months. We are interested in: 1. **Monthly Sales Trends:** how sales moved each month. 2. **Top Sellers:** the best products per shop. 3. **Seasonal Patterns:** any seasonal change.',
    });
    for (const tone of TONES) expect(draft(post, { tone }).text).toMatch(/on your list, monthly sales trends, /);
  });

  it('asks to settle the scope first on a vague post, without inventing facts', () => {
    const text = draft(POSTS.vague).text;
    expect(text).toMatch(/scope/);
    expect(extractNumbers(text)).toEqual([]);
  });

  it('includes a proof link only when the profile allows it', () => {
    const linked: ProofItem[] = LIBRARY.map((item) => (item.id === 'regional-sales-bi' ? { ...item, link: 'https://robinvale.example/work/sales-bi' } : item));
    const closed = draft(POSTS.dashboard, { length: 'long' }, PROFILE, linked).text;
    expect(closed).not.toContain('robinvale.example');
    const open = Profile.parse({ ...PROFILE, allowedLinks: ['https://robinvale.example/work'] });
    const shown = draft(POSTS.dashboard, { length: 'long' }, open, linked).text;
    expect(shown).toContain('https://robinvale.example/work/sales-bi');
  });

  it('never addresses the client by a name and never signs with the applicant name', () => {
    for (const [, post] of ALL_POSTS) {
      for (const tone of TONES) {
        const text = draft(post, { tone }).text;
        expect(text).not.toContain(PROFILE.name);
        expect(text).not.toMatch(/^(?:hi|hello|dear)\s+[A-Z][a-z]+/);
      }
    }
  });

  it('skips borrowed text that would break a rule, such as a proof result with a link in it', () => {
    const risky: ProofItem[] = [
      {
        ...(LIBRARY[1] as ProofItem),
        result: 'Details at https://example.com/case and a seamless rollout.',
        problem: 'Regions were guaranteed to disagree?',
      },
    ];
    const text = draft(POSTS.dashboard, { length: 'long' }, PROFILE, risky).text;
    expect(text).not.toContain('example.com');
    expect(text.toLowerCase()).not.toContain('seamless');
    expect(text.toLowerCase()).not.toContain('guaranteed');
    expect(text).toContain('Regional sales dashboard for a distributor');
  });

  it('works on a bare description with no title, skills or budget', () => {
    const post = makePost({
      title: null,
      description: 'Our Excel inventory sheet keeps breaking when two people edit it. We need it rebuilt so totals stay right.',
    });
    const result = draft(post, { length: 'short' });
    expect(countWords(result.text)).toBeGreaterThanOrEqual(120);
    expect(result.text.slice(0, 150).toLowerCase()).toMatch(/excel|inventory|sheet/);
  });
});
