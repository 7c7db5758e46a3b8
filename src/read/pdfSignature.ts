/** Is this file a PDF? By its header, whatever it is called. */

// `%PDF-` in the first kilobyte: the header a PDF starts with (readers accept junk before it)
const HEADER = '%PDF-';

export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return head.includes(HEADER);
}
