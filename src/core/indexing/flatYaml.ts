// A reader for the flat YAML that kata front matter is written in, for the
// quick summary. It returns undefined for anything outside its subset, so a
// value it returns is always the value js-yaml's core schema gives.

/** Top-level values and the 1-based line of each key. */
export interface FlatYaml {
  values: Map<string, unknown>;
  keyLines: Record<string, number>;
}

const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const SEQUENCE_ITEM = /^([ \t]*)-(?:[ \t]+(.*))?$/;

// YAML 1.2 core schema forms that are not strings. Plain scalars that look
// like numbers in any other way (signs, exponents, `0x`) are left to js-yaml.
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLEANS = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
const DECIMAL = /^(0|[1-9][0-9]*)$/;
const NUMBER_LIKE = [
  /^[-+]?(0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)$/,
  /^[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?$/,
  /^[-+]?\.[0-9_]+([eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/,
];
const NOT_PLAIN_START = /^[[\]{},&*!|>'"%@`#]|^[-?:](\s|$)/;

/**
 * Reads `lines`, the block between the front matter delimiters, whose first
 * line is line `firstLine` of the file. Returns undefined when the block uses
 * YAML this reader does not handle.
 */
export function readFlatYaml(lines: readonly string[], firstLine: number): FlatYaml | undefined {
  const values = new Map<string, unknown>();
  const keyLines = new Map<string, number>();
  let listKey: string | undefined;
  let itemIndent: string | undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const first = line.charCodeAt(0);
    // Only an indented line or a `-` can be a sequence item; a key starts with a letter or `_`.
    const mayBeItem = first === 0x20 || first === 0x2d;
    if (line === '' || first === 0x23 || (mayBeItem && isBlankOrComment(line))) {
      continue;
    }
    if (first === 0x09) {
      return undefined;
    }

    const item = mayBeItem ? SEQUENCE_ITEM.exec(line) : null;
    if (item) {
      // An item belongs to the key above it, which must have had no value of its own.
      if (listKey === undefined || (itemIndent !== undefined && item[1] !== itemIndent)) {
        return undefined;
      }
      itemIndent = item[1];
      const raw = stripComment(item[2] ?? '');
      const value = raw === undefined || raw === '' ? INVALID : readScalar(raw);
      if (value === INVALID) {
        return undefined;
      }
      (values.get(listKey) as unknown[]).push(value);
      continue;
    }

    const key = KEY_LINE.exec(line);
    if (!key || keyLines.has(key[1])) {
      return undefined;
    }

    closeList(values, listKey);
    listKey = undefined;
    itemIndent = undefined;
    keyLines.set(key[1], firstLine + index);

    const raw = stripComment(key[2] ?? '');
    if (raw === undefined) {
      return undefined;
    }
    if (raw === '') {
      // Either null, or a block sequence on the next lines.
      listKey = key[1];
      values.set(key[1], []);
      continue;
    }

    const value = raw.startsWith('[') ? readFlowSequence(raw) : readScalar(raw);
    if (value === INVALID) {
      return undefined;
    }
    values.set(key[1], value);
  }

  closeList(values, listKey);
  // fromEntries defines own properties, so a key named `__proto__` stays a plain key.
  return { values, keyLines: Object.fromEntries(keyLines) };
}

const INVALID = Symbol('invalid');

/** Sets a key that got no value and no items to null, as YAML reads it. */
function closeList(values: Map<string, unknown>, listKey: string | undefined): void {
  if (listKey !== undefined && (values.get(listKey) as unknown[]).length === 0) {
    values.set(listKey, null);
  }
}

function isBlankOrComment(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed === '' || trimmed.startsWith('#');
}

/** Removes a trailing ` # comment` outside quotes; returns undefined when quotes are unbalanced. */
function stripComment(raw: string): string | undefined {
  // Most values have neither a `#` nor a quote, and need no scan.
  if (raw.indexOf('#') < 0 && raw.indexOf('"') < 0 && raw.indexOf("'") < 0) {
    return raw.trimEnd();
  }
  let quote: string | undefined;
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index];
    if (quote) {
      if (char === '\\' && quote === '"') {
        index++;
      } else if (char === quote) {
        quote = undefined;
      }
    } else if ((char === '"' || char === "'") && (index === 0 || raw[index - 1] === '[' || raw[index - 1] === ' ' || raw[index - 1] === ',')) {
      quote = char;
    } else if (char === '#' && index > 0 && (raw[index - 1] === ' ' || raw[index - 1] === '\t')) {
      return raw.slice(0, index).trimEnd();
    }
  }
  return quote ? undefined : raw.trimEnd();
}

function readScalar(raw: string): unknown {
  const text = raw.trim();
  if (text.startsWith('"')) {
    return readDoubleQuoted(text);
  }
  if (text.startsWith("'")) {
    return readSingleQuoted(text);
  }
  return readPlain(text);
}

function readPlain(text: string): unknown {
  if (NULLS.has(text)) {
    return null;
  }
  const boolean = BOOLEANS.get(text);
  if (boolean !== undefined) {
    return boolean;
  }
  if (DECIMAL.test(text)) {
    return Number(text);
  }
  // Every number form starts with a digit, a sign or a dot, so most words skip those tests.
  const first = text.charCodeAt(0);
  const mayBeNumber = first === 0x2b || first === 0x2d || first === 0x2e || (first >= 0x30 && first <= 0x39);
  // A mapping inside a scalar, or a scalar that may be another type, needs js-yaml.
  if ((mayBeNumber && NUMBER_LIKE.some((pattern) => pattern.test(text))) || NOT_PLAIN_START.test(text) || text.includes(': ') || text.endsWith(':') || text.includes(' #')) {
    return INVALID;
  }
  return text;
}

function readDoubleQuoted(text: string): unknown {
  if (text.length < 2 || !text.endsWith('"')) {
    return INVALID;
  }
  const body = text.slice(1, -1);
  let result = '';
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '"') {
      return INVALID;
    }
    if (char !== '\\') {
      result += char;
      continue;
    }
    const escaped = body[++index];
    const simple = ({ '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t' } as Record<string, string>)[escaped];
    if (simple === undefined) {
      return INVALID;
    }
    result += simple;
  }
  return result;
}

