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
  await expect(page.getByText('No writes recorded yet')).toBeVisible();
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

    const refused = rows.nth(1);
    await expect(refused.getByText('published images cannot be deleted', { exact: false })).toBeVisible();
    await refused.getByRole('link', { name: 'delete.koogallery' }).click();
    await expect(page).toHaveURL(/\/constraints#delete\.koogallery$/);
    await expect(page.getByRole('rowheader', { name: 'delete.koogallery', exact: true })).toBeInViewport();

    await page.goBack();
    await table.getByRole('link', { name: RENAMED }).click();
    await expect(page).toHaveURL(new RegExp(`/images/private/${renamedId}$`));
  });

  test('filters by result and image, kept in the address', async ({ page }) => {
    await writeTwice(page);
    await page.goto('/audit');
    const table = page.getByRole('table', { name: 'Audit log' });
    await expect(table.getByRole('row')).toHaveCount(3);

    await page.getByRole('combobox', { name: /^Result/ }).click();
    await page.getByRole('option', { name: 'Refused' }).click();
    await expect(page).toHaveURL(/[?&]result=refused/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row').nth(1)).toContainText('delete.koogallery');

    await page.reload();
    await expect(page.getByRole('combobox', { name: /^Result/ })).toHaveText('Refused');
    await expect(table.getByRole('row')).toHaveCount(2);

    await page.getByLabel('Image name or ID').fill('no-such-image');
    await expect(table.getByText('No entries match these filters')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(page).toHaveURL(/\/audit$/);
  });

  test('a fresh demo has an empty log that says so', async ({ page }) => {
    await page.goto(demoUrl('/audit'));
    await expect(page.getByText('No writes recorded yet')).toBeVisible();
  });

  test('the audit log has no serious accessibility violations', async ({ page, checkA11y }) => {
    await writeTwice(page);
    await page.goto('/audit');
    await expect(page.getByRole('table', { name: 'Audit log' }).getByRole('row')).toHaveCount(3);
    await checkA11y();
  });
});
