/**
 * Sentence frames per tone. Tone changes the wording (greeting, contractions, sentence length),
 * never the facts: every frame is filled from the same post terms, insight and proof.
 *
 * Frames follow the rubric: openings say "your" and never "I"; diagnoses carry a cue ("the
 * bottleneck is likely", "the real risk"); first steps carry a first-step cue; nothing here holds a
 * digit, a price, a duration or a question mark.
 */
import type { Tone } from '../../../domain/schemas.ts';

/** Wordings for one slot, per tone; a draft picks one by a hash of the post. */
export type Frames = Readonly<Record<Tone, readonly string[]>>;

export const GREETING: Readonly<Record<Tone, readonly string[]>> = {
  plain: [''],
  warm: ['Hi,\n', 'Hello,\n'],
  direct: [''],
  formal: ['Hello,\n', 'Good day,\n'],
};

export const OPENING: Frames = {
  plain: [
    'On your {subject}, {insight}',
    'For your {subject}, {insight}',
    'Your {subject}: {insight}',
    'Looking at your {subject}, {insight}',
  ],
  warm: [
    'On your {subject}, {insight}',
    'With your {subject}, {insight}',
    'Thinking about your {subject}, {insight}',
    'Reading about your {subject}, one thing stands out: {insight}',
  ],
  direct: ['Your {subject}: {insight}', 'On your {subject}: {insight}', 'About your {subject}: {insight}',
    'For your {subject}: {insight}',
  ],
  formal: [
    'Regarding your {subject}, {insight}',
    'With respect to your {subject}, {insight}',
    'Concerning your {subject}, {insight}',
  ],
};

export const DIAGNOSIS: Frames = {
  plain: [
    'In {focus} work, the bottleneck is likely {cause}.',
    'What usually causes this in {focus} work is {cause}.',
    'The real risk in {focus} projects is {cause}.',
    'My read is that the bottleneck in your {focus} work is likely {cause}.',
  ],
  warm: [
    'In {focus} work, the problem is usually {cause}.',
    'What tends to cause this in {focus} projects is {cause}.',
    'From what you describe, the likely bottleneck in your {focus} work is {cause}.',
  ],
  direct: [
    'Likely bottleneck in {focus} work: {cause}.',
    'The real risk in {focus} projects is {cause}.',
    'Most likely cause in your {focus} work: {cause}.',
  ],
  formal: [
    'The underlying risk in {focus} work is usually {cause}.',
    'In {focus} projects, the bottleneck is likely {cause}.',
    'From your description, the likely cause in your {focus} work is {cause}.',
  ],
};

export const CONSEQUENCE: Frames = {
  plain: ['That means {consequence}.', 'In practice, {consequence}.', 'So for you, {consequence}.'],
  warm: ['The good news is that {consequence}.', 'In practice, {consequence}.', 'Which is useful, because {consequence}.'],
  direct: ['So {consequence}.', 'Which means {consequence}.', 'Practical upshot: {consequence}.',
    'Bottom line: {consequence}.',
  ],
  formal: ['This means that {consequence}.', 'In practice, {consequence}.', 'It follows that {consequence}.'],
};

export const REFLECT: Frames = {
  plain: ['You mention that {reflection}.', 'As you put it, {reflection}.', 'From your post, {reflection}.'],
  warm: ['You mention that {reflection}.', 'I noticed that {reflection}.', 'As you describe it, {reflection}.'],
  direct: ['You say {reflection}.', 'Your post: {reflection}.'],
  formal: ['As your post explains, {reflection}.', 'You note that {reflection}.'],
};

export const PROOF_LEAD: Frames = {
  plain: [
    'The closest match in my own work is {title}, which dealt with {req} as your post does.',
    'For the {req} side of your post, the most relevant piece of my work is {title}.',
    '{title} is the nearest example I can point to, because it covered {req}.',
    'On {req}, the piece of my work that fits best is {title}.',
  ],
  warm: [
    'You might find {title} useful to look at, since it covered {req} too.',
    'For the {req} side of your post, the piece of my work I would point you to is {title}.',
    'On {req}, I would point you to {title}.',
  ],
  direct: ['Relevant proof: {title}, covering {req}.', 'Closest match for {req}: {title}.', 'Proof for {req}: {title}.'],
  formal: [
    'The most relevant example from my own work is {title}, which addressed {req}.',
    'With regard to {req}, the closest example from my own work is {title}.',
    'As evidence on {req}, I would refer you to {title}.',
  ],
};

export const PROOF_LEAD_PLAIN: Frames = {
  plain: ['The closest example in my own work is {title}.'],
  warm: ['The piece of my work I would point you to is {title}.'],
  direct: ['Closest proof: {title}.'],
  formal: ['The most relevant example from my own work is {title}.'],
};

export const SECOND_PROOF: Frames = {
  plain: ['{title} is also relevant for {req}.', 'For {req}, {title} is worth a look as well.'],
  warm: ['{title} may also interest you for {req}.'],
  direct: ['Also relevant for {req}: {title}.'],
  formal: ['{title} is also relevant with regard to {req}.'],
};

