import { describe, expect, it } from 'vitest';
import { createJsonLogger } from '../../src/http/logger.ts';

describe('createJsonLogger', () => {
  it('writes one JSON object a line, time first', () => {
    const lines: string[] = [];
    const logger = createJsonLogger((line) => lines.push(line), { now: () => new Date('2026-11-21T08:30:00Z') });
    logger.log({ level: 'info', msg: 'request', requestId: 'r1', status: 200 });
    logger.log({ level: 'warn', msg: 'second' });
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    expect(Object.keys(JSON.parse(lines[0]!) as object)[0]).toBe('time');
    expect(JSON.parse(lines[0]!)).toEqual({ time: '2026-11-21T08:30:00.000Z', level: 'info', msg: 'request', requestId: 'r1', status: 200 });
  });
});
