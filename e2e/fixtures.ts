import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

export const TOKEN_ALICE = 'demo-token-alice';
export const REGION = 'cn-north-4';

const HTTP_STATUS_LOG = /^Failed to load resource: the server responded with a status of \d+/;
/** Paths the mock backend serves (DESIGN.md §3); an error status anywhere else is a broken asset or route. */
const MOCK_API_PATH = /^\/(ims|ecs|evs|obs|kms|cbr|iam|mock)\//;

interface Fixtures {
  /** Fails the test on a `console.error`, an uncaught page error, or an error status outside the mock API. */
  failOnConsoleErrors: void;
  /** Scans the current page with axe; fails on serious or critical violations. */
  checkA11y: (page?: Page) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  failOnConsoleErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        // Chromium logs every non-2xx fetch as an error. For the mock API that is tested behaviour
        // (refusals, 404s, injected 5xx), so HTTP statuses are judged by the response check below.
        if (message.type() === 'error' && !HTTP_STATUS_LOG.test(message.text())) {
          problems.push(`console.error: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (response.status() >= 400 && !MOCK_API_PATH.test(pathname)) {
          problems.push(`HTTP ${response.status()} for ${response.request().method()} ${pathname}`);
        }
      });
      await use();
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],

  checkA11y: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target }).analyze();
      const blocking = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.length} node(s)`,
        );
      expect(blocking, 'serious or critical axe violations').toEqual([]);
    });
  },
});
