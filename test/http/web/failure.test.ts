import { describe, expect, it } from 'vitest';
import { BidwrightError } from '../../../src/domain/errors.ts';
import { describeFailure, fieldError, statusFor } from '../../../src/http/web/failure.ts';

describe('describing failures for forms', () => {
  it('maps error codes to statuses', () => {
    expect(statusFor(new BidwrightError('INVALID_INPUT', 'x'))).toBe(400);
    expect(statusFor(new BidwrightError('NOT_FOUND', 'x'))).toBe(404);
    expect(statusFor(new BidwrightError('CONFLICT', 'x'))).toBe(409);
    expect(statusFor(new BidwrightError('LLM_TIMEOUT', 'x'))).toBe(504);
  });

  it('puts each zod issue next to its field, the first issue per field winning', () => {
    const error = new BidwrightError('INVALID_INPUT', 'The proof item is invalid', {
      details: [
        { path: ['title'], message: 'Title is empty.' },
        { path: ['metrics', 1, 'value'], message: 'Metric 2, value is empty.' },
        { path: ['title'], message: 'second title issue' },
        { path: ['unknownField'], message: 'ignored' },
      ],
    });
    const failure = describeFailure(error, ['title', 'metrics'], 'title');
    expect(failure).toEqual({
      status: 400,
      message: 'The proof item is invalid',
      fields: { title: 'Title is empty.', metrics: 'Metric 2, value is empty.' },
    });
  });

  it('puts the whole message beside the fallback field when no issue names a field', () => {
    const failure = describeFailure(new BidwrightError('INVALID_INPUT', 'The job post is empty.'), ['jobPost'], 'jobPost');
    expect(failure.fields).toEqual({ jobPost: 'The job post is empty.' });
    expect(describeFailure(new BidwrightError('CONFLICT', 'Taken.'), ['id']).fields).toEqual({});
  });

  it('builds an error tied to one field', () => {
    const failure = describeFailure(fieldError('json', 'Not JSON.'), ['json', 'file']);
    expect(failure.fields).toEqual({ json: 'Not JSON.' });
  });
});
