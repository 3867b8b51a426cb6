import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../src/parse/doc.ts';
import { clientSectionStart, linesBeforeClient, trailingSectionStart } from '../../src/parse/sections.ts';

const lines = (text: string) => prepareDoc(text).lines;

describe('clientSectionStart', () => {
  it.each(['About the client', 'About the Client:', 'Client', 'Client information'])('finds the heading %j', (heading) => {
    expect(clientSectionStart(lines(`Title\nBody\n${heading}\nGermany`))).toBe(2);
  });

  it('returns null when the page has no client heading', () => {
    expect(clientSectionStart(lines('Title\nWe are the client and we pay on time.'))).toBeNull();
  });
});

describe('trailingSectionStart', () => {
  it('finds the first heading after the description', () => {
    expect(trailingSectionStart(lines('Title\nBody\nSkills and Expertise\nFigma\nActivity on this job'))).toBe(2);
  });

  it('starts searching at the given line', () => {
    expect(trailingSectionStart(lines('Activity on this job\nBody\nAbout the client'), 1)).toBe(2);
  });
});

describe('linesBeforeClient', () => {
  it('cuts the lines at the client heading, or keeps them all', () => {
    expect(linesBeforeClient(lines('a\nb\nAbout the client\nc')).map((l) => l.text)).toEqual(['a', 'b']);
    expect(linesBeforeClient(lines('a\nb'))).toHaveLength(2);
  });
});
