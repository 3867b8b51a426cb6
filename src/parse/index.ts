/** Job-post parsing: the whole post, and each piece for reuse by the rubric and the engines. */
export { parseJobPost } from './parse-job-post.ts';
export { parseBudget } from './budget.ts';
export { findMoney, parseAmount, parseNumber, type MoneyRange } from './money.ts';
export { parseClientSignals, emptyClientSignals } from './client-signals.ts';
export { createCountryMatcher } from './country.ts';
export { parseActivity, parseConnects, parsePostedAgo, parseProposalCount, type Activity } from './activity.ts';
export { parseDuration, parseExperienceLevel, parseHoursPerWeek } from './job-terms.ts';
export { parseSkills } from './skills.ts';
export { findTitle } from './title.ts';
export { extractDescription } from './description.ts';
export { findScreeningQuestions } from './screening-questions.ts';
export { classifyInstruction, findInstructions, type InstructionMatch } from './instructions.ts';
export { findRedFlags, RED_FLAG_MESSAGES, type RedFlagFacts } from './red-flags.ts';
export { isNegated } from './negation.ts';
export { cleanText, normalizeForMatching } from '../text/normalize.ts';
