/**
 * A metric written on one line, as people type it: "checkout conversion = +18%" or
 * "checkout conversion: +18%". An "=" wins over a colon, so a value may hold one ("ratio = 3:1").
 */
export function splitMetricLine(line: string): { label: string; value: string } | null {
  const equals = line.indexOf('=');
  const at = equals >= 0 ? equals : line.indexOf(':');
  if (at < 0) return null;
  const label = line.slice(0, at).trim();
  const value = line.slice(at + 1).trim();
  return label === '' || value === '' ? null : { label, value };
}
