/**
 * The audit knows the common tasks: every line of examples/tasks-by-domain.txt (typical tasks for
 * each kind of work the shared job posts ask for, in this project's own words) is recognised by the
 * task table row it names, with that row's label and reason. With BIDWRIGHT_SHARED_DATA=1 it also
 * checks that every kind of work found in the shared posts has its group in the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyTask } from '../../../../src/engines/offline/classify-task.ts';
import { offlineContent } from '../../../../src/engines/offline/content/load-content.ts';
import { parseJobPost } from '../../../../src/parse/parse-job-post.ts';
import workKinds from '../../../../src/text/work-kinds.json' with { type: 'json' };
import { sharedPosts } from '../../../helpers/real-posts.ts';

interface Line {
  group: string;
  task: string;
  patternId: string;
}

function readFixture(): Line[] {
  const lines: Line[] = [];
  let group = '';
  for (const raw of readFileSync(new URL('../../../../examples/tasks-by-domain.txt', import.meta.url), 'utf8').split('\n')) {
    const heading = /^\[([a-z0-9-]+)\]$/.exec(raw.trim());
    if (heading) group = heading[1] ?? '';
    const entry = /^(.+?) => ([a-z0-9-]+)$/.exec(raw.trim());
    if (entry && !raw.startsWith('#')) lines.push({ group, task: entry[1] ?? '', patternId: entry[2] ?? '' });
  }
  return lines;
}

const LINES = readFixture();
const GROUPS = new Set(LINES.map((line) => line.group));

describe('the tasks of every kind of work in the shared posts', () => {
  it('holds at least two tasks for each group, every group a known kind of work or "unclear"', () => {
    const kinds = new Set([...workKinds.kinds.map((kind) => kind.id), 'unclear']);
    for (const group of GROUPS) {
      expect(kinds.has(group), group).toBe(true);
      expect(LINES.filter((line) => line.group === group).length, group).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(LINES)('recognises "$task" ($group) as the $patternId row, with its label and reason', ({ task, patternId }) => {
    const row = offlineContent().taskPatterns.find((pattern) => pattern.id === patternId);
    expect(row, `no row ${patternId}`).toBeDefined();
    expect(classifyTask(task)).toEqual({ level: row?.level, reason: row?.reason, patternId });
  });

  it('has a group for the kind of work of each shared post (when BIDWRIGHT_SHARED_DATA=1)', () => {
    const domains = sharedPosts()
      .map((post) => parseJobPost(`${post.title}\n\n${post.description}`).deliverable.domain)
      .filter((domain): domain is string => domain !== null);
    expect(domains.filter((domain) => !GROUPS.has(domain))).toEqual([]);
  });
});
