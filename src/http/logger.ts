import type { Clock } from '../domain/ports.ts';
import type { LogEntry, Logger } from '../domain/ports.ts';

/** A logger writing one JSON object a line (time first), for stderr or a log file. */
export function createJsonLogger(write: (line: string) => void, clock: Clock): Logger {
  return {
    log: (entry: LogEntry) => write(`${JSON.stringify({ time: clock.now().toISOString(), ...entry })}\n`),
  };
}
