import { describe, expect, it } from 'vitest';
import { assessBudget, assessCompetition, assessFreshness, assessPricing, assessSignals } from '../../src/parse/assess-signals.ts';
import { makeFacts, makeProfile } from '../helpers/facts.ts';

const hourly = (min: number | null, max: number | null) => ({ type: 'hourly' as const, min, max, currency: 'USD' });

describe('assessBudget', () => {
  it('is unknown when the post states no budget', () => {
    expect(assessBudget(makeFacts(), makeProfile({ rateFloor: 40 })).status).toBe('unknown');
  });

  it('asks for a rate floor when the profile has none', () => {
    const result = assessBudget(makeFacts({ budget: hourly(20, 30) }), makeProfile());
    expect(result.status).toBe('no_floor');
    expect(result.detail).toContain('$20-$30/hr');
  });

  it('flags an hourly range whose top is below the floor', () => {
    const result = assessBudget(makeFacts({ budget: hourly(15, 35) }), makeProfile({ rateFloor: 40 }));
    expect(result.status).toBe('below_floor');
    expect(result.detail).toContain('$40/hr');
  });

  it('calls a range that reaches the target rate above target', () => {
    const profile = makeProfile({ rateFloor: 40, targetRate: 70 });
    expect(assessBudget(makeFacts({ budget: hourly(40, 80) }), profile).status).toBe('above_target');
    expect(assessBudget(makeFacts({ budget: hourly(40, 60) }), profile).status).toBe('fair');
  });

  it('turns a fixed budget into hours at the floor instead of calling it fair', () => {
    const facts = makeFacts({ budget: { type: 'fixed', min: 500, max: 500, currency: 'USD' } });
    const result = assessBudget(facts, makeProfile({ rateFloor: 50 }));
    expect(result.status).toBe('unknown');
    expect(result.detail).toContain('about 10 hours');
  });

  it('calls a fixed price below the floor when it buys under two hours of work', () => {
    const tiny = assessBudget(makeFacts({ budget: { type: 'fixed', min: 7, max: 7, currency: 'USD' } }), makeProfile({ rateFloor: 40 }));
    expect(tiny.status).toBe('below_floor');
    expect(tiny.detail).toContain('Fixed $7 buys under 2 hours');
    const twoHours = assessBudget(makeFacts({ budget: { type: 'fixed', min: 80, max: 80, currency: 'USD' } }), makeProfile({ rateFloor: 40 }));
    expect(twoHours.status).toBe('unknown');
  });
});

describe('assessPricing', () => {
  it('advises hourly for a fixed budget on months-long work', () => {
    const facts = makeFacts({ budget: { type: 'fixed', min: 800, max: 800, currency: 'USD' }, duration: '3 to 6 months' });
    expect(assessPricing(facts).status).toBe('hourly');
  });

  it('advises hourly for a fixed budget on ongoing work', () => {
    const facts = makeFacts({
      budget: { type: 'fixed', min: 800, max: 800, currency: 'USD' },
      description: 'Ongoing support for our store as needed.',
    });
    expect(assessPricing(facts).status).toBe('hourly');
  });

  it('keeps fixed for a short defined deliverable', () => {
    const facts = makeFacts({ budget: { type: 'fixed', min: 300, max: 300, currency: 'USD' }, duration: 'Less than 1 month' });
    expect(assessPricing(facts).status).toBe('fixed');
  });
});

describe('assessCompetition', () => {
  it('is unknown without proposal or interview counts', () => {
    expect(assessCompetition(makeFacts()).status).toBe('unknown');
  });

  it('reads 50+ proposals as high', () => {
    expect(assessCompetition(makeFacts({ proposals: { min: 50, max: null } })).status).toBe('high');
  });

  it('reads five or more interviews as high even with few proposals', () => {
    expect(assessCompetition(makeFacts({ proposals: { min: 5, max: 10 }, interviewing: 6 })).status).toBe('high');
  });

  it('reads fewer than five proposals as low and says so', () => {
    const result = assessCompetition(makeFacts({ proposals: { min: 0, max: 4 } }));
    expect(result.status).toBe('low');
    expect(result.detail).toContain('fewer than 5 proposals');
  });
});

describe('assessFreshness', () => {
  it.each([
    ['Posted 2 hours ago', 'fresh'],
    ['Posted yesterday', 'recent'],
    ['Posted 3 days ago', 'recent'],
    ['Posted 9 days ago', 'stale'],
    ['Posted 2 weeks ago', 'stale'],
  ])('reads "%s" as %s', (postedAgo, status) => {
    expect(assessFreshness(makeFacts({ postedAgo })).status).toBe(status);
  });
});

describe('assessSignals', () => {
  it('prices Connects when the post states them', () => {
    const signals = assessSignals(makeFacts({ connects: 16 }), makeProfile());
    expect(signals.connectsCost).toEqual({ connects: 16, dollars: 2.4 });
  });

  it('leaves the cost unknown when the post does not state Connects', () => {
    expect(assessSignals(makeFacts(), makeProfile()).connectsCost).toBeNull();
  });
});

describe('assessPricing on weeks and titles', () => {
  const fixed = { type: 'fixed' as const, min: 900, max: 900, currency: 'USD' };

  it('treats six weeks as long work', () => {
    expect(assessPricing(makeFacts({ budget: fixed, duration: '6 weeks' })).status).toBe('hourly');
  });

  it('reads ongoing work from the title too', () => {
    expect(assessPricing(makeFacts({ budget: fixed, title: 'Ongoing WordPress maintenance' })).status).toBe('hourly');
  });
});
