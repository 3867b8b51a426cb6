/** A one-line progress bar for terminals: `[#####.....] 31/64 proposals/inject-banana`, redrawn in place. */

export interface ProgressBar {
  update(done: number, total: number, label: string): void;
  /** Clears the line so the report that follows starts clean. */
  finish(): void;
}

/** The bar's text for `done` of `total` (no control characters). */
export function formatProgress(done: number, total: number, label: string, width = 20): string {
  const filled = total === 0 ? width : Math.min(width, Math.round((done / total) * width));
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`;
}

/** Draws on `out` with carriage returns; only meant for a terminal. */
export function createProgressBar(out: { write(text: string): void }, columns = 80): ProgressBar {
  return {
    update(done, total, label) {
      const line = formatProgress(done, total, label);
      out.write(`\r\x1b[2K${line.length > columns - 1 ? line.slice(0, columns - 1) : line}`);
    },
    finish() {
      out.write('\r\x1b[2K');
    },
  };
}
