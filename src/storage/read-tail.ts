/** Reading what was appended to a file since an offset, up to its last complete line. */
import { open } from 'node:fs/promises';

/** The complete lines from `offset` on (without the final newline), their byte length and count. */
export async function readTail(file: string, offset: number): Promise<{ complete: string; bytes: number; lines: number }> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.max(0, size - offset));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
    // Cut at a newline byte, never inside a multi-byte character.
    const end = buffer.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (end < 0) return { complete: '', bytes: 0, lines: 0 };
    const complete = buffer.subarray(0, end).toString('utf-8');
    return { complete, bytes: end + 1, lines: complete.split('\n').length };
  } finally {
    await handle.close();
  }
}
