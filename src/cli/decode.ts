/** The text of a file's bytes, or why it is not agenda text. */
export type Decoded = { text: string } | { problem: string };

/** The length of the UTF-8 sequence that starts at `i` if it is well formed, else 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const [length, low, high] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
    : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
      : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
  if (!length || i + length > bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}

/** Where the first byte that is not UTF-8 is: its value and its 1-based line. */
function firstInvalidByte(bytes: Uint8Array): { value: number; line: number } | undefined {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (!length) return { value: bytes[i], line };
    if (bytes[i] === 0x0a) line++;
    i += length;
  }
  return undefined;
}

/** Whether bytes look like UTF-16 written without a byte-order mark: mostly text, every other byte zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(bytes.length / 2);
  return Math.max(evenZeros, oddZeros) >= 0.9 * pairs && Math.min(evenZeros, oddZeros) === 0;
}

/** Whether bytes are UTF-32 text: a byte-order mark, or groups of four bytes of which the middle two are zero. */
function looksLikeUtf32(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) return true;
  if (bytes.length < 8 || bytes.length % 4) return false;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) zeros[i % 4]++;
  const mostly = (n: number) => n >= 0.9 * (bytes.length / 4);
  return mostly(zeros[1]) && mostly(zeros[2]) && ((mostly(zeros[3]) && !zeros[0]) || (mostly(zeros[0]) && !zeros[3]));
}

/**
 * Decodes agenda bytes: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark. Anything
 * else (UTF-32, UTF-16 without a mark, Latin-1), and binary data, is refused with a reason an organiser can act on
 * (where the first foreign byte is).
 */
export function decodeAgenda(bytes: Uint8Array): Decoded {
  if (looksLikeUtf32(bytes)) return { problem: 'is UTF-32 text, not a text encoding agendas use; save it as UTF-8 and try again' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.includes(0)) {
    return { problem: looksLikeUtf16(bytes) ? 'is UTF-16 text without a byte-order mark; save it as UTF-8 and try again' : 'is a binary file, not agenda text' };
  }
  const invalid = firstInvalidByte(bytes);
  if (invalid) {
    const hex = invalid.value.toString(16).toUpperCase().padStart(2, '0');
    return { problem: `is not UTF-8 text (byte 0x${hex} on line ${invalid.line}; perhaps Latin-1 or Windows-1252); save it as UTF-8 and try again` };
  }
  return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes) };
}
