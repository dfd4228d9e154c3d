import type { Page } from '@playwright/test';
import { expect, REGION, test, TOKEN_ALICE } from './fixtures';

const LIST = '/images/private?scenario=demo&jobSpeed=instant';
const GOLDEN = 'web-frontend-centos7-golden';

async function openReplicate(page: Page, name: string) {
  await page.goto(`${LIST}&q=${encodeURIComponent(name)}`);
  await page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: 'Replicate' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Replicate Image' });
  await expect(dialog.getByLabel('Name')).toBeVisible({ timeout: 30_000 });
  return dialog;
}

test.describe('Replicate Image', () => {
  // Several suites share two cores; the budget is for a loaded machine, not for the app.
  test.describe.configure({ timeout: 120_000 });

  test('a full-ECS image replicates only across regions, and the job shows in the task centre', async ({ page }) => {
    const dialog = await openReplicate(page, 'erp-app-full-cbr');
    const within = dialog.getByRole('radio', { name: 'Within region' });
    await expect(within).toBeDisabled();
    await expect(within).toHaveAccessibleDescription(
      'This is a full-ECS image; full-ECS images cannot be replicated within a region.',
    );
    await expect(dialog.getByRole('radio', { name: 'Across regions' })).toBeChecked();
    await expect(dialog.getByLabel('Name')).toHaveValue('copy_cn-north-4_erp-app-full-cbr');

    await dialog.getByLabel('Destination region').selectOption('ap-southeast-3');
    await expect(dialog.getByLabel('Destination project')).not.toHaveValue('');
    await expect(dialog.getByLabel('IAM agency')).toHaveValue('ims_admin_trust');
    await expect(dialog.getByLabel('CBR vault')).not.toHaveValue('');
    const replicate = dialog.getByRole('button', { name: 'Replicate' });
    await expect(replicate).not.toHaveAttribute('aria-disabled', 'true');
    await replicate.click();

    await expect(page.getByText('Replication of erp-app-full-cbr started')).toBeVisible({ timeout: 30_000 });
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: /^Task centre/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Task centre' });
    await expect(drawer.getByText('erp-app-full-cbr').first()).toBeVisible();
  });

  test('an encrypted image cannot cross regions but copies unencrypted within its region', async ({ page }) => {
    const dialog = await openReplicate(page, 'payments-api-encrypted');
    const across = dialog.getByRole('radio', { name: 'Across regions' });
    await expect(across).toBeDisabled();
    await expect(across).toHaveAccessibleDescription(/encrypted images cannot be replicated across regions\./);
    await expect(dialog.getByRole('radio', { name: 'Within region' })).toBeChecked();

    const encryption = dialog.getByLabel('Encryption');
    await expect(encryption).toHaveAccessibleDescription(/decrypted or moved to another key/);
    await encryption.selectOption({ label: 'Not encrypted' });
    await dialog.getByLabel('Name').fill('payments-api-decrypted');
    await dialog.getByRole('button', { name: 'Replicate' }).click();
    await expect(page.getByText('Replication of payments-api-encrypted started')).toBeVisible({ timeout: 30_000 });
    await expect(dialog).toBeHidden();
  });

  test('a destination region at its quota is refused with the reason', async ({ page }) => {
    const dialog = await openReplicate(page, GOLDEN);
    await dialog.getByRole('radio', { name: 'Across regions' }).check();
    await expect(dialog.getByRole('option', { name: 'CN East-Shanghai1 · 50 / 50' })).toBeAttached();
    await dialog.getByLabel('Destination region').selectOption('cn-east-3');
    await expect(dialog.getByLabel('Destination region')).toHaveAccessibleDescription(
      'CN East-Shanghai1 already has 50 of 50 private images.',
    );
    const replicate = dialog.getByRole('button', { name: 'Replicate' });
    await expect(replicate).toHaveAttribute('aria-disabled', 'true');
    await expect(replicate).toHaveAccessibleDescription(/CN East-Shanghai1 already has 50 of 50 private images\./);
    await expect(dialog).toBeVisible();
  });

  test('a refusal from the server shows in the dialog and keeps what was typed', async ({ page }) => {
    const dialog = await openReplicate(page, GOLDEN);
    const imageId = await page.evaluate(
      async ({ token, name }) => {
        const response = await fetch(`/ims/cn-north-4/v2/cloudimages?name=${name}`, {
          headers: { 'X-Auth-Token': token },
        });
        const body = (await response.json()) as { images: { id: string; name: string }[] };
        return body.images.find((i) => i.name === name)?.id ?? '';
      },
      { token: TOKEN_ALICE, name: GOLDEN },
    );
    expect(imageId).not.toBe('');
    await dialog.getByLabel('Name').fill('golden-copy-one');

    // Someone else deletes the image while the dialog is open.
    const status = await page.evaluate(
      async ({ path, token }) => (await fetch(path, { method: 'DELETE', headers: { 'X-Auth-Token': token } })).status,
      { path: `/ims/${REGION}/v2/images/${imageId}`, token: TOKEN_ALICE },
    );
    expect(status).toBe(204);

    await dialog.getByRole('button', { name: 'Replicate' }).click();
    await expect(dialog.getByRole('alert')).toContainText(`Image ${imageId} does not exist.`);
    await expect(dialog.getByLabel('Name')).toHaveValue('golden-copy-one');
  });

  test('the dialog has no serious accessibility violations', async ({ page, checkA11y }) => {
    const dialog = await openReplicate(page, GOLDEN);
    await dialog.getByLabel('Name').fill('bad/name');
    await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await checkA11y();
    await dialog.getByRole('radio', { name: 'Across regions' }).check();
    await dialog.getByLabel('Destination region').selectOption('cn-east-3');
    await expect(dialog.getByLabel('Destination region')).toHaveAccessibleDescription(
      'CN East-Shanghai1 already has 50 of 50 private images.',
    );
    await checkA11y();
  });
});
