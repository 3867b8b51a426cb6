/** Parsers for flag values the commands share. */
import { BidwrightError } from '../domain/errors.ts';

/** "a, b,,c" -> ['a', 'b', 'c']. */
export const listValue = (value: string): string[] =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** A parser for a number of zero or more after `flag`; `example` shows one in the error. */
export const amountValue =
  (flag: string, example: number) =>
  (value: string): number => {
    const parsed = Number(value);
    if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0)
      throw new BidwrightError('INVALID_INPUT', `${flag} must be a number, e.g. ${flag} ${example}`);
    return parsed;
  };
