/**
 * Recognises the short lines a job page shows around the description (budget, type, level,
 * length, hours, posting time, Connects, page buttons), so the description can leave them out.
 */
import { findMoney } from './money.ts';

const META = [
  /^(?:job type\s*:?\s*)?(?:hourly|fixed[- ]?price|fixed)(?:\s+(?:rate|range|job|project|contract|budget))?\s*(?:\(?\s*-?\s*(?:rate\s+)?not stated\s*\)?)?\s*:?$/i,
  /^(?:entry|intermediate|expert)(?:[- ]?level)?$/i,
  /^(?:experience level|level|duration|project length|project type|hours per week|est(?:imated|\.)?\s*budget|budget)\s*:?$/i,
  /^(?:experience level|duration|project length|project type|hours per week)\s*[:-]\s*.{1,40}$/i,
  /^i am (?:looking for (?:freelancers with the lowest rates|a mix of experience and value)|willing to pay higher rates for the most experienced freelancers)\.?$/i,
  /^(?:less than (?:a|1|one) month|1 to 3 months|3 to 6 months|more than 6 months|1-3 months|3-6 months|6\+ months|<\s?1 month)$/i,
  /^(?:(?:less|more) than \d+ hrs\/week|\d+\+? hrs\/week|hours to be determined)$/i,
  /^(?:re)?posted\s+(?:\d+\s+\w+\s+ago|yesterday|today|just now|last \w+|an? (?:few )?\w+ ago)$/i,
  /^(?:worldwide|remote job|ongoing project|one-time project|complex project|contract-to-hire(?: opportunity)?)$/i,
  /^(?:send a proposal for|required connects|available connects|connects)\b|\b\d+\s+connects$/i,
  /^(?:proposals|interviewing|invites sent|unanswered invites|last viewed by client|skills)\s*:.{0,60}$|^(?:proposals|interviewing|invites sent|unanswered invites|last viewed by client)\s*:?$/i,
  /^(?:job details|apply now|submit a proposal|save job|saved|flag as inappropriate|back to (?:search|job search)|view job posting)$/i,
];

// "Skills: Mathematics, Algebra, Calculus", "Budget: $300": a labelled line that starts the page's
// own facts after the description, however long its list runs.
const SECTION_LABEL =
  /^(?:skills(?: and expertise)?|required skills|mandatory skills|budget|hourly(?: rate| range)?|fixed[- ]price|project type|experience level)\s*:/i;

/** True when `line` (normalised, trimmed) opens a labelled page section such as the skills list. */
export function opensPageSection(line: string): boolean {
  return SECTION_LABEL.test(line);
}

/** True when `line` (normalised, trimmed) is a page label or term rather than the client's words. */
export function isMetaLine(line: string): boolean {
  if (line.length > 80) return false;
  if (META.some((pattern) => pattern.test(line))) return true;
  const money = findMoney(line);
  if (money.length === 0) return false;
  // "$15.00 - $35.00", "Hourly: $15-$35", "Fixed-price - Intermediate - Est. Budget: $300".
  let rest = line;
  for (const m of [...money].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return /^[\s:()\-|,./]*(?:(?:hourly|hourly range|fixed[- ]?price|est\.? budget|budget|\/\s*hr|per hour|intermediate|expert|entry level)[\s:()\-|,./]*)*$/i.test(
    rest,
  );
}
