/** A triage reason's signal as the terminal names it: words, never the field it is read from. */

const SIGNAL_WORDS: Record<string, string> = {
  aiExposure: 'AI exposure',
  'client.paymentVerified': 'payment verification',
  'client.totalSpent': 'client spend',
  criteria: 'pursuit criteria',
  instructions: 'client instructions',
  proof: 'your proof',
};

/** "aiExposure" -> "AI exposure", "redFlag:unpaid_test" -> "red flag", "client.hireRate" -> "client hire rate". */
export function signalWords(signal: string): string {
  if (signal.startsWith('redFlag:')) return 'red flag';
  // A signal no table names still reads as words: dots and camelCase become spaces.
  return (
    SIGNAL_WORDS[signal] ??
    signal
      .replace(/[.:_]/g, ' ')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
  );
}