export const PROBLEM_RESULT: Frames = {
  plain: [
    'The starting point there: {problem} The result: {result}',
    'The problem then: {problem} What changed: {result}',
    'It began like this. {problem} And it ended here. {result}',
  ],
  warm: [
    'Where it began: {problem} Where it ended up: {result}',
    'The starting point there: {problem} The result: {result}',
  ],
  direct: ['Before: {problem} After: {result}', 'Problem: {problem} Outcome: {result}'],
  formal: [
    'The starting point was as follows. {problem} The outcome: {result}',
    'The initial situation: {problem} The result: {result}',
  ],
};

export const APPROACH_RESULT: Frames = {
  plain: ['What the work involved: {approach} The result: {result}', 'The approach there: {approach} What changed: {result}'],
  warm: ['How it went: {approach} Where it ended up: {result}'],
  direct: ['Approach: {approach} Outcome: {result}'],
  formal: ['The approach taken: {approach} The outcome: {result}'],
};

export const METRICS: Frames = {
  plain: ['The figures on record are {metrics}.', 'On record: {metrics}.'],
  warm: ['The figures on record are {metrics}.'],
  direct: ['Recorded: {metrics}.'],
  formal: ['The recorded figures are {metrics}.'],
};

export const PROOF_SKILLS: Frames = {
  plain: ['That work used {skills}, which your post also lists.'],
  warm: ['It used {skills}, which your post mentions as well.'],
  direct: ['Same tools as your post: {skills}.'],
  formal: ['That work used {skills}, which your post also requires.'],
};

export const NO_PROOF: Frames = {
  plain: [
    "I don't have a case study that matches this closely, so rather than point you to unrelated work, here is how I would begin.",
    "There's no case study I can show that fits this directly, so I'll keep to the plan instead of stretching an unrelated example.",
    'I have no directly matching case study on file for this, so the plan has to carry the argument.',
  ],
  warm: [
    "To be upfront, I don't have a case study that fits this directly, so I'd rather show you how I would approach it.",
    "I'll be honest that there is no case study on file that matches this closely, so here is the plan instead.",
  ],
  direct: [
    'No directly matching case study to show here, so the plan below is the best evidence I can offer.',
    'No close case study on file for this, so judge the plan.',
    'Nothing in my case studies matches this closely, so I will not pretend otherwise.',
  ],
  formal: [
    'I do not have a directly matching case study to show, so I would rather set out the approach than cite unrelated work.',
    'I have no case study on file that corresponds closely to this, so I will let the proposed approach speak for itself.',
    'I cannot point to a closely matching case study, and I would rather say so than overstate the fit.',
  ],
};

export const APPROACH: Frames = {
  plain: ['From there, I would {approach}.', 'In short, I would {approach}.', 'The plan after that: I would {approach}.'],
  warm: ["From there, I'd {approach}.", 'After that, I would {approach}.'],
  direct: ['Then: {approach}.', 'After that I would {approach}.'],
  formal: ['From there, I would {approach}.', 'Thereafter, I would {approach}.'],
};

/** The approach when no proof precedes it, so it cannot read as "from there". */
export const APPROACH_ALONE: Frames = {
  plain: ['In short, I would {approach}.', 'The approach I would take: {approach}.'],
  warm: ['In short, I would {approach}.', 'What I would do is {approach}.'],
  direct: ['Plan: {approach}.', 'In short: {approach}.',
    'How I would do it: {approach}.',
  ],
  formal: ['In brief, I would {approach}.', 'The approach I would propose is to {approach}.',
    'My proposed approach would be to {approach}.',
  ],
};

export const SKILLS_MATCH: Frames = {
  plain: ['Your post lists {skills}, and both are part of my regular work.'],
  warm: ['Your post mentions {skills}, and both are part of my regular work.'],
  direct: ['Your post lists {skills}; both are part of my regular work.'],
  formal: ['Your post lists {skills}, both of which are part of my regular work.'],
};

export const SKILL_MATCH_ONE: Frames = {
  plain: ['Your post lists {skills}, which is part of my regular work.'],
  warm: ['Your post mentions {skills}, which is part of my regular work.'],
  direct: ['Your post lists {skills}; that is part of my regular work.'],
  formal: ['Your post lists {skills}, which is part of my regular work.'],
};

export const FIRST_STEP: Frames = {
  plain: [
    'I would start with {firstStep}.',
    'As a first step, I would deliver {firstStep}.',
    'A small first deliverable would be {firstStep}.',
    'The first step I would suggest is {firstStep}.',
  ],
  warm: [
    'I would start with {firstStep}.',
    'A small first deliverable would be {firstStep}.',
    'As a first step, I would love to put together {firstStep}.',
  ],
  direct: ['First step: {firstStep}.', 'I would start with {firstStep}.', 'First deliverable: {firstStep}.'],
  formal: [
    'As a first step, I would propose {firstStep}.',
    'I would start with {firstStep}.',
    'The first deliverable I would suggest is {firstStep}.',
  ],
};

