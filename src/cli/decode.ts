/** The text of a file's bytes, or why it is not agenda text. */
export type Decoded = { text: string } | { problem: string };

/**
 * Decodes agenda bytes: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark. Anything
 * else, and binary data, is refused with a reason an organiser can act on.
 */
export function decodeAgenda(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.includes(0)) return { problem: 'is a binary file, not agenda text' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { problem: 'is not UTF-8 text; save it as UTF-8 and try again' };
  }
}