function readSingleQuoted(text: string): unknown {
  if (text.length < 2 || !text.endsWith("'")) {
    return INVALID;
  }
  const body = text.slice(1, -1);
  if (body.replace(/''/g, '').includes("'")) {
    return INVALID;
  }
  return body.replace(/''/g, "'");
}

/** Reads `[a, "b", 'c']`; nested collections and empty entries are left to js-yaml. */
function readFlowSequence(raw: string): unknown {
  if (!raw.endsWith(']')) {
    return INVALID;
  }
  const body = raw.slice(1, -1).trim();
  if (body === '') {
    return [];
  }

  const items: unknown[] = [];
  for (const part of splitFlowItems(body)) {
    const text = part.trim();
    if (text === '' || text.startsWith('[') || text.startsWith('{')) {
      return INVALID;
    }
    // Plain scalars in flow context may not contain these indicators.
    if (!text.startsWith('"') && !text.startsWith("'") && /[[\]{}]/.test(text)) {
      return INVALID;
    }
    const value = readScalar(text);
    if (value === INVALID) {
      return INVALID;
    }
    items.push(value);
  }
  return items;
}

function splitFlowItems(body: string): string[] {
  const parts: string[] = [];
  let quote: string | undefined;
  let current = '';
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quote) {
      if (char === '\\' && quote === '"') {
        current += char + (body[index + 1] ?? '');
        index++;
        continue;
      }
      if (char === quote) {
        quote = undefined;
      }
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ',') {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}
