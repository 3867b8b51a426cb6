import { describe, expect, it } from 'vitest';
import { parseActivity, parseConnects, parsePostedAgo, parseProposalCount } from '../../src/parse/activity.ts';

describe('parseProposalCount', () => {
  it.each([
    ['20 to 50', { min: 20, max: 50 }],
    ['5 to 10', { min: 5, max: 10 }],
    ['Less than 5', { min: 0, max: 4 }],
    ['50+', { min: 50, max: null }],
    ['12', { min: 12, max: 12 }],
  ])('reads %j', (value, range) => {
    expect(parseProposalCount(value)).toEqual(range);
  });

  it('returns null for text that is not a count', () => {
    expect(parseProposalCount('many')).toBeNull();
  });
});

describe('parseActivity', () => {
  it('reads labels and values on one line', () => {
    const text = 'Proposals: 20 to 50\nInterviewing: 3\nInvites sent: 5\nUnanswered invites: 2';
    expect(parseActivity(text)).toMatchObject({ proposals: { min: 20, max: 50 }, interviewing: 3, invitesSent: 5, unansweredInvites: 2 });
  });

  it('reads values pasted on the line after their label', () => {
    const text = 'Activity on this job\nProposals:\nLess than 5\nInterviewing:\n0\nInvites sent:\n\n7';
    expect(parseActivity(text)).toMatchObject({ proposals: { min: 0, max: 4 }, interviewing: 0, invitesSent: 7 });
  });

  it('leaves every field null for a bare description', () => {
    expect(parseActivity('We are interviewing 3 people this week and need help fast.')).toEqual({
      postedAgo: null,
      proposals: null,
      interviewing: null,
      invitesSent: null,
      unansweredInvites: null,
      connects: null,
    });
  });
});

describe('parseConnects', () => {
  it.each([
    ['Send a proposal for: 16 Connects', 16],
    ['Required Connects to submit a proposal: 16', 16],
    ['This job requires 8 Connects', 8],
  ])('reads %j', (text, connects) => {
    expect(parseConnects(text)).toBe(connects);
  });

  it('ignores the Connects the freelancer has available', () => {
    expect(parseConnects('Available Connects: 140')).toBeNull();
  });
});

describe('parsePostedAgo', () => {
  it.each([
    ['Posted 2 hours ago', '2 hours ago'],
    ['Posted yesterday', 'yesterday'],
    ['Reposted 3 days ago', '3 days ago'],
    ['posted an hour ago', 'an hour ago'],
  ])('reads %j', (text, ago) => {
    expect(parsePostedAgo(text)).toBe(ago);
  });

  it('returns null when the post does not say', () => {
    expect(parsePostedAgo('We posted this job because our last hire left.')).toBeNull();
  });
});
