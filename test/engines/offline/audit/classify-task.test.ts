import { describe, expect, it } from 'vitest';
import { classifyTask, findTaskPattern } from '../../../../src/engines/offline/classify-task.ts';

describe('classifyTask', () => {
  it.each([
    ['Write 10 blog posts', 'blog-posts', 'ai_assisted'],
    ['Design social graphics', 'social-graphics', 'ai_assisted'],
    ['Build a chatbot', 'chatbot', 'ai_assisted'],
    ['Do data entry', 'data-entry', 'automatable'],
    ['Develop a website', 'website', 'ai_assisted'],
    ['Transcribe podcast interviews', 'transcription', 'automatable'],
    ['Bookkeeping for a small business', 'bookkeeping', 'human_critical'],
    ['Google Ads management for a dental clinic', 'ads-management', 'human_critical'],
  ] as const)('labels "%s" from the table row %s as %s', (task, patternId, level) => {
    const result = classifyTask(task);
    expect(result.patternId).toBe(patternId);
    expect(result.level).toBe(level);
    expect(result.reason.length).toBeGreaterThan(30);
  });

  it('prefers the longest matching trigger, so a narrow row beats a broad one', () => {
    expect(findTaskPattern('SEO audit for an online shop')?.id).toBe('seo-audit');
    expect(findTaskPattern('Write SEO articles')?.id).toBe('seo-content');
    expect(findTaskPattern('Design a landing page')?.id).toBe('landing-page-design');
    expect(findTaskPattern('Build a landing page')?.id).toBe('landing-page-build');
    expect(findTaskPattern('Shopify product descriptions')?.id).toBe('product-descriptions');
    expect(findTaskPattern('Edit YouTube videos')?.id).toBe('video-editing');
  });

  it('reads the first line before the rest, since it names the task', () => {
    const post = 'Facebook ads for a furniture shop\nWe also post on Instagram and need an SEO check later.';
    expect(findTaskPattern(post)?.id).toBe('ads-management');
  });

  it('falls back to human_critical for judgement and in-person work the table does not know', () => {
    expect(classifyTask('Negotiate supplier contracts')).toMatchObject({ level: 'human_critical', patternId: null });
    expect(classifyTask('Walk dogs in Berlin')).toMatchObject({ level: 'human_critical', patternId: null });
  });

  it('falls back to automatable for mechanical work the table does not know', () => {
    const result = classifyTask('Convert invoices between file formats');
    expect(result).toMatchObject({ level: 'automatable', patternId: null });
  });

  it('labels an unrecognised task ai_assisted and says bidwright has no rule for it yet', () => {
    const result = classifyTask('Frobnicate the quarterly widgets');
    expect(result.level).toBe('ai_assisted');
    expect(result.patternId).toBeNull();
    expect(result.reason).toMatch(/no rule for this task yet.*Review this label/i);
  });

  it('lets an explicit activity named first beat an incidental object noun', () => {
    expect(classifyTask('Data entry from PDF invoices into a spreadsheet')).toMatchObject({ level: 'automatable', patternId: 'data-entry' });
    expect(classifyTask('Formatting spreadsheets').level).toBe('automatable');
    expect(classifyTask('Deciding brand positioning with the founder').level).toBe('human_critical');
    expect(classifyTask('Running stakeholder workshops to agree KPIs').level).toBe('human_critical');
    expect(classifyTask('Installing smart thermostats on site').level).toBe('human_critical');
  });

  it('keeps the table row when the object is named before an activity word, or no activity is named', () => {
    expect(classifyTask('Spreadsheet models for deciding prices').patternId).toBe('spreadsheet-modelling');
    expect(classifyTask('Building KPI dashboards').patternId).toBe('dashboards');
    expect(classifyTask('Excel forecasting model').patternId).toBe('spreadsheet-modelling');
  });

  it('does not read "on-site SEO" or "on site" as a website or as a place wrongly', () => {
    expect(classifyTask('On-site SEO fixes').patternId).toBe('seo-audit');
    expect(findTaskPattern('Fitting shelves on site')).toBeNull();
    expect(findTaskPattern('Redesign our site')?.id).toBe('website');
  });

  it('gives no table row for an activity the table does not describe, so its frame stays generic', () => {
    expect(findTaskPattern('Formatting spreadsheets')).toBeNull();
    expect(findTaskPattern('Running workshops to agree KPIs')).toBeNull();
    expect(findTaskPattern('Data entry into a spreadsheet')?.id).toBe('data-entry');
  });
});

describe('the shipped example tasks', () => {
  it('are each recognised, a translation as translation and analytics set-up as tracking work', async () => {
    const { readFile } = await import('node:fs/promises');
    const tasks = (await readFile(new URL('../../../../examples/tasks.txt', import.meta.url), 'utf8')).split('\n').filter((line) => line.trim() !== '');
    for (const task of tasks) expect(classifyTask(task).reason, task).not.toMatch(/Review this label/i);
    expect(findTaskPattern('Translate product descriptions')?.id).toBe('translation');
    expect(findTaskPattern('Write product descriptions for our Shopify store')?.id).toBe('product-descriptions');
    expect(findTaskPattern('Set up Google Analytics tracking')?.id).toBe('analytics-tracking');
    expect(classifyTask('Manage client onboarding calls').level).toBe('human_critical');
  });
});
