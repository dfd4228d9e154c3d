import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  deleteImage,
  demoUrl,
  imageIdByName,
  openRowAction,
  openTaskCentre,
  privateList,
  rowActionItem,
  setMockSettings,
  switchAccount,
  switchRegion,
} from './helpers';

const GOLDEN = 'web-frontend-centos7-golden';

function dialogOf(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Replicate Image' });
}

async function openReplicate(page: Page, name: string) {
  await page.goto(privateList({ q: name }));
  const dialog = await openRowAction(page, name, 'Replicate');
  await expect(dialog.getByRole('radio', { name: 'Within region' })).toBeVisible();
  return dialog;
}

/** Switches region and waits until the top bar shows it. */
async function switchRegionAndWait(page: Page, region: string) {
  await switchRegion(page, region);
  await expect(page.getByRole('button', { name: /^Region/ })).toHaveAccessibleName(`Region: ${region}`);
}

test.describe('Replicate Image', () => {
  test('a full-ECS image replicates only across regions, and the copy reaches Normal there', async ({ page }) => {
    const dialog = await openReplicate(page, 'erp-app-full-cbr');
    const within = dialog.getByRole('radio', { name: 'Within region' });
    await expect(within).toBeDisabled();
    await expect(within).toHaveAccessibleDescription(
      'This is a full-ECS image; full-ECS images cannot be replicated within a region.',
    );
    await expect(dialog.getByRole('radio', { name: 'Across regions' })).toBeChecked();

    await dialog.getByRole('checkbox', { name: /^AP-Singapore/ }).check();
    await expect(dialog.getByLabel('Name in AP-Singapore')).toHaveValue('copy_cn-north-4_erp-app-full-cbr');
    await expect(dialog.getByLabel('Project in AP-Singapore')).toHaveValue('ap-southeast-3');
    await expect(dialog.getByLabel('CBR vault in AP-Singapore')).not.toHaveValue('');
    await expect(dialog.getByLabel('IAM agency')).toHaveValue('ims_admin_trust');
    const replicate = dialog.getByRole('button', { name: 'Replicate' });
    await expect(replicate).not.toHaveAttribute('aria-disabled', 'true');
    await replicate.click();

    await expect(page.getByText('Replication of erp-app-full-cbr started')).toBeVisible();
    await expect(dialog).toBeHidden();
    const drawer = await openTaskCentre(page);
    await expect(drawer.getByText('erp-app-full-cbr').first()).toBeVisible();
    await page.keyboard.press('Escape');

    await switchRegionAndWait(page, 'AP-Singapore');
    const row = page.getByRole('row', { name: /copy_cn-north-4_erp-app-full-cbr/ });
    await expect(row).toBeVisible();
    await expect(row.getByText('Normal')).toBeVisible();
  });

  test('a 200 GB image crosses regions from CN North-Beijing4, but not onwards from a 128 GB region', async ({
    page,
  }) => {
    const dialog = await openReplicate(page, 'media-transcode-large');
    await expect(dialog.getByRole('radio', { name: 'Within region' })).toHaveAccessibleDescription(
      'This image is 200 GB; in-region replication allows at most 128 GB.',
    );
    await dialog.getByRole('checkbox', { name: /^AP-Singapore/ }).check();
    await dialog.getByRole('button', { name: 'Replicate' }).click();
    await expect(page.getByText('Replication of media-transcode-large started')).toBeVisible();

    await switchRegionAndWait(page, 'AP-Singapore');
    const copy = 'copy_cn-north-4_media-transcode-large';
    await expect(page.getByRole('row', { name: new RegExp(copy) }).getByText('Normal')).toBeVisible();
    // Within the region it is too large, and across regions AP-Singapore stops at 128 GB: no mode is open.
    const item = await rowActionItem(page, copy, 'Replicate');
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(item).toHaveAccessibleDescription(
      /^This image is 200 GB; replication across regions from AP-Singapore allows at most 128 GB\./,
    );
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
    await expect(page.getByText('Replication of payments-api-encrypted started')).toBeVisible();
    await expect(dialog).toBeHidden();
  });

  test('across regions, "choose a destination" is help until a submit is tried, and then an error', async ({
    page,
  }) => {
    const dialog = await openReplicate(page, GOLDEN);
    await dialog.getByRole('radio', { name: 'Across regions' }).check();
    const regions = dialog.getByRole('group', { name: 'Destination regions' });
    await expect(regions).toHaveAccessibleDescription(
      'Choose a destination region. Each gets its own copy; private images used / quota shown for each region.',
    );
    const replicate = dialog.getByRole('button', { name: 'Replicate' });
    await expect(replicate).toHaveAttribute('aria-disabled', 'true');
    await expect(replicate).toHaveAccessibleDescription(/^Choose a destination region\./);

    // The denied submit cannot send; pressing it turns the requirement into the field's error.
    await replicate.focus();
    await replicate.press('Enter');
    await expect(regions).toHaveAccessibleDescription('Choose a destination region.');
    await expect(dialog).toBeVisible();
  });

  test('a batch across regions says what to do before any destination is chosen', async ({ page }) => {
    await page.goto(privateList());
    for (const name of ['erp-db-sles15', 'ubuntu22-k8s-node'])
      await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
    await page.getByRole('button', { name: 'Replicate selected' }).click();
    const dialog = dialogOf(page);
    await dialog.getByRole('radio', { name: 'Across regions' }).check();
    const preflight = dialog.getByRole('region', { name: 'Pre-flight check' });
    await expect(preflight).toHaveText('2 selected. Choose destinations to see what will be copied.');
    await dialog.getByRole('checkbox', { name: /^AP-Singapore/ }).check();
    await expect(preflight).toContainText('2 selected: 2 copies will be made, 0 skipped.');
  });

  test("each destination proposes the copy's name free in its region, and refuses a bad one there", async ({
    page,
  }) => {
    const dialog = await openReplicate(page, GOLDEN);
    await dialog.getByRole('radio', { name: 'Across regions' }).check();
    await dialog.getByRole('checkbox', { name: /^AP-Singapore/ }).check();
    await dialog.getByRole('checkbox', { name: /^CN South-Guangzhou/ }).check();
    // AP-Singapore already holds copy_cn-north-4_<golden> (a seeded copy); CN South-Guangzhou does not.
    const singapore = dialog.getByLabel('Name in AP-Singapore');
    await expect(singapore).toHaveValue(`copy_cn-north-4_${GOLDEN}-1`);
    await expect(dialog.getByLabel('Name in CN South-Guangzhou')).toHaveValue(`copy_cn-north-4_${GOLDEN}`);
    const replicate = dialog.getByRole('button', { name: 'Replicate' });
    await expect(replicate).not.toHaveAttribute('aria-disabled', 'true');

    await singapore.fill('golden/sg');
    await expect(singapore).toHaveAccessibleDescription('The name contains "/", which is not allowed.');
    await expect(replicate).toHaveAttribute('aria-disabled', 'true');
    await expect(replicate).toHaveAccessibleDescription(/^The name contains "\/", which is not allowed\./);
    await singapore.fill('golden-sg');
    await expect(replicate).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('a destination region at its quota cannot be chosen, and says why', async ({ page }) => {
    const dialog = await openReplicate(page, GOLDEN);
    await dialog.getByRole('radio', { name: 'Across regions' }).check();
    const full = dialog.getByRole('checkbox', { name: 'CN East-Shanghai1 · 50 / 50' });
    await expect(full).toBeDisabled();
    await expect(full).toHaveAccessibleDescription('CN East-Shanghai1 already has 50 of 50 private images.');
    await expect(
      dialog.getByRole('progressbar', { name: 'Private images in CN East-Shanghai1: 50 of 50 used' }),
    ).toHaveAttribute('aria-valuenow', '100');
    const replicate = dialog.getByRole('button', { name: 'Replicate' });
    await expect(replicate).toHaveAttribute('aria-disabled', 'true');
    await expect(replicate).toHaveAccessibleDescription(/Choose a destination region\./);
  });

  test('a sixth concurrent replication is refused with the count', async ({ page }) => {
    await page.goto(privateList({ region: 'eu-west-101', q: 'eu-lab-gateway-debian11' }));
    await switchAccount(page, 'ivan');
    const item = await rowActionItem(page, 'eu-lab-gateway-debian11', 'Replicate');
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(item).toHaveAccessibleDescription(
      /5 replication tasks are running; at most 5 may run at once per tenant\. Wait for a replication to finish/,
    );
  });

  test('fan-out: one image to three regions makes three jobs, one region after another', async ({ page }) => {
    const dialog = await openReplicate(page, GOLDEN);
    await dialog.getByRole('radio', { name: 'Across regions' }).check();
    for (const region of ['CN South-Guangzhou', 'CN-Hong Kong', 'EU-Dublin'])
      await dialog.getByRole('checkbox', { name: new RegExp(`^${region}`) }).check();
    for (const region of ['CN South-Guangzhou', 'CN-Hong Kong', 'EU-Dublin'])
      await expect(dialog.getByRole('group', { name: `Destination ${region}` })).toBeVisible();
    await expect(dialog.getByText('3 copies, one per region, made one after another')).toBeVisible();
    await dialog.getByRole('button', { name: 'Replicate' }).click();

    const progress = dialog.getByRole('table', { name: 'Replication progress' });
    await expect(progress.getByRole('row')).toHaveCount(4);
    await expect(dialog.getByText('Replication finished: 3 copies made.')).toBeVisible();
    for (const region of ['CN South-Guangzhou', 'CN-Hong Kong', 'EU-Dublin'])
      await expect(progress.getByRole('row', { name: new RegExp(`${region} Succeeded`) })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.goto('/tasks');
    for (const region of ['CN South-Guangzhou', 'CN-Hong Kong', 'EU-Dublin'])
      await expect(
        page.getByRole('row', {
          name: new RegExp(`^Replicate across regions ${GOLDEN} CN North-Beijing4 ${region} .*Succeeded`),
        }),
      ).toHaveCount(1);
  });

  test('after the dialog closes, the source row and detail say where copies are being made', async ({ page }) => {
    // The mock backend runs in the page, so the page's clock is the job clock.
    await page.clock.install();
    await page.goto(privateList({ jobSpeed: 'real', q: GOLDEN }));
    const dialog = await openRowAction(page, GOLDEN, 'Replicate');
    await dialog.getByRole('radio', { name: 'Across regions' }).check();
    for (const region of ['CN South-Guangzhou', 'EU-Dublin'])
      await dialog.getByRole('checkbox', { name: new RegExp(`^${region}`) }).check();
    await dialog.getByRole('button', { name: 'Replicate' }).click();
    const progress = dialog.getByRole('table', { name: 'Replication progress' });
    await expect(progress.getByRole('row', { name: /CN South-Guangzhou Running/ })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText(
        `Replication of ${GOLDEN} started: copy_cn-north-4_${GOLDEN} in CN South-Guangzhou, copy_cn-north-4_${GOLDEN} in EU-Dublin`,
      ),
    ).toBeVisible();

    const row = page
      .getByRole('table', { name: 'Private images' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: GOLDEN, exact: true }) });
    await expect(row.getByText('Copying to 2 regions')).toBeVisible();

    // One cross-region copy of an image at a time: once the first ends, only Dublin's is left.
    await page.clock.fastForward('02:00');
    await expect(row.getByText('Copying to EU-Dublin')).toBeVisible();
    await row.getByRole('link', { name: GOLDEN, exact: true }).click();
    const basics = page.getByRole('region', { name: 'Basic information' });
    await expect(basics.getByText('Copying to EU-Dublin')).toBeVisible();
    await page.clock.fastForward('02:00');
    await expect(basics.getByText(/^Copying to/)).toBeHidden();
    await expect(basics).toContainText('Normal');
  });

  test('batch: the selection is checked first and ineligible images are skipped with their reason', async ({
    page,
    checkA11y,
  }) => {
    await page.goto(privateList());
    for (const name of [GOLDEN, 'erp-db-sles15', 'openeuler-2203-install-iso'])
      await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByRole('button', { name: 'Replicate selected' }).click();
    const dialog = dialogOf(page);
    await expect(dialog.getByText('3 selected: 2 copies will be made, 1 skipped.')).toBeVisible();
    const skipped = dialog.getByRole('list', { name: 'Skipped copies' });
    // The sentence leads; the rule id is the small link after it.
    await expect(skipped).toContainText('This is an ISO image; ISO images cannot be replicated.');
    await expect(skipped.getByRole('link', { name: 'Rule replicate.iso' })).toHaveAttribute(
      'href',
      '/constraints#replicate.iso',
    );
    await checkA11y();
    await dialog.getByRole('button', { name: 'Select only eligible' }).click();
    await expect(dialog.getByText('2 selected: 2 copies will be made, 0 skipped.')).toBeVisible();

    await dialog.getByRole('button', { name: 'Replicate' }).click();
    await expect(dialog.getByText('Replication finished: 2 copies made.')).toBeVisible();
    await checkA11y();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('checkbox', { name: 'Select openeuler-2203-install-iso' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: `Select ${GOLDEN}` })).toBeChecked();
  });

  test('a failed job says why and leaves an Abnormal copy that can be deleted', async ({ page }) => {
    const dialog = await openReplicate(page, GOLDEN);
    await setMockSettings(page, { jobFailureRate: 1 });
    await dialog.getByLabel('Name').fill('golden-doomed-copy');
    await dialog.getByRole('button', { name: 'Replicate' }).click();
    await expect(page.getByText('Replication of web-frontend-centos7-golden started')).toBeVisible();

    await page.goto('/tasks?status=FAIL');
    await expect(page.getByText(/injected fault/).first()).toBeVisible();

    await page.goto(privateList({ q: 'golden-doomed-copy' }));
    const row = page.getByRole('row', { name: /golden-doomed-copy/ });
    await expect(row.getByText('Abnormal')).toBeVisible();
    const remove = await openRowAction(page, 'golden-doomed-copy', 'Delete');
    await remove.getByRole('button', { name: /^Delete/ }).click();
    await expect(page.getByRole('row', { name: /golden-doomed-copy/ })).toBeHidden();
  });

  test('an accepted shared image copies to a private image within its region, not across, not when encrypted', async ({
    page,
  }) => {
    await page.goto(demoUrl('/images/shared', { status: 'accepted' }));
    const shared = page.getByRole('table', { name: 'Images shared with me' });
    await expect(shared.getByRole('row').nth(1)).toBeVisible();

    const denied = await rowActionItem(page, 'fleet-db-encrypted', 'Replicate');
    await expect(denied).toHaveAttribute('aria-disabled', 'true');
    await expect(denied).toHaveAccessibleDescription(
      /^This shared image is encrypted with KMS key .+; it cannot be replicated\. Ask the owner to share an unencrypted copy\.$/,
    );
    await page.keyboard.press('Escape');

    const dialog = await openRowAction(page, 'route-optimizer-centos7', 'Replicate');
    const across = dialog.getByRole('radio', { name: 'Across regions' });
    await expect(across).toBeDisabled();
    await expect(across).toHaveAccessibleDescription(
      'An image shared with you can be replicated only within its region.',
    );
    await dialog.getByLabel('Name').fill('route-optimizer-own');
    await dialog.getByRole('button', { name: 'Replicate' }).click();
    await expect(page.getByText('Replication of route-optimizer-centos7 started')).toBeVisible();

    await page.goto('/images/private?q=route-optimizer-own');
    await expect(page.getByRole('row', { name: /route-optimizer-own/ }).getByText('Normal')).toBeVisible();
  });

  test('a refusal from the server shows in the dialog and keeps what was typed', async ({ page }) => {
    const dialog = await openReplicate(page, GOLDEN);
    const id = await imageIdByName(page, GOLDEN);
    expect(id).not.toBe('');
    await dialog.getByLabel('Name').fill('golden-copy-one');

    // Someone else deletes the image while the dialog is open.
    expect((await deleteImage(page, id)).status).toBe(204);

    await dialog.getByRole('button', { name: 'Replicate' }).click();
    await expect(dialog.getByRole('alert')).toContainText(`Image ${id} does not exist.`);
    await expect(dialog.getByLabel('Name')).toHaveValue('golden-copy-one');
  });

  test('the dialog has no serious accessibility violations', async ({ page, checkA11y }) => {
    const dialog = await openReplicate(page, GOLDEN);
    await dialog.getByLabel('Name').fill('bad/name');
    await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await checkA11y();
    await dialog.getByRole('radio', { name: 'Across regions' }).check();
    await dialog.getByRole('checkbox', { name: /^AP-Singapore/ }).check();
    await expect(dialog.getByLabel('Project in AP-Singapore')).toBeVisible();
    await checkA11y();
  });
});
