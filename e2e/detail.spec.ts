import { expect, test } from './fixtures';
import { demoUrl, openImageDetail, privateImagesTable, privateList } from './helpers';

const GOLDEN = 'web-frontend-centos7-golden';

test.describe('image detail page', () => {
  test('opens from the list and shows lineage, encryption, members and tags', async ({ page }) => {
    await openImageDetail(page, GOLDEN);

    await expect(page).toHaveTitle(`${GOLDEN} · IMS Console`);
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link', { name: 'Private Images' })).toBeVisible();
    await expect(
      page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Modify' }),
    ).toBeVisible();

    const basic = page.getByRole('region', { name: 'Basic information' });
    await expect(basic.getByRole('definition').filter({ hasText: 'Hardened CentOS 7.9' })).toBeVisible();
    await expect(basic.getByRole('term').filter({ hasText: 'Enterprise project' })).toBeVisible();

    const lineage = page.getByRole('region', { name: 'Lineage' });
    await expect(lineage.getByRole('definition').filter({ hasText: 'web-prod-01' })).toBeVisible();
    await expect(lineage.getByRole('term').filter({ hasText: 'Published in KooGallery' })).toBeVisible();

    await expect(page.getByRole('region', { name: 'Encryption' }).getByText('Not encrypted')).toBeVisible();

    const members = page.getByRole('region', { name: 'Sharing' }).getByRole('table', { name: 'Members' });
    await expect(members.getByRole('row').filter({ hasText: 'Globex Logistics' })).toContainText('Accepted');
    await expect(members.getByRole('row').filter({ hasText: 'Initech Labs' })).toContainText('Pending');

    const tags = page.getByRole('region', { name: 'Tags' });
    await expect(tags.getByRole('term').filter({ hasText: 'team' })).toBeVisible();
    await expect(tags.getByRole('definition').filter({ hasText: 'storefront' })).toBeVisible();
  });

  test('an encrypted image names its KMS key and the key state', async ({ page }) => {
    await openImageDetail(page, 'payments-api-encrypted');
    const encryption = page.getByRole('region', { name: 'Encryption' });
    await expect(encryption.getByRole('definition').filter({ hasText: 'acme-cmk-prod' })).toBeVisible();
    await expect(encryption.getByRole('definition').filter({ hasText: 'Enabled' })).toBeVisible();
  });

  test('a copy links to the image it was copied from', async ({ page }) => {
    await openImageDetail(page, `${GOLDEN}-kms`);
    const lineage = page.getByRole('region', { name: 'Lineage' });
    await expect(lineage.getByRole('definition').filter({ hasText: 'Copy of image' })).toBeVisible();
    await lineage.getByRole('link', { name: GOLDEN }).click();
    await expect(page.getByRole('heading', { level: 1, name: GOLDEN })).toBeVisible();
  });

  test('a running replication shows under the tasks of its source image', async ({ page }) => {
    await openImageDetail(page, 'erp-app-rhel84');
    const tasks = page.getByRole('region', { name: 'Tasks' }).getByRole('table', { name: 'Tasks of this image' });
    await expect(tasks.getByRole('row').filter({ hasText: 'Replicate across regions' })).toContainText('Running');
    await expect(tasks.getByRole('progressbar', { name: 'Replicate across regions progress' })).toBeVisible();
  });

  test('a Creating image shows its creation progress as the list does', async ({ page }) => {
    // Seeded in demo: created from a CBR backup by a job that runs for hours (jobs-demo.ts).
    const creating = 'erp-app-full-restore';
    await page.goto(privateList({ q: creating }));
    const listBar = privateImagesTable(page).getByRole('progressbar', { name: `Creating ${creating}` });
    await expect(listBar).toHaveAttribute('aria-valuenow', /^\d/);
    await privateImagesTable(page).getByRole('link', { name: creating, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: creating })).toBeVisible();
    const detailBar = page.getByRole('progressbar', { name: `Creating ${creating}` });
    await expect(detailBar).toBeVisible();
    expect(Number(await detailBar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await expect(page.getByText(/^\d+%$/)).toBeVisible();
  });

  test('the toolbar has one primary button, Create ECS, and the rest secondary', async ({ page }) => {
    await openImageDetail(page, GOLDEN);
    const toolbar = page.getByRole('toolbar', { name: 'Image actions' });
    await expect(toolbar.getByRole('button', { name: 'Create ECS' })).toBeVisible();
    // Filled (primary) buttons have a background; outlined ones are transparent.
    const filled = await toolbar
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.filter((b) => getComputedStyle(b).backgroundColor !== 'rgba(0, 0, 0, 0)').map((b) => b.textContent),
      );
    expect(filled).toEqual(['Create ECS']);
    expect(await toolbar.getByRole('button').count()).toBeGreaterThan(3);
  });

  test('an unknown image shows "Image not found" with a way back', async ({ page }) => {
    await page.goto(demoUrl('/images/private/00000000-0000-0000-0000-000000000000'));
    await expect(page.getByRole('heading', { level: 1, name: 'Image not found' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Back to Private Images' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Private Images' })).toBeVisible();
  });

  test('the detail page has no serious accessibility violations', async ({ page, checkA11y }) => {
    await openImageDetail(page, GOLDEN);
    await expect(page.getByRole('table', { name: 'Members' })).toBeVisible();
    await expect(page.getByRole('toolbar', { name: 'Image actions' })).toBeVisible();
    await checkA11y();
  });
});
