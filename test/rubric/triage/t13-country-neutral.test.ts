import { describe, expect, it } from 'vitest';
import { t13CountryNeutral } from '../../../src/rubric/triage/t13-country-neutral.ts';
import { buildTriage, run } from './build.ts';

describe('T13 country neutral', () => {
  it('passes negative reasons about other signals, and a neutral mention of the country', () => {
    const triage = buildTriage({
      facts: { client: { country: 'Portugal' } },
      reasons: [
        { signal: 'budget', effect: 'negative', text: 'The budget is under your floor.' },
        { signal: 'client.country', effect: 'neutral', text: 'Client in Portugal; overlap of four working hours.' },
      ],
    });
    expect(run(t13CountryNeutral, triage)).toEqual([]);
  });

  it('flags a negative reason whose signal is the client country', () => {
    const triage = buildTriage({ reasons: [{ signal: 'client.country', effect: 'negative', text: 'Location.' }] });
    expect(run(t13CountryNeutral, triage)).toHaveLength(1);
  });

  it('flags a negative reason that names the client country', () => {
    const triage = buildTriage({
      facts: { client: { country: 'Portugal' } },
      reasons: [{ signal: 'client.rating', effect: 'negative', text: 'Clients from Portugal rate harshly.' }],
    });
    expect(run(t13CountryNeutral, triage)).toHaveLength(1);
  });

  it('flags a negative reason blaming region or nationality', () => {
    const triage = buildTriage({ reasons: [{ signal: 'client', effect: 'negative', text: 'Risky region for payments.' }] });
    expect(run(t13CountryNeutral, triage)).toHaveLength(1);
  });

  it('matches a short country code only in capitals, so "us" as a word passes', () => {
    const facts = { client: { country: 'US' } };
    const ours = buildTriage({ facts, reasons: [{ signal: 'budget', effect: 'negative', text: 'Too little for us to cover.' }] });
    expect(run(t13CountryNeutral, ours)).toEqual([]);
    const theirs = buildTriage({ facts, reasons: [{ signal: 'client', effect: 'negative', text: 'A US client.' }] });
    expect(run(t13CountryNeutral, theirs)).toHaveLength(1);
  });
});
