/**
 * Reads the sentence frames in content/phrasing.json and fills their `{name}` slots. The frames
 * themselves (and the rules they follow) are data; see content/phrasing.ts.
 */
import type { Frames, FrameSlot } from '../content/phrasing.ts';
import { offlineContent } from '../content/load-content.ts';

export type { Frames, FrameSlot } from '../content/phrasing.ts';

/** The frames for one slot, per tone. */
export function frames(slot: FrameSlot): Frames {
  return offlineContent().phrasing.frames[slot];
}

/** Process sentences used only to reach the length band. */
export function fillers(): readonly string[] {
  return offlineContent().phrasing.fillers;
}

/** Fills `{name}` slots; every slot in a frame must have a value. */
export function fill(frame: string, values: Readonly<Record<string, string>>): string {
  return frame.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`phrasing: no value for ${whole} in "${frame}"`);
    return value;
  });
}

/** Upper-cases the first letter, for a clause that starts a sentence. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
