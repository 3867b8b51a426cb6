/**
 * The one gate between the CLI and the terminal: text from posts, drafts and proof can carry
 * escape sequences (OSC 8 links, clear-screen, cursor moves, window titles) that a terminal would
 * obey. Every write of the CLI passes through here; the CLI's own progress bar writes past it.
 * When the CLI colours its output, the few colour and weight codes its templates use survive: a
 * post can then make a word bold or red, nothing more.
 */
import type { Output } from './context.ts';

// One pass, whole sequences first so no "[2J" is left behind: CSI (ESC [ or 0x9B ... final byte);
// OSC, DCS, SOS, PM and APC strings up to their terminator (BEL or ESC \) or the next ESC; any other
// ESC pair; then any control character but tab and line feed (a lone carriage return can overwrite
// a line). Each repetition stops where the next sequence could start, so the pass is linear.
const UNSAFE =
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -~]?|\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

// The codes node:util styleText writes for the renderer's styles (bold, dim, red, green, yellow, cyan).
const STYLE = /^\x1b\[(?:1|2|22|31|32|33|36|39)m$/;

/**
 * `text` without terminal control sequences or control characters (tabs and line breaks kept);
 * with `keepStyles`, the colour and weight codes the CLI itself writes are kept.
 */
export function terminalSafe(text: string, keepStyles = false): string {
  return text.replace(UNSAFE, (found) => (keepStyles && STYLE.test(found) ? found : ''));
}

/** An output that writes only terminal-safe text to `out`; `keepStyles` is asked at each write. */
export function safeOutput(out: Output, keepStyles: () => boolean): Output {
  return { write: (text) => out.write(terminalSafe(text, keepStyles())) };
}
