// Reads the context keys out of a `when` or `enablement` clause, for the
// manifest tests. The grammar follows VS Code's context key expressions:
// `!`, `&&`, `||`, parentheses, `==`, `!=`, `<`, `<=`, `>`, `>=`, `=~ /regex/`,
// `in` and `not in`.

/** A context key that a clause reads, with the operator and the value it is compared with, if any. */
export interface ContextKeyUse {
  key: string;
  operator?: string;
  value?: string;
}

type TokenKind = 'operator' | 'word' | 'string' | 'regex';

interface Token {
  kind: TokenKind;
  text: string;
}

// Longer operators come first so that `!=` is not read as `!` and `=`.
const OPERATOR = /^(?:&&|\|\||===|!==|==|!=|=~|<=|>=|<|>|!|\(|\))/;
const MEMBERSHIP = /^(?:not\s+in|in)(?=[\s(]|$)/;
const QUOTED = /^'(?:[^'\\]|\\.)*'/;
const REGEX = /^\/(?:[^/\\]|\\.)+\/[a-z]*/;
const WORD = /^[^\s()!=<>&|'"]+/;
const COMPARISONS = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=', '=~']);
const LITERALS = new Set(['true', 'false']);

function tokenize(clause: string): Token[] {
  const tokens: Token[] = [];
  let rest = clause.trimStart();
  while (rest.length > 0) {
    const afterMatch = tokens.at(-1)?.text === '=~';
    const patterns: [TokenKind, RegExp][] = afterMatch
      ? [['regex', REGEX]]
      : [
          ['operator', MEMBERSHIP],
          ['operator', OPERATOR],
          ['string', QUOTED],
          ['word', WORD],
        ];
    const found = patterns.map(([kind, pattern]) => ({ kind, match: pattern.exec(rest) })).find((candidate) => candidate.match);
    if (!found?.match) {
      throw new Error(`Invalid when clause "${clause}": cannot read "${rest}"`);
    }
    tokens.push({ kind: found.kind, text: found.match[0].replace(/\s+/g, ' ') });
    rest = rest.slice(found.match[0].length).trimStart();
  }
  return tokens;
}

/**
 * Returns the context keys that `clause` reads. A word right after a
 * comparison is the value compared with, not a key. The words on both sides
 * of `in` are keys.
 */
export function contextKeyUses(clause: string): ContextKeyUse[] {
  const tokens = tokenize(clause);
  const uses: ContextKeyUse[] = [];
  const useAt = new Map<number, ContextKeyUse>();
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous && COMPARISONS.has(previous.text)) {
      const compared = useAt.get(index - 2);
      if (!compared) {
        throw new Error(`Invalid when clause "${clause}": "${previous.text}" has no context key before it`);
      }
      compared.operator = previous.text;
      compared.value = token.text;
    } else if (token.kind === 'word' && !LITERALS.has(token.text)) {
      const use: ContextKeyUse = { key: token.text };
      uses.push(use);
      useAt.set(index, use);
    }
  });
  return uses;
}
