import type { Page } from '@playwright/test';
import { expect, REGION, test, TOKEN_ALICE } from './fixtures';

const LIST = '/images/private?scenario=demo&jobSpeed=instant';

async function openDetail(page: Page, name: string) {
  await page.goto(`${LIST}&q=${encodeURIComponent(name)}`);
  await page.getByRole('table', { name: 'Private images' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function openRowMenu(page: Page, name: string) {
  await page.goto(`${LIST}&q=${encodeURIComponent(name)}`);
  await page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
  return page.getByRole('menu', { name: `Actions for ${name}` });
}

test.describe('Modify Image', () => {
  test('renames and describes an image; the change survives a reload', async ({ page }) => {
    await openDetail(page, 'ubuntu22-k8s-node');
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
    const menu = await openRowMenu(page, 'reporting-oracle-linux8');
    await menu.getByRole('menuitem', { name: 'Modify' }).click();
    const dialog = page.getByRole('dialog', { name: 'Modify Image' });

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
    const menu = await openRowMenu(page, 'reporting-oracle-linux8');
    await menu.getByRole('menuitem', { name: 'Modify' }).click();
    const dialog = page.getByRole('dialog', { name: 'Modify Image' });
    await dialog.getByLabel('Minimum memory (MB)').fill('8192');
    await dialog.getByLabel('Maximum memory (MB)').fill('4096');
    await expect(dialog.getByText('Minimum memory (8192 MB) is above the maximum memory (4096 MB).')).toBeVisible();
    await dialog.getByLabel('Maximum memory (MB)').fill('16384');
    await expect(dialog.getByText(/is above the maximum memory/)).toBeHidden();
    await expect(dialog.getByRole('radiogroup', { name: 'Boot mode' })).toBeVisible();
    await expect(dialog.getByRole('switch', { name: 'NIC multi-queue' })).toBeVisible();
  });

  test('a data disk image offers no OS attributes', async ({ page }) => {
    const menu = await openRowMenu(page, 'genomics-pipeline-data');
    await menu.getByRole('menuitem', { name: 'Modify' }).click();
    const dialog = page.getByRole('dialog', { name: 'Modify Image' });
    await expect(dialog.getByLabel('Name')).toHaveValue('genomics-pipeline-data');
    await expect(dialog.getByLabel('Description')).toBeVisible();
    await expect(dialog.getByRole('radiogroup', { name: 'Boot mode' })).toHaveCount(0);
    await expect(dialog.getByLabel('Minimum memory (MB)')).toHaveCount(0);
  });

  test('an abnormal image cannot be modified, and the menu says why', async ({ page }) => {
    const menu = await openRowMenu(page, 'crm-legacy-win2019');
    const modify = menu.getByRole('menuitem', { name: 'Modify' });
    await expect(modify).toHaveAttribute('aria-disabled', 'true');
    await expect(modify).toHaveAccessibleDescription(/This image is Abnormal; only Normal images can be modified\./);
  });

  test('a refusal from the server shows in the dialog and keeps what was typed', async ({ page }) => {
    await openDetail(page, 'win2019-iis-base');
    const imageId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Modify' }).click();
    const dialog = page.getByRole('dialog', { name: 'Modify Image' });
    await dialog.getByLabel('Name').fill('win2019-iis-base-v2');

    // Someone else deletes the image while the dialog is open.
    const status = await page.evaluate(
      async ({ path, token }) => (await fetch(path, { method: 'DELETE', headers: { 'X-Auth-Token': token } })).status,
      { path: `/ims/${REGION}/v2/images/${imageId}`, token: TOKEN_ALICE },
    );
    expect(status).toBe(204);

    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toContainText(`Image ${imageId} does not exist.`);
    await expect(dialog.getByLabel('Name')).toHaveValue('win2019-iis-base-v2');
  });

  test('the dialog has no serious accessibility violations', async ({ page, checkA11y }) => {
    const menu = await openRowMenu(page, 'reporting-oracle-linux8');
    await menu.getByRole('menuitem', { name: 'Modify' }).click();
    const dialog = page.getByRole('dialog', { name: 'Modify Image' });
    await dialog.getByLabel('Name').fill('bad name ');
    await expect(dialog.getByText('Name starts or ends with a space.')).toBeVisible();
    await checkA11y();
  });
});
