import { describe, expect, it } from 'vitest';
import { extractDescription } from '../../src/parse/description.ts';

describe('extractDescription', () => {
  it("keeps the client's words and drops the title, term lines and trailing sections", () => {
    const text = [
      'Podcast editing for a weekly show',
      'Posted 3 hours ago',
      'Hourly: $20.00 - $30.00',
      'Intermediate',
      '',
      'We record a weekly interview show and need each episode cleaned up.',
      'Remove filler words and level the audio.',
      '',
      'Less than 30 hrs/week',
      'Skills and Expertise',
      'Audio Editing',
      'About the client',
      'Payment method verified',
    ].join('\n');
    expect(extractDescription(text)).toBe('We record a weekly interview show and need each episode cleaned up.\nRemove filler words and level the audio.');
  });

  it('returns a bare description unchanged apart from trimming', () => {
    const text = '  We need a logo.\n\nSomething warm and simple.  ';
    expect(extractDescription(text)).toBe('We need a logo.\n\nSomething warm and simple.');
  });

  it('keeps the original characters (curly quotes, non-breaking spaces)', () => {
    expect(extractDescription('Title line here\nWe say \u201Chello\u201D\u00A0often.')).toBe('We say \u201Chello\u201D\u00A0often.');
  });

  it('drops the first line only when it repeats a title given separately', () => {
    expect(extractDescription('Logo needed\nFor a bakery.', 'Logo needed')).toBe('For a bakery.');
    expect(extractDescription('We need a logo\nFor a bakery.', 'Bakery logo')).toBe('We need a logo\nFor a bakery.');
  });

  it('drops client lines that are pasted without a heading', () => {
    expect(extractDescription('Title of the job\nBody text here.\n25 jobs posted\n$3K total spent')).toBe('Body text here.');
  });

  it('drops a one-line skills list however long it runs, so tags read as tags and not as what the client wrote', () => {
    const skills = 'Skills: Data Analysis, Data Visualization, Dashboard, Business Intelligence, Analytics, Google Analytics, Tableau, Microsoft Power BI, R';
    expect(extractDescription(`Data analyst for analytics reports\nFixed price: $2500\nWe build reports in Looker Studio.\n${skills}`)).toBe(
      'We build reports in Looker Studio.',
    );
    expect(extractDescription('Tutor for algebra\nSkills needed for success include patience.\nBody.')).toBe(
      'Skills needed for success include patience.\nBody.',
    );
  });
});
