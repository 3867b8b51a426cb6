/** The triage rules (T01-T15), in id order. */
import type { TriageRule } from '../types.ts';
import { t01BestProof } from './t01-best-proof.ts';
import { t02UnknownsStayUnknown } from './t02-unknowns-stay-unknown.ts';
import { t03PaymentVerification } from './t03-payment-verification.ts';
import { t04ClientHistory } from './t04-client-history.ts';
import { t05Competition } from './t05-competition.ts';
import { t06Freshness } from './t06-freshness.ts';
import { t07BudgetFit } from './t07-budget-fit.ts';
import { t08PricingAdvice } from './t08-pricing-advice.ts';
import { t09ScopeBudget } from './t09-scope-budget.ts';
import { t10RedFlags } from './t10-red-flags.ts';
import { t11ClarifyingQuestions } from './t11-clarifying-questions.ts';
import { t12VerdictReasons } from './t12-verdict-reasons.ts';
import { t13CountryNeutral } from './t13-country-neutral.ts';
import { t14MustHaves } from './t14-must-haves.ts';
import { t15RedFlagVerdict } from './t15-red-flag-verdict.ts';

/** Every triage rule, in id order; the registry reads this list. */
export const triageRules: TriageRule[] = [
  t01BestProof,
  t02UnknownsStayUnknown,
  t03PaymentVerification,
  t04ClientHistory,
  t05Competition,
  t06Freshness,
  t07BudgetFit,
  t08PricingAdvice,
  t09ScopeBudget,
  t10RedFlags,
  t11ClarifyingQuestions,
  t12VerdictReasons,
  t13CountryNeutral,
  t14MustHaves,
  t15RedFlagVerdict,
];
