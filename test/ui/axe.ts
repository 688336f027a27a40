// Accessibility checks inside the coach panel: axe-core runs in the webview's
// inner document, and a keyboard walk records where Tab moves the focus.

import * as fs from 'fs';
import type { Frame, Page } from 'playwright-core';
import type { Result, RunOptions } from 'axe-core';

/** The axe-core rule tags the panel must pass: WCAG 2.0 and 2.1 levels A and AA, and Deque's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Selects the elements that can take keyboard focus in the panel. The index
 * of a FocusStop or Control counts this selector's matches inside #app in document order.
 */
export const CONTROL_SELECTOR = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

// The UI tests compile without TypeScript's DOM library, which would let the
// extension's own code use browser globals unnoticed. The functions passed to
// evaluate() run in the page and use these.
declare const window: any;
declare const document: any;
declare function getComputedStyle(element: unknown): { outlineStyle: string; outlineWidth: string; boxShadow: string };

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the failing elements. */
  targets: string[];
}

export interface AxeSummary {
  violations: AxeViolation[];
  /** Ids of the rules that found nothing wrong, so a test can tell that axe checked something. */
  passes: string[];
  /** Ids of the rules that axe could not decide and a person must review, for example a contrast over a background image. */
  incomplete: string[];
}

export interface FocusStop {
  /** Position of the element among the panel's CONTROL_SELECTOR matches, or -1 outside them. */
  index: number;
  tag: string;
  id: string;
  text: string;
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
}

/**
 * Returns the frame of the coach panel's own document. VS Code nests it in
 * two iframes, and Playwright needs the Frame object, not a FrameLocator,
 * to evaluate scripts there.
 */
export async function coachDocumentFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const frame of page.frames()) {
      // evaluate() rejects in a frame that navigates or detaches meanwhile, and such a frame is not the panel.
      const isCoach = await frame.evaluate(() => document.getElementById('kata-title') !== null).catch(() => false);
      if (isCoach) {
        return frame;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('No frame contained #kata-title within 10 seconds: the coach panel is not open.');
}

/**
 * Runs axe-core on the whole document of `frame` with the AXE_TAGS rules.
 * The panel's Content Security Policy admits only the script with its nonce,
 * so axe is injected through the DevTools protocol, which the policy does not cover.
 */
export async function runAxe(frame: Frame): Promise<AxeSummary> {
  const loaded = await frame.evaluate(() => typeof window.axe === 'object');
  if (!loaded) {
    await frame.evaluate(axeSource);
  }

  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS } };
  return frame.evaluate(async (runOptions) => {
    const results = await window.axe.run(document, runOptions);
    return {
      violations: results.violations.map((violation: Result) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      })),
      passes: results.passes.map((rule: Result) => rule.id),
      incomplete: results.incomplete.map((rule: Result) => rule.id),
    };
  }, options);
}

/** Formats violations one per line with the rule id, impact, help text and the first three elements. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const more = violation.targets.length > 3 ? ` and ${violation.targets.length - 3} more` : '';
      return `${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.slice(0, 3).join(', ')}${more}`;
    })
    .join('\n');
}

export interface Control {
  /** Position of the element among the panel's CONTROL_SELECTOR matches, or -1 outside them. */
  index: number;
  tag: string;
  id: string;
  text: string;
}

/** Lists the buttons, checkboxes and links inside the elements that `scope` selects, in document order. */
export async function listControls(frame: Frame, scope: string): Promise<Control[]> {
  return frame.evaluate(([scopeSelector, selector]) => {
    const all: unknown[] = Array.from(document.getElementById('app')?.querySelectorAll(selector) ?? []);
    const inScope = document.querySelectorAll(`${scopeSelector} :is(a[href], button, input[type="checkbox"])`);
    return Array.from<any>(inScope).map((element) => ({
      index: all.indexOf(element),
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
    }));
  }, [scope, CONTROL_SELECTOR]);
}

/** Returns the focused element of `frame`'s document, or undefined when the focus is outside that document. */
export async function focusedControl(frame: Frame): Promise<FocusStop | undefined> {
  return frame.evaluate((selector) => {
    const element = document.activeElement;
    if (!document.hasFocus() || !element || element === document.body) {
      return undefined;
    }
    const style = getComputedStyle(element);
    return {
      index: Array.from(document.getElementById('app')?.querySelectorAll(selector) ?? []).indexOf(element),
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      boxShadow: style.boxShadow,
    };
  }, CONTROL_SELECTOR);
}

/**
 * Presses Tab until the focus leaves `frame`'s document or comes back to a
 * control it visited, and returns the controls in the order they got focus.
 * The caller puts the focus at the starting point first.
 */
export async function walkTabOrder(page: Page, frame: Frame, maxPresses = 200): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const stop = await focusedControl(frame);
    if (!stop || stops.some((seen) => seen.index === stop.index && stop.index >= 0)) {
      return stops;
    }
    stops.push(stop);
  }
  throw new Error(`The focus was still inside the panel after ${maxPresses} Tab presses: a keyboard trap, or more than ${maxPresses} controls.`);
}

/** Returns the classes of the panel's body, where VS Code marks the kind of the color theme. */
export async function bodyClasses(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => Array.from<string>(document.body.classList));
}

/**
 * Waits until VS Code has given the panel the theme whose setting value is
 * `themeId`. VS Code sets this attribute and the --vscode-* colors in the same step.
 */
export async function waitForTheme(frame: Frame, themeId: string): Promise<void> {
  await frame.waitForFunction((id) => document.body.dataset.vscodeThemeId === id, themeId, { timeout: 10000 });
}

/** Tells whether a focused element shows a focus indicator: an outline or a box shadow. */
export function hasFocusIndicator(stop: FocusStop): boolean {
  const outline = stop.outlineStyle !== 'none' && stop.outlineWidth !== '0px';
  return outline || stop.boxShadow !== 'none';
}
