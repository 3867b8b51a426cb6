import { describe, expect, it } from 'vitest';
import { BidwrightError, reasonOf } from '../../src/domain/errors.ts';

describe('reasonOf', () => {
  it('reads a reason with the field it needs', () => {
    const error = new BidwrightError('NOT_FOUND', 'No proof item has the id "x".', { details: { reason: 'unknown-proof-id', id: 'x' } });
    expect(reasonOf(error)).toEqual({ reason: 'unknown-proof-id', id: 'x' });
  });

  it('ignores a reason that lacks its field, so an edge never advises on half a context', () => {
    expect(reasonOf(new BidwrightError('STORE_CORRUPT', 'broken', { details: { reason: 'corrupt-store-file', id: 'x' } }))).toBeNull();
  });

  it('ignores unknown reasons, zod issue lists and other details', () => {
    expect(reasonOf(new BidwrightError('CONFLICT', 'x', { details: { reason: 'made-up', id: 'x' } }))).toBeNull();
    expect(reasonOf(new BidwrightError('INVALID_INPUT', 'x', { details: [{ path: ['id'], message: 'bad' }] }))).toBeNull();
    expect(reasonOf(new BidwrightError('RATE_LIMITED', 'x', { details: { retryAfter: 3 } }))).toBeNull();
    expect(reasonOf(new BidwrightError('CONFIG', 'x'))).toBeNull();
  });
});
