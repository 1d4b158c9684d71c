// Chromium for the browser tests (Debian's /usr/bin/chromium here, Playwright's own elsewhere), and the app opened in it.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (fs.existsSync(DEBIAN_CHROMIUM)) return chromium.launch({ executablePath: DEBIAN_CHROMIUM, args: FLAGS });
  return chromium.launch({ args: FLAGS });
}

/** A specialist's screen unless a test needs more room. */
const SCREEN = { width: 1366, height: 900 };

/** Chromium open on the app at `url` (the bridge), in Vietnamese, on a specialist's screen. */
export async function openApp(url: string, opts: { viewport?: { width: number; height: number } } = {}): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchBrowser();
  // Downloads are accepted (Playwright's default): the export and reminder tests save what they get.
  const page = await browser.newPage({ viewport: opts.viewport ?? SCREEN, locale: 'vi-VN', acceptDownloads: true });
  await page.goto(url);
  return { browser, page };
}
