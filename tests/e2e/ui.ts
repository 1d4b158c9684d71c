// Small page helpers shared by the browser tests: navigation by the visible menu, screenshots by screen.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './setup';

export async function goTo(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** The content pane scrolls inside the window; let it grow for the shot so the whole screen is seen. */
export async function shot(page: Page, name: string): Promise<void> {
  const style = await page.addStyleTag({ content: '.app{height:auto;min-height:100%}.content{overflow:visible}.split-side,.draft-bar{position:static}' });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  await style.evaluate((el) => (el as Element).remove());
}

/** Texts of every role=status / role=alert currently on the page, to poll on. */
export async function messages(page: Page, role: 'status' | 'alert'): Promise<string> {
  return (await page.getByRole(role).allInnerTexts()).join('\n');
}
