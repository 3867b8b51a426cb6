/**
 * Reads eval suites from `evals/suites/*.json` (or the ones named), validates each against the
 * suite schema, and resolves library and profile fixture names from `evals/fixtures/`, so the
 * runner only ever sees inline proof and profiles.
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { BidwrightError } from '../domain/errors.ts';
import { Profile, ProofItem } from '../domain/schemas.ts';
import { EvalSuite } from './eval-case.ts';
import { parseFile, readJson } from './read-json-file.ts';

export interface LoadSuitesOptions {
  /** Folder of `<suite>.json` files. */
  suitesDir: string;
  /** Folder with `libraries/<name>.json` and `profiles/<name>.json`. */
  fixturesDir: string;
  /** Suite names (files in `suitesDir`) or paths to suite files; all suites when empty. */
  names?: string[];
}

const FIXTURE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

async function suiteFiles(options: LoadSuitesOptions): Promise<string[]> {
  let available: string[];
  try {
    available = (await readdir(options.suitesDir)).filter((file) => file.endsWith('.json')).sort();
  } catch (error) {
    if ((options.names ?? []).every((name) => name.endsWith('.json'))) available = [];
    else throw new BidwrightError('INVALID_INPUT', `Cannot read the suites folder ${options.suitesDir}: pass --suites-dir DIR.`, { cause: error });
  }
  const names = options.names ?? [];
  if (names.length === 0) {
    if (available.length === 0) throw new BidwrightError('INVALID_INPUT', `No suites (*.json) in ${options.suitesDir}: pass --suites-dir DIR or a suite file.`);
    return available.map((file) => join(options.suitesDir, file));
  }
  return names.map((name) => {
    if (name.endsWith('.json')) return name;
    if (!available.includes(`${name}.json`)) {
      const known = available.map((file) => basename(file, '.json')).join(', ') || 'none';
      throw new BidwrightError('INVALID_INPUT', `No suite named "${name}" in ${options.suitesDir}; the suites there are: ${known}.`);
    }
    return join(options.suitesDir, `${name}.json`);
  });
}

/** Reads fixtures by name once each, whatever number of cases use them. */
function createFixtureCache(fixturesDir: string) {
  const cache = new Map<string, Promise<unknown>>();
  const load = <T extends z.ZodType>(folder: string, name: string, schema: T, what: string, usedBy: string): Promise<z.infer<T>> => {
    if (!FIXTURE_NAME.test(name)) {
      return Promise.reject(
        new BidwrightError('INVALID_INPUT', `${usedBy} names the ${what} "${name}"; a fixture name uses letters, digits, ".", "_" or "-".`),
      );
    }
    const file = join(fixturesDir, folder, `${name}.json`);
    let pending = cache.get(file);
    if (pending === undefined) {
      pending = readJson(file, `The ${what} fixture`).then((raw) => parseFile(schema, raw, file, `The ${what} fixture`));
      cache.set(file, pending);
    }
    return pending.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      throw new BidwrightError('INVALID_INPUT', `${usedBy} uses the ${what} "${name}": ${message}`, { cause: error });
    }) as Promise<z.infer<T>>;
  };
  return {
    library: (name: string, usedBy: string) => load('libraries', name, z.array(ProofItem), 'library', usedBy),
    profile: (name: string, usedBy: string) => load('profiles', name, Profile.partial(), 'profile', usedBy),
  };
}

function checkUniqueIds(suite: EvalSuite, file: string): void {
  const seen = new Set<string>();
  for (const evalCase of suite.cases) {
    if (seen.has(evalCase.id))
      throw new BidwrightError('INVALID_INPUT', `Suite ${file} has two cases with the id "${evalCase.id}"; case ids must be unique in a suite.`);
    seen.add(evalCase.id);
  }
}

/** Loads, validates and resolves suites; throws INVALID_INPUT naming the file and the problem. */
export async function loadSuites(options: LoadSuitesOptions): Promise<EvalSuite[]> {
  const files = await suiteFiles(options);
  const fixtures = createFixtureCache(options.fixturesDir);
  const suites: EvalSuite[] = [];
  for (const file of files) {
    const suite = parseFile(EvalSuite, await readJson(file, 'The suite file'), file, 'The suite file');
    checkUniqueIds(suite, file);
    if (suites.some((other) => other.suite === suite.suite)) {
      throw new BidwrightError('INVALID_INPUT', `Two suite files are named "${suite.suite}" (the second is ${file}); suite names must be unique.`);
    }
    const cases = await Promise.all(
      suite.cases.map(async (evalCase) => {
        const usedBy = `Case "${suite.suite}/${evalCase.id}" in ${file}`;
        const library = typeof evalCase.library === 'string' ? await fixtures.library(evalCase.library, usedBy) : evalCase.library;
        const partial = typeof evalCase.profile === 'string' ? await fixtures.profile(evalCase.profile, usedBy) : evalCase.profile;
        return { ...evalCase, library, profile: Profile.parse(partial) };
      }),
    );
    suites.push({ ...suite, cases });
  }
  return suites;
}
