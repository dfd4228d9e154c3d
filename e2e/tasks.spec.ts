import type { Page } from '@playwright/test';
import { expect, REGION, test } from './fixtures';
import { api, demoUrl, imageIdByName, openConsole, openTaskCentre, privateList } from './helpers';

const GOLDEN = 'web-frontend-centos7-golden';
const COPY = 'e2e-golden-copy';

/** Starts an in-region copy of acme's golden image through the mock API; the console only watches. */
async function startCopy(page: Page): Promise<void> {
  const id = await imageIdByName(page, GOLDEN);
  expect((await api(page, 'POST', `/ims/${REGION}/v1/cloudimages/${id}/copy`, { name: COPY })).status).toBe(200);
}

test.describe('task centre', () => {
  test('shows a running job in the drawer until it succeeds, with a link to the new image', async ({
    page,
    checkA11y,
  }) => {
    await openConsole(page, privateList({ jobSpeed: 'fast' }));
    // The demo seeds two long acme jobs (a cross-region copy and a creation from a backup).
    const button = page.getByRole('button', { name: /^Task centre/ });
    await expect(button).toHaveAccessibleName('Task centre, 2 running');

    await startCopy(page);
    const drawer = await openTaskCentre(page);
    // Scoped by the list item below, so it starts from the page, not the drawer.
    const progress = page.getByRole('progressbar', {
      name: `Progress of Replicate within region: ${GOLDEN} → ${COPY}`,
    });
    await expect(progress).toBeVisible();
    const item = drawer.getByRole('listitem').filter({ has: progress });
    await expect(item.getByText('Succeeded')).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '100');
    await checkA11y();

    await item.getByRole('link', { name: COPY }).click();
    await expect(drawer).toBeHidden();
    await expect(button).toHaveAccessibleName('Task centre, 2 running');
    await expect(page).toHaveURL(/\/images\/private\/[0-9a-f-]+$/);
  });

  test('the drawer closes and lists the same jobs after a reload', async ({ page }) => {
    await openConsole(page);
    await startCopy(page);
    await page.reload();
    const drawer = await openTaskCentre(page);
    const item = drawer
      .getByRole('listitem')
      .filter({ has: page.getByRole('progressbar', { name: new RegExp(`→ ${COPY}$`) }) });
    await expect(item.getByText('Succeeded')).toBeVisible();
    await drawer.getByRole('button', { name: 'Close task centre' }).click();
    await expect(drawer).toBeHidden();
  });

  test('the Tasks page lists every job and filters by status through the URL', async ({ page, checkA11y }) => {
    await page.goto(demoUrl('/tasks'));
    const table = page.getByRole('table', { name: 'Tasks' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    const cross = table.getByRole('row').filter({ hasText: 'Replicate across regions' }).filter({ hasText: 'Running' });
    await expect(cross.getByRole('cell', { name: 'AP-Singapore' })).toBeVisible();
    await expect(cross.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /\d+/);
    // Seeded 40 minutes into a 3-hour copy: 22% done, so about 140 minutes to go.
    await expect(cross.getByText('about 2 h left', { exact: true })).toBeVisible();
    await checkA11y();

    const filter = page.getByRole('group', { name: 'Filter by status' });
    await filter.getByRole('button', { name: /^Failed/ }).click();
    await expect(page).toHaveURL(/status=FAIL/);
    // The seeded failure: an import whose file was damaged, with IMS's reason.
    await expect(table.getByRole('row')).toHaveCount(2);
    const reason = table.getByText(/IMG\.0060: The image file could not be converted/);
    await expect(reason).toBeVisible();
    // The reason has a column of its own: the Status cell holds the status alone, and the row
    // stays two lines of text high instead of wrapping the reason down a narrow column.
    await expect(table.getByRole('cell', { name: 'Failed', exact: true })).toBeVisible();
    const failedRow = table.getByRole('row').nth(1);
    expect((await failedRow.boundingBox())?.height).toBeLessThan(90);
    await expect(failedRow.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    await expect(failedRow.getByText(/left$/)).toHaveCount(0);
    // Clamped to two lines; the whole reason is the tooltip (on hover, and on keyboard focus).
    await reason.hover();
    await expect(page.getByRole('tooltip')).toContainText('IMG.0060: The image file could not be converted');

    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Filter by status' }).getByRole('button', { name: /^Failed/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    await filter.getByRole('button', { name: /^Queued/ }).click();
    await expect(page.getByText('No queued tasks.')).toBeVisible();
    await page.getByRole('button', { name: 'Show all tasks' }).click();
    await expect(page).not.toHaveURL(/status=/);
  });
});
