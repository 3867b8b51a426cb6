/**
 * Reads a JSON file the evals depend on (a suite, a fixture, labels, a baseline) and checks it with
 * its schema; every failure is one INVALID_INPUT naming what the file is, where it is and what is wrong.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { BidwrightError } from '../domain/errors.ts';
import { describeIssues } from '../domain/validate.ts';

/** The file's JSON, unchecked; `what` names it in errors ("The suite file"). */
export async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : String(error);
    throw new BidwrightError('INVALID_INPUT', `Cannot read ${what} ${file}: ${reason}.`, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BidwrightError('INVALID_INPUT', `${what} ${file} is not valid JSON: ${(error as Error).message}.`, { cause: error });
  }
}

/** `value` checked against `schema`, or INVALID_INPUT naming the file and the first issues. */
export function parseFile<T extends z.ZodType>(schema: T, value: unknown, file: string, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BidwrightError('INVALID_INPUT', `${what} ${file} is invalid: ${describeIssues(result.error)}`, { details: result.error.issues });
  }
  return result.data;
}

/** The file read and checked in one step. */
export async function readJsonFile<T extends z.ZodType>(file: string, schema: T, what: string): Promise<z.infer<T>> {
  return parseFile(schema, await readJson(file, what), file, what);
}
