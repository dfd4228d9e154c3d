import { expect, test } from './fixtures';
import { deleteImage, imageIdByName, openImageDetail, privateList, rowActionItem } from './helpers';

/** Published in KooGallery: rule delete.koogallery refuses it (coverage.test.ts). */
const PUBLISHED = 'acme-pos-appliance';
const PUBLISHED_REASON =
  'This image is published in KooGallery; published images cannot be deleted. Remove the image from KooGallery first.';
/** Shared with two projects, globex (accepted) and initech (pending) (src/mocks/seed/images-acme.ts). */
const SHARED = 'web-frontend-centos7-golden';
/** Still being created by a seeded job that runs for hours: rule delete.in-progress. */
const CREATING = 'erp-app-full-restore';

test.describe('Delete Image', () => {
  test('a KooGallery-published image cannot be deleted: row menu and detail toolbar say why', async ({ page }) => {
    await page.goto(privateList({ q: PUBLISHED }));
    const item = await rowActionItem(page, PUBLISHED, 'Delete');
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(item).toHaveAccessibleDescription(PUBLISHED_REASON);
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Delete Image' })).toHaveCount(0);
    await page.keyboard.press('Escape');

    await page.getByRole('table', { name: 'Private images' }).getByRole('link', { name: PUBLISHED }).click();
    const button = page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Delete' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription(PUBLISHED_REASON);
  });

  test('deletes one eligible image from its detail page and returns to the list', async ({ page }) => {
    await openImageDetail(page, 'reporting-oracle-linux8');
    await page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Delete' }).click();

    const dialog = page.getByRole('dialog', { name: 'Delete Image' });
    await expect(dialog.getByText('The image reporting-oracle-linux8 will be deleted.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

    // The toast leaves after a few seconds, so it is read first; the dialog's report stays.
    await expect(page.getByText('Image reporting-oracle-linux8 deleted')).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: 'reporting-oracle-linux8' })).toContainText('Deleted');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Private Images' })).toBeVisible();

    await page.goto(privateList({ q: 'reporting-oracle-linux8' }));
    await expect(page.getByRole('link', { name: 'reporting-oracle-linux8' })).toHaveCount(0);
  });

  test('batch delete: pre-flight, skipped reasons, select only eligible, per-image outcome', async ({ page }) => {
    await page.goto(privateList({ size: '50' }));
    const table = page.getByRole('table', { name: 'Private images' });
    const picked = ['ubuntu22-k8s-node', PUBLISHED, 'kiosk-debian11-i386', CREATING, 'crm-legacy-win2019'];
    for (const name of picked) await table.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
    await page.getByRole('button', { name: 'Delete selected' }).click();

    const dialog = page.getByRole('dialog', { name: 'Delete Image' });
    await expect(dialog.getByText('5 selected: 3 will be deleted, 2 skipped')).toBeVisible();
    await expect(dialog.getByText('Deleted images cannot be restored.')).toBeVisible();
    const skipped = dialog.getByRole('list', { name: 'Skipped (2)' });
    await expect(skipped.getByRole('listitem').filter({ hasText: PUBLISHED })).toContainText('delete.koogallery');
    await expect(skipped.getByRole('listitem').filter({ hasText: PUBLISHED })).toContainText(PUBLISHED_REASON);
    await expect(skipped.getByRole('listitem').filter({ hasText: CREATING })).toContainText(
      'This image is still being created; it cannot be deleted until that finishes.',
    );

    await dialog.getByRole('button', { name: 'Select only eligible' }).click();
    await expect(dialog.getByText('3 selected: all 3 will be deleted')).toBeVisible();
    await expect(dialog.getByRole('list', { name: /Skipped/ })).toHaveCount(0);

    await dialog.getByRole('button', { name: 'Delete 3 images' }).click();
    // Deletes run one after another; the toast at the end leaves after a few seconds, so it is read first.
    await expect(page.getByText('3 images deleted')).toBeVisible();
    const results = dialog.getByRole('list', { name: 'Will be deleted (3)' });
    for (const name of ['ubuntu22-k8s-node', 'kiosk-debian11-i386', 'crm-legacy-win2019'])
      await expect(results.getByRole('listitem').filter({ hasText: name })).toContainText('Deleted');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(table.getByRole('link', { name: 'ubuntu22-k8s-node', exact: true })).toHaveCount(0);
    await expect(table.getByRole('link', { name: PUBLISHED, exact: true })).toBeVisible();
    // "Select only eligible" narrowed the page's selection too: the skipped images are no longer selected.
    await expect(table.getByRole('checkbox', { name: `Select ${PUBLISHED}`, exact: true })).not.toBeChecked();
    await expect(table.getByRole('checkbox', { name: `Select ${CREATING}`, exact: true })).not.toBeChecked();
  });

  test("a batch reports each image: one deleted, one failed with the server's reason", async ({ page }) => {
    await page.goto(privateList({ size: '50' }));
    const table = page.getByRole('table', { name: 'Private images' });
    const [gone, kept] = ['edge-gateway-openeuler-arm', 'ml-training-ubuntu-uefi'] as const;
    for (const name of [gone, kept]) await table.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
    const goneId = (await table.getByRole('link', { name: gone, exact: true }).getAttribute('href'))?.split('/').pop();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Image' });
    await expect(dialog.getByText('2 selected: all 2 will be deleted')).toBeVisible();

    // Someone else deletes one of them while the dialog is open.
    expect((await deleteImage(page, goneId ?? '')).status).toBe(204);

    await dialog.getByRole('button', { name: 'Delete 2 images' }).click();
    await expect(page.getByText('1 image deleted; 1 failed')).toBeVisible();
    const results = dialog.getByRole('list', { name: 'Will be deleted (2)' });
    await expect(results.getByRole('listitem').filter({ hasText: gone })).toContainText(
      `Failed: Image ${goneId} does not exist.`,
    );
    await expect(results.getByRole('listitem').filter({ hasText: kept })).toContainText('Deleted');
  });

  test('nothing eligible: the Delete button stays disabled', async ({ page }) => {
    await page.goto(privateList({ size: '50' }));
    const table = page.getByRole('table', { name: 'Private images' });
    for (const name of [PUBLISHED, CREATING])
      await table.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Image' });
    await expect(dialog.getByText('2 selected: none can be deleted, 2 skipped')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'Select only eligible' })).toHaveCount(0);
  });

  test('a full-ECS image from a backup offers to delete the backup; the dialog passes axe', async ({
    page,
    checkA11y,
  }) => {
    await openImageDetail(page, 'erp-app-full-cbr');
    await page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Image' });
    await expect(dialog.getByRole('checkbox', { name: /Also delete the backup/ })).not.toBeChecked();
    await expect(dialog.getByRole('alert')).toHaveText(
      'It is shared with 10 projects; they lose the image too. It is a full-ECS image: the system and data disks of a server in one.',
    );
    await expect(dialog.getByLabel('Type the image name to confirm')).toBeVisible();
    await checkA11y();
  });

  test('a shared image names who loses it and is denied until its name is typed, then deleted', async ({
    page,
    checkA11y,
  }) => {
    await openImageDetail(page, SHARED);
    await page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Image' });
    await expect(
      dialog.getByText(`The image ${SHARED} will be deleted. A deleted image cannot be restored.`),
    ).toBeVisible();
    await expect(dialog.getByText('It is shared with 2 projects; they lose the image too.')).toBeVisible();

    const field = dialog.getByLabel('Type the image name to confirm');
    const submit = dialog.getByRole('button', { name: 'Delete', exact: true });
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(submit).toHaveAccessibleDescription(
      `Type the image name to confirm the deletion. Type ${SHARED} exactly.`,
    );
    await checkA11y();
    // Denied: pressing it deletes nothing.
    await submit.focus();
    await submit.press('Enter');
    await expect(dialog.getByText('It is shared with 2 projects; they lose the image too.')).toBeVisible();
    expect(await imageIdByName(page, SHARED)).not.toBe('');

    await field.fill('web-frontend');
    await expect(submit).toHaveAccessibleDescription(`“web-frontend” is not the image name. Type ${SHARED} exactly.`);
    await field.fill(SHARED);
    await expect(submit).not.toHaveAttribute('aria-disabled', 'true');
    await submit.click();
    await expect(page.getByText(`Image ${SHARED} deleted`)).toBeVisible();
    expect(await imageIdByName(page, SHARED)).toBe('');
  });

  test('an image shared with nobody is deleted without typing its name', async ({ page }) => {
    await openImageDetail(page, 'reporting-oracle-linux8');
    await page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Image' });
    await expect(dialog.getByText('The image reporting-oracle-linux8 will be deleted.')).toBeVisible();
    await expect(dialog.getByLabel('Type the image name to confirm')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
