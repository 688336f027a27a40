// Drives VS Code's Command Palette and quick picks.

import type { Page } from 'playwright-core';

/**
 * Runs a command by its palette title, for example `Kata Coach: Start Kata`,
 * and waits until the palette has closed.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);

  // Enter would run the top-ranked row, which is not always the requested
  // command: `>Preferences: Color Theme` ranks "Browse Color Themes in
  // Marketplace" first. So click the row whose label is exactly the title.
  const exactLabel = page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) });
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: exactLabel }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await row.waitFor({ state: 'hidden' });
}

/** Filters the open quick pick by `text` and clicks the first item that contains it. */
export async function pickQuickItem(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(text);

  const item = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: text }).first();
  await item.waitFor({ state: 'visible' });
  await item.click();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
