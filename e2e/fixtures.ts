import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test watches the page like a privacy auditor and a QA engineer at once: it fails on
 * any console error or uncaught exception, and on any request outside the lab's own origin.
 */
export const test = base.extend<{ watch: { consoleErrors: string[]; foreignRequests: string[] } }>({
  watch: [
    async ({ page, context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreignRequests.push(url);
      });
      const watch = { consoleErrors, foreignRequests };
      await use(watch);
      expect(foreignRequests, 'requests outside the origin').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function waitForStatus(page: Page, status: string, timeout = 150_000): Promise<void> {
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', status, { timeout });
}

export async function metricValue(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(`metric-${id}`).getAttribute('data-value'));
}