export const FIRST_STEP_WHY: Frames = {
  plain: [
    'That gives you something concrete to check before committing to the rest.',
    'You can judge the approach from that before deciding on anything larger.',
    'It is small enough to review quickly and specific enough to test.',
  ],
  warm: [
    'That way you have something real to look at before deciding on the rest.',
    'If it is useful, the rest builds on it; if not, you have lost very little.',
    'It keeps the first commitment small for both of us.',
  ],
  direct: ['Small enough to review quickly, specific enough to test.', 'You judge it before committing to more.',
    'Cheap to check, and it shows whether the rest is worth doing.',
    'You see real output before any bigger commitment.',
  ],
  formal: [
    'This gives you something concrete to assess before committing to the remainder.',
    'It allows you to judge the approach before deciding on anything larger.',
    'It keeps the initial commitment modest for both parties.',
  ],
};

export const EVOLVING_NOTE: Frames = {
  plain: [
    'Since this sounds likely to evolve, a fixed price tends to work against both sides; hourly with a weekly cap, or a paid discovery step first, keeps the scope honest.',
    'This looks like work that will change as it goes, so a fixed price is risky for both sides; hourly with a weekly cap, or a paid discovery step to start, keeps it fair.',
  ],
  warm: [
    'Because this sounds likely to grow as it goes, a fixed price could end up unfair to you or to me; hourly with a weekly cap, or a paid discovery step first, keeps it fair.',
    'Work like this tends to change shape, so rather than a fixed price I would suggest hourly with a weekly cap, or a paid discovery step to begin.',
  ],
  direct: ['This will likely evolve, so a fixed price is risky for both sides: hourly with a weekly cap, or a paid discovery step first.',
    'Fixed price on changing work hurts both sides, so I would suggest hourly with a weekly cap, or a paid discovery step first.',
  ],
  formal: [
    'As the work is likely to evolve, a fixed price may not serve either party well; hourly billing with a weekly cap, or a paid discovery step first, would keep the scope clear.',
    'Because the requirements are likely to change, I would suggest hourly billing with a weekly cap, or a paid discovery step, in place of a fixed price.',
  ],
};

export const VAGUE_NOTE: Frames = {
  plain: ['The post leaves the scope fairly open, so the first thing to settle together is what a finished result looks like and how you will check it.',
    'Some of the scope is still open, so the first thing I would want to agree with you is what finished looks like and how it gets checked.',
  ],
  warm: ['The post leaves some of the scope open, so I would like to settle with you first what a finished result looks like and how you will check it.',
    'Since a few things are still open, I would love to agree with you early on what finished looks like and how you will check it.',
  ],
  direct: ['The scope is open, so first we settle what finished looks like and how you will check it.',
    'Open scope: we agree first what finished means and how it gets checked.',
  ],
  formal: ['As the post leaves the scope open, the first matter to settle is what a finished result looks like and how it will be checked.',
    'Several points of scope remain open, so I would first agree with you what a finished result is and how it will be verified.',
  ],
};

/** Process sentences used only to reach the length band; honest about how the work would run. */
export const FILLERS: readonly string[] = [
  'Each change would come to you with a short note on what it does and how to check it.',
  'Nothing would go live without your sign-off, and each step stays easy to reverse.',
  'You would get a plain record of what changed, so anyone on your side can pick it up later.',
  'Questions from my side would come together in one message rather than piece by piece.',
  'If the real setup turns out to differ from the post, I would say so before doing more work.',
  'Where a decision is yours to make, I would lay out the options and the trade-off instead of choosing quietly.',
  'Progress would show up as finished pieces you can check, rather than as status updates.',
  'I would keep the first version small on purpose, so your feedback shapes the rest.',
  'Any access you share would be used only for this work and handed back at the end.',
  'If something outside the agreed scope comes up, I would flag it and let you decide before it is done.',
  'The aim is a result your team can run without me afterwards.',
  'You would always know what is finished and what is waiting on you.',
  'I would rather raise a doubt early than explain a surprise later.',
  'Anything I cannot check myself, I would mark clearly so you know where to look.',
  'Handover includes the notes someone new would need to carry on without asking me.',
  'I work best with one point of contact on your side who can make calls quickly.',
  'If an early result points somewhere unexpected, we can change course before much is spent.',
  'You keep ownership of everything produced, including the working files.',
  'I test against your real data or setup wherever possible, not a tidy example.',
  'When something is a judgement call, I will say so rather than present it as fact.',
];

/** Fills `{name}` slots; every slot in a frame must have a value. */
export function fill(frame: string, values: Readonly<Record<string, string>>): string {
  return frame.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`phrasing: no value for ${whole} in "${frame}"`);
    return value;
  });
}

/** Upper-cases the first letter, for a clause that starts a sentence. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
