// Decodes kata files. Katas are UTF-8; a file in another encoding still
// parses, with a diagnostic, because step ids computed from garbled text
// change once someone fixes the encoding and progress would no longer match.

import * as l10n from '@vscode/l10n';
import type { Problem } from './model';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

export interface DecodedText {
  text: string;
  problem?: Problem;
}

/** Decodes a file's bytes as UTF-8, reporting UTF-16 and invalid UTF-8 as `invalid-encoding`. */
export function decodeKataBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      problem: encodingProblem(1, l10n.t('The file is saved as UTF-16, but katas must be UTF-8. Save it as UTF-8 without a byte order mark.')),
    };
  }

  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return {
      text: lenientUtf8.decode(bytes),
      problem: encodingProblem(
        line,
        l10n.t({
          message: 'The file is not valid UTF-8 (the first invalid byte is on line {0}), so some characters are garbled. Save it as UTF-8; step ids made from garbled text change when the encoding is fixed.',
          args: [line],
          comment: ['{0} is a line number.'],
        }),
      ),
    };
  }
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return 'utf-16le';
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return 'utf-16be';
  }
  return undefined;
}

function encodingProblem(line: number, message: string): Problem {
  return { code: 'invalid-encoding', severity: 'error', line, column: 1, message };
}

// Decodes growing prefixes line by line; the first line that fails contains the invalid byte.
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line++;
      start = index + 1;
    }
  }
  return 1;
}
