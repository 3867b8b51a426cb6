/**
 * Encoded stretches of a post decoded to the text they carry: base64 and hex blobs, and ROT13.
 * Only blobs of a reasonable size are tried, and only a result that reads as text (printable, with
 * spaces between words) is returned, so hashes, ids and signatures decode to nothing. Runs are
 * found with single-pass character-class scans: no backtracking, linear in the input.
 */

/** One decoded blob: how it was encoded, the blob as written, and the text it decodes to. */
export interface DecodedBlob {
  encoding: 'base64' | 'hex';
  encoded: string;
  decoded: string;
}

const MIN_BLOB = 16;
const MAX_BLOB = 4096;
const BASE64_RUN = /[A-Za-z0-9+/_-]+={0,2}/g;
const HEX_RUN = /[0-9A-Fa-f]{2}(?:[ :]?[0-9A-Fa-f]{2})*/g;

// Text reads as text: no replacement characters, almost all printable, and several words.
function readable(text: string): boolean {
  if (text.includes('\uFFFD')) return false;
  const printable = text.match(/[\p{L}\p{N}\p{P}\p{S}\p{Zs}]/gu)?.length ?? 0;
  const spaces = text.match(/ /g)?.length ?? 0;
  return printable >= text.length * 0.95 && spaces >= 2;
}

function tryBase64(run: string): string | null {
  const bare = run.replace(/=+$/, '');
  // Letters alone are words ("DigitalMarketingSpecialist"); an encoded sentence has mixed case and digits or symbols.
  if (bare.length % 4 === 1 || !/[a-z]/.test(bare) || !/[A-Z]/.test(bare) || !/[0-9+/_-]/.test(bare)) return null;
  const text = Buffer.from(bare.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  return readable(text) ? text : null;
}

function tryHex(run: string): string | null {
  const digits = run.replace(/[ :]/g, '');
  const text = Buffer.from(digits, 'hex').toString('utf8');
  return readable(text) ? text : null;
}

function scan(text: string, run: RegExp, encoding: DecodedBlob['encoding'], decode: (run: string) => string | null): DecodedBlob[] {
  const out: DecodedBlob[] = [];
  for (const m of text.matchAll(run)) {
    const encoded = m[0];
    if (encoded.length < MIN_BLOB || encoded.length > MAX_BLOB) continue;
    const decoded = decode(encoded);
    if (decoded !== null) out.push({ encoding, encoded, decoded });
  }
  return out;
}

/** Every base64 or hex blob in the text that decodes to readable text. */
export function decodeBlobs(text: string): DecodedBlob[] {
  return [...scan(text, BASE64_RUN, 'base64', tryBase64), ...scan(text, HEX_RUN, 'hex', tryHex)];
}

/** ROT13: each Latin letter moved 13 places (its own inverse). */
export function rot13(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}
