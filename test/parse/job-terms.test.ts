import { describe, expect, it } from 'vitest';
import { parseDuration, parseExperienceLevel, parseHoursPerWeek } from '../../src/parse/job-terms.ts';

describe('parseExperienceLevel', () => {
  it.each([
    ['Entry level', 'entry'],
    ['Intermediate\nExperience level', 'intermediate'],
    ['Expert', 'expert'],
    ['ExpertLevel', 'expert'],
    ['IntermediateLevel', 'intermediate'],
    ['Experience level: Expert', 'expert'],
    ['Experience Level - Entry level', 'entry'],
    ['Fixed-price - Intermediate - Est. Budget: $300', 'intermediate'],
  ])('reads %j as %s', (text, level) => {
    expect(parseExperienceLevel(text)).toBe(level);
  });

  it('does not read a level from a title or prose', () => {
    expect(parseExperienceLevel('Shopify Expert Needed\nWe want an expert who knows Liquid.')).toBeNull();
  });

  it('returns null when no level is stated', () => {
    expect(parseExperienceLevel('Experience: 5 years with React')).toBeNull();
  });
});

describe('parseDuration', () => {
  it.each([
    ['1 to 3 months', '1 to 3 months'],
    ['More than 6 months', 'More than 6 months'],
    ['Less than 1 month', 'Less than 1 month'],
    ['Duration: 2 weeks', '2 weeks'],
    ['Project length: 6+ months', '6+ months'],
    ['This will run 3 to 6 months.', '3 to 6 months'],
  ])('reads %j', (text, duration) => {
    expect(parseDuration(text)).toBe(duration);
  });

  it('does not read years of experience as a duration', () => {
    expect(parseDuration('You have more than 6 months of experience with Figma.')).toBeNull();
  });
});

describe('parseHoursPerWeek', () => {
  it.each([
    ['Less than 30 hrs/week', 'Less than 30 hrs/week'],
    ['More than 30 hrs/week', 'More than 30 hrs/week'],
    ['Remote | 10\u201315 hours/week to start', '10\u201315 hours/week'],
    ['Hours per week: 20', '20'],
    ['Hours to be determined', 'Hours to be determined'],
  ])('reads %j as written', (text, hours) => {
    expect(parseHoursPerWeek(text)).toBe(hours);
  });

  it('returns null when hours are not stated', () => {
    expect(parseHoursPerWeek('Deliver in 2 weeks.')).toBeNull();
  });
});
