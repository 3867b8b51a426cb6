/**
 * `bidwright triage --batch FILE`: many posts triaged and ranked into a shortlist, as a table, as
 * JSON (--json), or written to a file (--export csv|json --out FILE). A progress bar runs on
 * stderr while a long batch is triaged, when stderr is a terminal.
 */
import { writeFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { BidwrightError } from '../../domain/errors.ts';
import { LIMITS } from '../../domain/limits.ts';
import type { CliContext } from '../context.ts';
import { readInput } from '../read-input.ts';

/** Below this many posts a batch finishes before a bar would be worth drawing. */
const BAR_FROM = 10;

export interface BatchOptions {
  batch?: string;
  top?: number;
  export?: 'csv' | 'json';
  out?: string;
}

/** The options `triage` takes for a batch. */
export function batchOptions(): Option[] {
  const top = (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of posts, 1 or more.');
    return n;
  };
  return [
    new Option('--batch <file>', 'many posts: separated by a line of ---, JSON lines, or CSV with a text column (- for standard input)'),
    new Option('--top <n>', 'with --batch, show only the first n of the ranked list').argParser(top),
    new Option('--export <format>', 'with --batch, write the shortlist as csv or json to --out').choices(['csv', 'json']),
    new Option('--out <file>', 'where --export writes'),
  ];
}

/** Triages the batch file, ranks it and prints or writes the shortlist. */
export async function runTriageBatch(options: BatchOptions, command: Command, ctx: CliContext): Promise<void> {
  const file = options.batch as string;
  if ((options.export === undefined) !== (options.out === undefined)) {
    throw new BidwrightError('INVALID_INPUT', 'Give --export and --out together, e.g. --export csv --out shortlist.csv.');
  }
  const text = await readInput(file, ctx.deps.stdin, { what: 'batch of posts', maxBytes: LIMITS.batchChars });
  const [session, { shortlist }, { createProgressBar }, { exportShortlist }, { shortlistView }] = await Promise.all([
    ctx.session(command),
    import('../../app/shortlist.ts'),
    import('../../render/progress-bar.ts'),
    import('../../render/shortlist-export.ts'),
    import('../views.ts'),
  ]);
  const bar = (ctx.deps.stderrIsTTY ?? ctx.deps.isTTY) ? createProgressBar(ctx.progress) : null;
  const onProgress = (done: number, total: number) => {
    if (total >= BAR_FROM) bar?.update(done, total, 'posts triaged');
  };
  const list = await shortlist({ text, name: file === '-' ? undefined : file }, { ...session }, { onProgress });
  bar?.finish();
  const shown = options.top === undefined ? list : { ...list, entries: list.entries.slice(0, options.top) };
  if (options.export !== undefined && options.out !== undefined) {
    await writeFile(options.out, exportShortlist(list, options.export));
    ctx.deps.stderr.write(`Wrote the shortlist of ${list.entries.length} posts to ${options.out} (${options.export}).\n`);
  }
  session.emit(shown, 'shortlist', shortlistView(shown));
}
