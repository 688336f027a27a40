// Finds text that reaches a person in VS Code without passing through
// `l10n.t`. It reads the TypeScript syntax tree, not the running extension, so
// it checks the places where text is handed to VS Code or to the coach panel:
// properties such as `label` and `tooltip`, and calls such as
// `showWarningMessage`. Text built elsewhere and passed along in a variable is
// not seen; the bundle test and the reviews cover that.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/** Object properties whose string value VS Code or the coach panel shows. */
export const DISPLAY_PROPERTIES = new Set([
  'ariaLabel',
  'description',
  'detail',
  'fix',
  'invocationMessage',
  'label',
  'message',
  'placeHolder',
  'prompt',
  'text',
  'title',
  'tooltip',
  'validationMessage',
]);

/**
 * Functions and constructors whose string arguments VS Code or the coach
 * panel shows, with the positions of those arguments (all when absent). The
 * coach panel's own DOM helpers take class names and tags in other positions.
 */
export const DISPLAY_CALLS = new Map<string, readonly number[] | undefined>([
  ['announce', undefined],
  ['appendMarkdown', undefined],
  ['appendText', undefined],
  ['button', [0, 1]],
  ['CodeLens', undefined],
  ['Diagnostic', undefined],
  ['element', [2]],
  ['MarkdownString', undefined],
  ['markdown', undefined],
  ['progress', undefined],
  ['progressBar', [1, 4]],
  ['showErrorMessage', undefined],
  ['showFailureMessage', undefined],
  ['showInformationMessage', undefined],
  ['showWarningMessage', undefined],
  ['TreeItem', undefined],
]);

/** Variable names that hold text to show, such as `label` or `buttonTitle`. Names such as `message` also hold log lines, so they are left out. */
const DISPLAY_VARIABLE = /(label|prompt|title|tooltip)$/i;

/** Attributes whose value a screen reader or a hover shows. */
const DISPLAY_ATTRIBUTES = new Set(['aria-label', 'placeholder', 'title']);

/** A string literal at a display place that does not go through `l10n.t`. */
export interface UnlocalizedText {
  file: string;
  line: number;
  text: string;
  place: string;
}

/** Returns the text of a literal with the `${…}` parts left out, or undefined for other nodes. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return node.text;
  }
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  }
  return undefined;
}

/** Tells words a person reads from ids, globs, codicons and punctuation. */
function readsAsWords(text: string): boolean {
  const withoutIcons = text.replace(/\$\([a-z-~]+\)/g, '');
  if (!/[A-Za-z]{2,}/.test(withoutIcons)) {
    return false;
  }
  const looksLikeId = /^[\w.\-/:*#@]+$/.test(withoutIcons.trim()) && !/^[A-Z][a-z]+$/.test(withoutIcons.trim());
  return !looksLikeId;
}

/** Returns the name a call or `new` expression calls: `showWarningMessage` for `vscode.window.showWarningMessage(...)`. */
function calleeName(node: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) {
    return callee.text;
  }
  if (ts.isPropertyAccessExpression(callee)) {
    return callee.name.text;
  }
  return undefined;
}

/** Tells whether a call is `l10n.t(...)` or `vscode.l10n.t(...)`. */
function isTranslateCall(node: ts.Node): boolean {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) {
    return false;
  }
  const target = node.expression.expression;
  const owner = ts.isPropertyAccessExpression(target) ? target.name.text : ts.isIdentifier(target) ? target.text : '';
  return node.expression.name.text === 't' && owner === 'l10n';
}

/** Expressions that pass a literal's value through unchanged to the place that shows it. */
function passesValueThrough(node: ts.Node): boolean {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isConditionalExpression(node) ||
    ts.isArrayLiteralExpression(node) ||
    ts.isAsExpression(node) ||
    (ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind))
  );
}

/** Returns where an argument is shown, or undefined for arguments that VS Code and the panel do not show. */
function displayArgument(call: ts.CallExpression | ts.NewExpression, index: number): string | undefined {
  const name = calleeName(call);
  if (index < 0 || !name) {
    return undefined;
  }
  if (name === 'setAttribute') {
    const attribute = call.arguments?.[0];
    return index === 1 && attribute && ts.isStringLiteral(attribute) && DISPLAY_ATTRIBUTES.has(attribute.text) ? `${attribute.text} attribute` : undefined;
  }
  if (!DISPLAY_CALLS.has(name)) {
    return undefined;
  }
  const positions = DISPLAY_CALLS.get(name);
  return positions === undefined || positions.includes(index) ? `argument of ${name}` : undefined;
}

/** Returns where a literal is shown, or undefined when it is not at a display place or goes through `l10n.t`. */
function displayPlace(literal: ts.Node): string | undefined {
  let child: ts.Node = literal;
  let parent = literal.parent;
  while (parent && passesValueThrough(parent)) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent || isTranslateCall(parent)) {
    return undefined;
  }
  if (ts.isPropertyAssignment(parent) && isTranslateCall(parent.parent.parent)) {
    // The `{ message, args, comment }` form of l10n.t.
    return undefined;
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === child && ts.isIdentifier(parent.name) && DISPLAY_PROPERTIES.has(parent.name.text)) {
    return `property ${parent.name.text}`;
  }
  if (ts.isVariableDeclaration(parent) && parent.initializer === child && ts.isIdentifier(parent.name) && DISPLAY_VARIABLE.test(parent.name.text)) {
    return `variable ${parent.name.text}`;
  }
  if (
    ts.isBinaryExpression(parent) &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    parent.right === child &&
    ts.isPropertyAccessExpression(parent.left) &&
    DISPLAY_PROPERTIES.has(parent.left.name.text)
  ) {
    return `assignment to ${parent.left.name.text}`;
  }
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments) {
    return displayArgument(parent, parent.arguments.indexOf(child as ts.Expression));
  }
  return undefined;
}

/** Lists the display-place literals of one TypeScript source that bypass `l10n.t`. */
export function findUnlocalizedText(file: string, source: string): UnlocalizedText[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: UnlocalizedText[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== undefined && readsAsWords(text)) {
      const place = displayPlace(node);
      if (place) {
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
        found.push({ file, line, text, place });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Lists the `.ts` files under a folder, sorted, as paths relative to `root`. */
export function listSources(root: string, folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        files.push(path.relative(root, full).split(path.sep).join('/'));
      }
    }
  };
  walk(path.join(root, folder));
  return files.sort();
}
