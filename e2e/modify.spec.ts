import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { deleteImage, openImageDetail, openRowAction, privateList, rowActionItem } from './helpers';

/** Finds an image on a fresh demo's list and opens Modify from its row menu. */
async function openModify(page: Page, name: string) {
  await page.goto(privateList({ q: name }));
  return openRowAction(page, name, 'Modify');
}

test.describe('Modify Image', () => {
  test('renames and describes an image; the change survives a reload', async ({ page }) => {
    await openImageDetail(page, 'ubuntu22-k8s-node');
    await page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Modify' }).click();

    const dialog = page.getByRole('dialog', { name: 'Modify Image' });
    const save = dialog.getByRole('button', { name: 'Save' });
    await expect(dialog.getByLabel('Name')).toHaveValue('ubuntu22-k8s-node');
    await expect(save).toBeDisabled();

    await dialog.getByLabel('Name').fill('ubuntu22-k8s-node-v2');
    await dialog.getByLabel('Description').fill('Kubernetes 1.29 worker, CIS hardened');
    await expect(save).toBeEnabled();
    await save.click();

    // The toast leaves after a few seconds, so it is read first.
    await expect(page.getByText('Image ubuntu22-k8s-node-v2 modified')).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'ubuntu22-k8s-node-v2' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'ubuntu22-k8s-node-v2' })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Basic information' })
        .getByRole('definition')
        .filter({ hasText: 'Kubernetes 1.29 worker, CIS hardened' }),
    ).toBeVisible();
  });

  test('an invalid name or description is flagged inline before submit', async ({ page }) => {
    const dialog = await openModify(page, 'reporting-oracle-linux8');

    const name = dialog.getByLabel('Name');
    await name.fill('report<v2>');
    await expect(dialog.getByText('Name contains "<", which is not allowed.')).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');

    const description = dialog.getByLabel('Description');
    await description.fill('uses <b>bold</b>');
    await expect(dialog.getByText('Description contains < or >, which are not allowed.')).toBeVisible();

    let patched = false;
    page.on('request', (request) => {
      if (request.method() === 'PATCH') patched = true;
    });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeVisible();
    await expect(name).toBeFocused();
    expect(patched).toBe(false);

    // Fixing the value clears the flag and keeps what else was typed.
    await name.fill('report-v2');
    await expect(dialog.getByText('Name contains "<", which is not allowed.')).toBeHidden();
    await expect(description).toHaveValue('uses <b>bold</b>');
  });

  test('memory limits are checked against each other', async ({ page }) => {
    const dialog = await openModify(page, 'reporting-oracle-linux8');
    await dialog.getByLabel('Minimum memory (MB)').fill('8192');
    await dialog.getByLabel('Maximum memory (MB)').fill('4096');
    await expect(dialog.getByText('Minimum memory (8192 MB) is above the maximum memory (4096 MB).')).toBeVisible();
    await dialog.getByLabel('Maximum memory (MB)').fill('16384');
    await expect(dialog.getByText(/is above the maximum memory/)).toBeHidden();
    await expect(dialog.getByRole('radiogroup', { name: 'Boot mode' })).toBeVisible();
    await expect(dialog.getByRole('switch', { name: 'NIC multi-queue' })).toBeVisible();
  });

  test('a data disk image offers no OS attributes', async ({ page }) => {
    const dialog = await openModify(page, 'genomics-pipeline-data');
    await expect(dialog.getByLabel('Name')).toHaveValue('genomics-pipeline-data');
    await expect(dialog.getByLabel('Description')).toBeVisible();
    await expect(dialog.getByRole('radiogroup', { name: 'Boot mode' })).toHaveCount(0);
    await expect(dialog.getByLabel('Minimum memory (MB)')).toHaveCount(0);
  });

  test('an abnormal image cannot be modified, and the menu says why', async ({ page }) => {
    await page.goto(privateList({ q: 'crm-legacy-win2019' }));
    const modify = await rowActionItem(page, 'crm-legacy-win2019', 'Modify');
    await expect(modify).toHaveAttribute('aria-disabled', 'true');
    await expect(modify).toHaveAccessibleDescription(/This image is Abnormal; only Normal images can be modified\./);
  });

  test('a refusal from the server shows in the dialog and keeps what was typed', async ({ page }) => {
    await openImageDetail(page, 'win2019-iis-base');
    const imageId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Modify' }).click();
    const dialog = page.getByRole('dialog', { name: 'Modify Image' });
    await dialog.getByLabel('Name').fill('win2019-iis-base-v2');

    // Someone else deletes the image while the dialog is open.
    expect((await deleteImage(page, imageId)).status).toBe(204);

    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toContainText(`Image ${imageId} does not exist.`);
    await expect(dialog.getByLabel('Name')).toHaveValue('win2019-iis-base-v2');
  });

  test('the dialog has no serious accessibility violations', async ({ page, checkA11y }) => {
    const dialog = await openModify(page, 'reporting-oracle-linux8');
    await dialog.getByLabel('Name').fill('bad name ');
    await expect(dialog.getByText('Name starts or ends with a space.')).toBeVisible();
    await checkA11y();
  });
});
