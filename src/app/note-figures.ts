/**
 * The case-study rule every engine's output passes: a metric may only state numbers the notes
 * state. A model that invents or rounds a figure has it dropped here, and the drop is reported.
 */
import type { Metric } from '../domain/schemas.ts';
import { valuesIn } from '../rubric/proposal/number-sources.ts';
import { fold } from '../text/fold.ts';
import { extractNumbers, numberValue } from '../text/text.ts';

/** The metrics whose every number (in the label or the value) is a number of the notes, and the rest. */
export function splitByNotes(metrics: readonly Metric[], notes: string): { kept: Metric[]; dropped: Metric[] } {
  const noted = valuesIn([fold(notes)]);
  const kept: Metric[] = [];
  const dropped: Metric[] = [];
  for (const metric of metrics) {
    const values = extractNumbers(fold(`${metric.label} ${metric.value}`)).map(numberValue);
    (values.every((value) => value !== null && noted.has(value)) ? kept : dropped).push(metric);
  }
  return { kept, dropped };
}
