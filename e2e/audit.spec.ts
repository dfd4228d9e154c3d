import type { Page } from '@playwright/test';
import { expect, REGION, test } from './fixtures';
import { api, deleteImage, demoUrl, renameImage } from './helpers';

const LIST_PATH = `/ims/${REGION}/v2/cloudimages`;
/** Seeded in demo: acme's private image published in KooGallery (src/mocks/seed/images-acme.ts). */
const PUBLISHED = 'acme-pos-appliance';
const RENAMED = 'renamed-by-audit-e2e';

interface ListBody {
  images: { id: string; name: string; status: string }[];
}

/** A rename that succeeds and a deletion the rules refuse (delete.koogallery). */
async function writeTwice(page: Page) {
  await page.goto(demoUrl('/audit'));
  // The demo's seeded history shows before the test writes anything.
  await expect(page.getByRole('table', { name: 'Audit log' }).getByRole('row').nth(1)).toBeVisible();
  const list = await api(page, 'GET', `${LIST_PATH}?__imagetype=private&limit=1000`);
  const { images } = list.body as ListBody;
  const active = images.find((i) => i.status === 'active' && i.name !== PUBLISHED);
  const published = images.find((i) => i.name === PUBLISHED);
  expect(active, 'the demo lists an active image').toBeDefined();
  expect(published, `the demo lists ${PUBLISHED}`).toBeDefined();

  const rename = await renameImage(page, active!.id, RENAMED);
  expect(rename.status).toBe(200);
  const refused = await deleteImage(page, published!.id);
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ error: { rule: 'delete.koogallery' } });
  return { renamedId: active!.id, publishedId: published!.id };
}

test.describe('audit log', () => {
  test('shows a write made in the test and a refused one with its rule', async ({ page }) => {
    const { renamedId } = await writeTwice(page);
    // Away and back through the navigation: the log reads the trail afresh when shown.
    await page.getByRole('link', { name: 'Constraints' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Constraints' })).toBeVisible();
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();

    const table = page.getByRole('table', { name: 'Audit log' });
    const rows = table.getByRole('row');
    // Newest first: the refused deletion, then the rename.
    await expect(rows.nth(1)).toContainText(PUBLISHED);
    await expect(rows.nth(1)).toContainText('Refused');
    await expect(rows.nth(2)).toContainText(RENAMED);
    await expect(rows.nth(2)).toContainText('Success');
    await expect(rows.nth(2)).toContainText('Modify');
    // The message says what happened, not the HTTP method and status.
    await expect(rows.nth(2)).toContainText(`Modified ${RENAMED}`);

    const refused = rows.nth(1);
    await expect(
      refused.getByText(
        `Delete ${PUBLISHED} refused: This image is published in KooGallery; published images cannot be deleted.`,
      ),
    ).toBeVisible();
    await refused.getByRole('link', { name: 'delete.koogallery' }).click();
    await expect(page).toHaveURL(/\/constraints#delete\.koogallery$/);
    await expect(page.getByRole('rowheader').getByText('delete.koogallery', { exact: true })).toBeInViewport();

    await page.goBack();
    await table.getByRole('link', { name: RENAMED }).click();
    await expect(page).toHaveURL(new RegExp(`/images/private/${renamedId}$`));
  });

  test('filters by result and image, kept in the address', async ({ page }) => {
    await writeTwice(page);
    await page.goto('/audit');
    const table = page.getByRole('table', { name: 'Audit log' });
    await expect(table.getByRole('row').nth(1)).toContainText(PUBLISHED);

    await page.getByRole('combobox', { name: /^Result/ }).click();
    await page.getByRole('option', { name: 'Refused' }).click();
    await expect(page).toHaveURL(/[?&]result=refused/);
    await expect(table.getByRole('row').nth(1)).toContainText('delete.koogallery');
    await expect(table.getByRole('row').filter({ hasText: 'Success' })).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('combobox', { name: /^Result/ })).toHaveText('Refused');
    // The test's refused deletion and the seeded one weeks before it.
    await page.getByLabel('Image name or ID').fill(PUBLISHED);
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('row').filter({ hasText: 'delete.koogallery' })).toHaveCount(2);

    await page.getByLabel('Image name or ID').fill('no-such-image');
    await expect(table.getByText('No entries match these filters')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(table.getByRole('row').filter({ hasText: 'Success' }).first()).toBeVisible();
    await expect(page).toHaveURL(/\/audit$/);
  });

  test('a fresh demo has a history that says what happened, refusals with their reason', async ({ page }) => {
    await page.goto(demoUrl('/audit'));
    const table = page.getByRole('table', { name: 'Audit log' });
    const newest = table.getByRole('row').nth(1);
    await expect(newest).toContainText('Replicated ml-training-ubuntu-uefi as ml-training-ubuntu-uefi-copy');
    await expect(newest).toContainText('alice');
    // One date format, with its zone.
    await expect(newest.getByRole('cell').first()).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    await expect(table.getByText('Replicated web-frontend-centos7-golden to AP-Singapore')).toBeVisible();

    const readOnly = table.getByRole('row').filter({ hasText: 'oliver' }).first();
    await expect(readOnly).toContainText('Refused');
    await expect(readOnly).toContainText(
      'refused: Your role is IMS ReadOnlyAccess; it can view images but not change them.',
    );
    await expect(readOnly.getByRole('link', { name: 'access.read-only' })).toBeVisible();
    await expect(table.getByText(/^(POST|PUT|PATCH|DELETE) \d{3}$/)).toHaveCount(0);
    await expect(page.getByText('No writes recorded yet')).toHaveCount(0);
  });

  test('the audit log has no serious accessibility violations', async ({ page, checkA11y }) => {
    await writeTwice(page);
    await page.goto('/audit');
    await expect(page.getByRole('table', { name: 'Audit log' }).getByRole('row').nth(1)).toContainText(PUBLISHED);
    await checkA11y();
  });
});
