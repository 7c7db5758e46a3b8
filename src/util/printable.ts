/**
 * A string from the user (an id, a path) as it may be echoed on a terminal: control characters (C0, DEL, C1,
 * which can move the cursor, recolour or clear the screen) are written as escapes, everything else as it is.
 */
// C0 controls, DEL and C1 controls
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function printable(s: string): string {
  return s.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
