import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BidwrightError } from '../../../../src/domain/errors.ts';
import { CONTENT_DIR, CONTENT_FILES, loadContentFile, loadOfflineContent, offlineContent } from '../../../../src/engines/offline/content/load-content.ts';

const dirs: string[] = [];

/** A copy of the shipped content folder with one file changed by `edit`. */
// biome-ignore lint/suspicious/noExplicitAny: the edits reach into arbitrary JSON on purpose
function brokenCopy(file: string, edit: (json: any) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'bidwright-content-'));
  dirs.push(dir);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8')))));
  return dir;
}

function loadError(dir: string): BidwrightError {
  try {
    loadOfflineContent(dir);
  } catch (error) {
    if (error instanceof BidwrightError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the offline content files', () => {
  it.each(Object.entries(CONTENT_FILES))('%s loads through its schema', (_key, { file, schema }) => {
    expect(() => loadContentFile(CONTENT_DIR, file, schema)).not.toThrow();
  });

  it('declares every JSON file in the folder, so no data file sits unread', () => {
    const declared = Object.values(CONTENT_FILES)
      .map((entry) => entry.file)
      .sort();
    expect(
      readdirSync(CONTENT_DIR)
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual(declared);
  });

  it('compiles stored patterns into case-insensitive regular expressions', () => {
    const chatbot = offlineContent().taskPatterns.find((pattern) => pattern.id === 'chatbot');
    expect(chatbot?.triggers[0]).toBeInstanceOf(RegExp);
    expect(chatbot?.triggers[0]?.test('Build a CHATBOT')).toBe(true);
  });

  it('reads the files once and serves the same tables afterwards, frozen', () => {
    expect(offlineContent()).toBe(offlineContent());
    const triggers = offlineContent().insights.insights[0]?.triggers as string[];
    expect(() => triggers.push('changed')).toThrow(TypeError);
  });
});

describe('a malformed content file', () => {
  it('names the file and the zod path of the bad field', () => {
    const dir = brokenCopy('insights.json', (json) => {
      json.insights[3].triggers = 'checkout';
      return json;
    });
    const error = loadError(dir);
    expect(error.code).toBe('CONFIG');
    expect(error.message).toContain(join(dir, 'insights.json'));
    expect(error.message).toContain('at insights.3.triggers');
  });

  it('names a field the schema does not know, so a typo cannot be ignored', () => {
    const error = loadError(brokenCopy('phrasing.json', (json) => ({ ...json, filers: [] })));
    expect(error.message).toMatch(/phrasing\.json is malformed: at \(root\): .*filers/);
  });

  it('refuses a regular expression that does not compile, naming where it is', () => {
    const dir = brokenCopy('task-patterns.json', (json) => {
      json.fields[1].patterns[0].triggers[2] = '\\b(unclosed';
      return json;
    });
    expect(loadError(dir).message).toMatch(/task-patterns\.json is malformed: at fields\.1\.patterns\.0\.triggers\.2: not a valid regular expression/);
  });

  it('refuses a slot the frame cannot fill', () => {
    const dir = brokenCopy('generic-frame.json', (json) => ({ ...json, headline: 'Work for {client}' }));
    expect(loadError(dir).message).toMatch(/generic-frame\.json is malformed: at headline: unknown slot \{client\}/);
  });

  it('refuses a file that is not JSON, naming it', () => {
    const dir = brokenCopy('known-skills.json', () => ({}));
    writeFileSync(join(dir, 'known-skills.json'), '{ "extraSkills": [');
    expect(loadError(dir).message).toMatch(/known-skills\.json: cannot read it as JSON/);
  });

  it('refuses a duplicate id and a reference to a row that does not exist', () => {
    const duplicate = brokenCopy('insights.json', (json) => {
      json.insights[1].id = json.insights[0].id;
      return json;
    });
    expect(loadError(duplicate).message).toMatch(/at insights\.1: duplicate insight id/);
    const dangling = brokenCopy('task-activities.json', (json) => {
      json.activities[0].patternId = 'no-such-pattern';
      return json;
    });
    expect(loadError(dangling).message).toMatch(/task-activities\.json is malformed: at activities\.0\.patternId: no task pattern "no-such-pattern"/);
  });
});
