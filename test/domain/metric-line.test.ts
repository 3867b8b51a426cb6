import { describe, expect, it } from 'vitest';
import { splitMetricLine } from '../../src/domain/metric-line.ts';

describe('splitMetricLine', () => {
  it('reads "label = value" and "label: value", an "=" winning over a colon in the value', () => {
    expect(splitMetricLine('checkout conversion = +18%')).toEqual({ label: 'checkout conversion', value: '+18%' });
    expect(splitMetricLine('reply time: 2 hours')).toEqual({ label: 'reply time', value: '2 hours' });
    expect(splitMetricLine('ratio = 3:1')).toEqual({ label: 'ratio', value: '3:1' });
  });

  it('returns null for a line with no separator or an empty side', () => {
    expect(splitMetricLine('items on the board 12')).toBeNull();
    expect(splitMetricLine('= 12')).toBeNull();
    expect(splitMetricLine('reply time:')).toBeNull();
  });
});
