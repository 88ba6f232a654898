// How deeply a JSON text nests, read without parsing it: a body nested thousands of levels deep
// would exhaust the stack of whatever walks it, so it is refused before parsing (400).
export const MAX_JSON_DEPTH = 64;

export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 34) {
      // A string: jump to its closing quote (most of a body is strings, and indexOf is native).
      i = closingQuote(text, i);
      if (i < 0) break;
    } else if (char === 123 || char === 91) deepest = Math.max(deepest, ++depth);
    else if (char === 125 || char === 93) depth--;
  }
  return deepest;
}

/** The index of the quote closing the string opened at `open`, or -1 for an unclosed string. */
function closingQuote(text: string, open: number): number {
  let end = text.indexOf('"', open + 1);
  while (end > 0) {
    // Escaped when an odd number of backslashes stands before it.
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}
