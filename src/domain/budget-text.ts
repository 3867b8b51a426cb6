/** How a post's budget and a client's money read to a person, the same on every edge. */
import type { Budget } from './schemas.ts';

/** "$1,200" for dollars (or an unknown currency), "1,200 EUR" otherwise; "?" when unknown. */
export function money(value: number | null, currency: string | null): string {
  if (value === null) return '?';
  return currency === null || currency === 'USD' ? `$${value.toLocaleString('en-US')}` : `${value.toLocaleString('en-US')} ${currency}`;
}

/** "Hourly, $15 – $35/hr", "Fixed price, $500" or "Not stated". */
export function budgetText(budget: Budget): string {
  if (budget.type === 'unknown') return 'Not stated';
  if (budget.min === null && budget.max === null) return `${budget.type === 'hourly' ? 'Hourly' : 'Fixed price'}, amount not stated`;
  const range =
    budget.min === budget.max || budget.min === null || budget.max === null
      ? money(budget.max ?? budget.min, budget.currency)
      : `${money(budget.min, budget.currency)} – ${money(budget.max, budget.currency)}`;
  return budget.type === 'hourly' ? `Hourly, ${range}/hr` : `Fixed price, ${range}`;
}
