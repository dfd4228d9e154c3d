import type { Page } from '@playwright/test';
import { expect, REGION, test } from './fixtures';
import { api, imageIdByName, openRowAction, openTaskCentre, privateList, rowActionItem } from './helpers';

const GOLDEN = 'web-frontend-centos7-golden';
/** 200 GB in CN East-Shanghai1, which keeps the 128 GB limit of normal export (export.fast-only). */
const SHANGHAI_200 = 'video-archive-centos7';
/** Its file ubuntu22-k8s-node.qcow2 is already in acme-image-exports (a seeded export). */
const UBUNTU = 'ubuntu22-k8s-node';

async function openExport(page: Page, name: string, params: { region?: string } = {}) {
  await page.goto(privateList({ ...params, q: name }));
  const dialog = await openRowAction(page, name, 'Export');
  await expect(dialog.getByLabel('File name')).toBeVisible();
  return dialog;
}

test.describe('Export Image', () => {
  test('the row menu disables Export with its reason for every rule that needs no input', async ({ page }) => {
    const cases: [string, RegExp][] = [
      ['erp-app-full-cbr', /^This is a full-ECS image; full-ECS images cannot be exported\. Create a system disk/],
      ['openeuler-2203-install-iso', /^This is an ISO image; ISO images cannot be exported\./],
      ['win2019-iis-base', /^This image was created from the Windows public image .+; it cannot be exported\./],
      [
        'wordpress-koogallery-lamp',
        /^This image was created from the KooGallery image WordPress 6\.4 LAMP \(KooGallery\); it cannot be exported\./,
      ],
      ['fileserver-archive-data', /^This image is 1024 GB; only images under 1 TB can be exported\./],
    ];
    await page.goto(privateList({ size: '50' }));
    for (const [name, reason] of cases) {
      const item = await rowActionItem(page, name, 'Export');
      await expect(item).toHaveAttribute('aria-disabled', 'true');
      await expect(item).toHaveAccessibleDescription(reason);
      await item.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: 'Export Image' })).toHaveCount(0);
      await page.keyboard.press('Escape');
    }

    // Encrypted and over 128 GB where only fast export takes it: AP-Singapore keeps that limit.
    await page.goto(privateList({ region: 'ap-southeast-3', q: 'sg-ledger-db-encrypted' }));
    const encrypted = await rowActionItem(page, 'sg-ledger-db-encrypted', 'Export');
    await expect(encrypted).toHaveAttribute('aria-disabled', 'true');
    await expect(encrypted).toHaveAccessibleDescription(
      'This image is encrypted with KMS key acme-cmk-prod and is 160 GB; over 128 GB only fast export works, and encrypted images cannot use it. Replicate it to an unencrypted copy within the region, then export the copy.',
    );
  });

  test('the detail toolbar offers Export, and disables it with the reason', async ({ page, checkA11y }) => {
    await page.goto(privateList({ q: 'openeuler-2203-install-iso' }));
    await page
      .getByRole('table', { name: 'Private images' })
      .getByRole('link', { name: 'openeuler-2203-install-iso' })
      .click();
    const iso = page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Export' });
    await expect(iso).toHaveAttribute('aria-disabled', 'true');
    await expect(iso).toHaveAccessibleDescription(/^This is an ISO image; ISO images cannot be exported\./);

    await page.goto(privateList({ q: GOLDEN }));
    await page.getByRole('table', { name: 'Private images' }).getByRole('link', { name: GOLDEN, exact: true }).click();
    await page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export Image' });
    await expect(dialog.getByLabel('Bucket')).toHaveValue('acme-image-exports');
    await expect(dialog.getByLabel('File name')).toHaveValue(`${GOLDEN}.qcow2`);
    await expect(dialog.getByLabel('Format')).toHaveValue('qcow2');
    await expect(dialog.getByRole('table', { name: 'Files in acme-image-exports' })).toBeVisible();
    await checkA11y();
  });

  test('a 200 GB image can only be exported with fast export, as ZVHD2', async ({ page, checkA11y }) => {
    const dialog = await openExport(page, SHANGHAI_200, { region: 'cn-east-3' });
    const fast = dialog.getByLabel('Fast export');
    await expect(fast).toBeChecked();
    await expect(fast).toBeDisabled();
    await expect(fast).toHaveAccessibleDescription(
      'This image is 200 GB; images over 128 GB can only be exported with fast export in this region.',
    );
    await expect(dialog.getByLabel('Format')).toBeDisabled();
    await expect(dialog.getByLabel('Format')).toHaveValue('zvhd2');
    await expect(dialog.getByLabel('Bucket')).toHaveValue('acme-sh-exports');
    await expect(dialog.getByLabel('File name')).toHaveValue(`${SHANGHAI_200}.zvhd2`);
    await expect(dialog.getByText('No files in acme-sh-exports yet.')).toBeVisible();
    await checkA11y();

    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByText(`Export of ${SHANGHAI_200} to acme-sh-exports started`)).toBeVisible();
    await expect(dialog).toBeHidden();
  });

  test('where the region lifts a limit the dialog says so', async ({ page }) => {
    const large = await openExport(page, 'media-transcode-large');
    await expect(
      large.getByText(
        'CN North-Beijing4 lifts the 128 GB limit of normal export: this 200 GB image can also be exported without fast export.',
      ),
    ).toBeVisible();
    await expect(large.getByLabel('Fast export')).not.toBeChecked();
    await expect(large.getByLabel('Fast export')).toBeEnabled();
    await large.getByLabel('Fast export').check();
    await expect(large.getByLabel('Format')).toHaveValue('zvhd2');
    await expect(large.getByLabel('File name')).toHaveValue('media-transcode-large.zvhd2');
    await large.getByRole('button', { name: 'Cancel' }).click();

    const ubuntu = await openExport(page, UBUNTU);
    await expect(ubuntu.getByText(/; CN North-Beijing4 allows exporting Ubuntu-based images\.$/)).toBeVisible();
  });

  test('an encrypted image cannot use fast export, and says why', async ({ page }) => {
    const dialog = await openExport(page, 'payments-api-encrypted');
    const fast = dialog.getByLabel('Fast export');
    await expect(fast).not.toBeChecked();
    await expect(fast).toBeDisabled();
    await expect(fast).toHaveAccessibleDescription(
      'This image is encrypted with KMS key acme-cmk-prod; encrypted images cannot use fast export.',
    );
    await expect(
      dialog.getByRole('option', { name: /^ZVHD2 — The format ZVHD2 is written only by fast export\.$/ }),
    ).toBeDisabled();
  });

  test('an Archive-class or other-region bucket cannot be chosen', async ({ page, checkA11y }) => {
    const dialog = await openExport(page, GOLDEN);
    await expect(
      dialog.getByRole('option', {
        name: 'acme-archive-cold · CN North-Beijing4 · Archive — Bucket acme-archive-cold is of Archive storage class; only Standard buckets take exports.',
      }),
    ).toBeDisabled();
    await expect(
      dialog.getByRole('option', {
        name: /^acme-sh-exports · CN East-Shanghai1 · Standard — Bucket acme-sh-exports is in CN East-Shanghai1; images are exported only to a bucket in their own region/,
      }),
    ).toBeDisabled();
    await expect(dialog.getByRole('option', { name: 'acme-image-files · CN North-Beijing4 · Standard' })).toBeEnabled();
    await dialog.getByLabel('Bucket').selectOption('acme-image-files');
    await expect(
      dialog
        .getByRole('table', { name: 'Files in acme-image-files' })
        .getByRole('row', { name: /centos79-golden\.qcow2/ }),
    ).toContainText('18 GB');
    await checkA11y();
  });

  test('the offered file name is one the bucket does not hold, and follows the bucket', async ({ page, checkA11y }) => {
    const dialog = await openExport(page, UBUNTU);
    const files = dialog.getByRole('table', { name: 'Files in acme-image-exports' });
    await expect(files.getByRole('row', { name: /ubuntu22-k8s-node\.qcow2/ })).toContainText('QCOW2');
    const fileName = dialog.getByLabel('File name');
    await expect(fileName).toHaveValue(`${UBUNTU}-1.qcow2`);
    await expect(fileName).toHaveAttribute('aria-invalid', 'false');
    await expect(dialog.getByRole('button', { name: 'Export' })).not.toHaveAttribute('aria-disabled', 'true');
    await checkA11y();

    // Another bucket, not holding the plain name: the offer follows while the name is not edited.
    await dialog.getByLabel('Bucket').selectOption('acme-image-files');
    await expect(dialog.getByRole('table', { name: 'Files in acme-image-files' })).toBeVisible();
    await expect(fileName).toHaveValue(`${UBUNTU}.qcow2`);
    await fileName.fill('k8s-node-mine.qcow2');
    await dialog.getByLabel('Bucket').selectOption('acme-image-exports');
    await expect(dialog.getByRole('table', { name: 'Files in acme-image-exports' })).toBeVisible();
    await expect(fileName).toHaveValue('k8s-node-mine.qcow2');
  });

  test('a file name already in the bucket, or not a valid name, is refused inline', async ({ page, checkA11y }) => {
    const dialog = await openExport(page, UBUNTU);
    const files = dialog.getByRole('table', { name: 'Files in acme-image-exports' });
    await expect(files.getByRole('row', { name: /ubuntu22-k8s-node\.qcow2/ })).toContainText('QCOW2');
    const fileName = dialog.getByLabel('File name');
    await fileName.fill(`${UBUNTU}.qcow2`);
    await expect(fileName).toHaveAccessibleDescription(
      `Bucket acme-image-exports already holds a file named ${UBUNTU}.qcow2.`,
    );
    const submit = dialog.getByRole('button', { name: 'Export' });
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await checkA11y();

    await fileName.fill('k8s node.qcow2');
    await expect(fileName).toHaveAccessibleDescription('The file name contains a space; spaces are not allowed.');
    await fileName.fill('k8s-node-v2.qcow2');
    await expect(fileName).toHaveAttribute('aria-invalid', 'false');
    await expect(submit).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('a refusal from the server shows on its field and keeps what was typed', async ({ page }) => {
    const dialog = await openExport(page, GOLDEN);
    await dialog.getByLabel('Format').selectOption('vmdk');
    await dialog.getByLabel('File name').fill('golden-race.vmdk');

    // Another session exports a file of that name first.
    const exported = await api(
      page,
      'POST',
      `/ims/${REGION}/v1/cloudimages/${await imageIdByName(page, GOLDEN)}/file`,
      {
        bucket_url: 'acme-image-exports:golden-race.vmdk',
        file_format: 'vmdk',
      },
    );
    expect(exported.status).toBe(200);

    await dialog.getByRole('button', { name: 'Export' }).click();
    const fileName = dialog.getByLabel('File name');
    await expect(fileName).toHaveAccessibleDescription(
      'Bucket acme-image-exports already holds a file named golden-race.vmdk.',
    );
    await expect(fileName).toHaveValue('golden-race.vmdk');
    await expect(dialog.getByLabel('Format')).toHaveValue('vmdk');
  });

  test('a running export shows progress, blocks Delete, and its file is listed when it ends', async ({ page }) => {
    // The mock backend runs in the page, so the page's clock is the job clock.
    await page.clock.install();
    await page.goto(privateList({ jobSpeed: 'real', q: GOLDEN }));
    const dialog = await openRowAction(page, GOLDEN, 'Export');
    await dialog.getByLabel('File name').fill('golden-e2e.qcow2');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByText(`Export of ${GOLDEN} to acme-image-exports started`)).toBeVisible();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('table', { name: 'Private images' }).getByRole('row').filter({ hasText: GOLDEN });
    await expect(row.getByText('Exporting')).toBeVisible();
    const del = await rowActionItem(page, GOLDEN, 'Delete');
    await expect(del).toHaveAttribute('aria-disabled', 'true');
    await expect(del).toHaveAccessibleDescription(/being exported/);
    await page.keyboard.press('Escape');

    const drawer = await openTaskCentre(page);
    const progress = page.getByRole('progressbar', { name: `Progress of Export image: ${GOLDEN}` });
    await expect(progress).toBeVisible();
    const item = drawer.getByRole('listitem').filter({ has: progress });
    await expect(item.getByText('Running')).toBeVisible();

    // 12.4 GB at real speed takes about 26 s; move the clock past its end.
    await page.clock.fastForward('01:00');
    await expect(item.getByText('Succeeded')).toBeVisible();
    await drawer.getByRole('button', { name: 'Close task centre' }).click();

    const dialogAgain = await openRowAction(page, GOLDEN, 'Export');
    const file = dialogAgain
      .getByRole('table', { name: 'Files in acme-image-exports' })
      .getByRole('row', { name: /golden-e2e\.qcow2/ });
    await expect(file).toContainText('12.4 GB');
    await expect(file).toContainText('QCOW2');
  });
});
