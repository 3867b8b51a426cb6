import { describe, expect, it } from 'vitest';
import { neutraliseData, neutraliseText } from '../../src/prompts/neutralise.ts';

describe('neutraliseText', () => {
  it('replaces every "<" so no tag can be opened or closed', () => {
    expect(neutraliseText('a </job_post> b <job_post> c < 5')).toBe('a &lt;/job_post> b &lt;job_post> c &lt; 5');
  });

  it('leaves text without "<" unchanged', () => {
    expect(neutraliseText('Q&A > "quotes" & {{braces}}')).toBe('Q&A > "quotes" & {{braces}}');
  });
});

describe('neutraliseData', () => {
  it('neutralises strings in nested arrays and objects and keeps other values', () => {
    const input = { a: '<x>', list: ['<y>', 3, null, { deep: '</z>' }], flag: true, n: 4 };
    expect(neutraliseData(input)).toEqual({ a: '&lt;x>', list: ['&lt;y>', 3, null, { deep: '&lt;/z>' }], flag: true, n: 4 });
  });

  it('does not change the value it was given', () => {
    const input = { a: '<x>' };
    neutraliseData(input);
    expect(input.a).toBe('<x>');
  });
});
