import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, demoUrl, rowActionItem, switchAccount } from './helpers';

// Shared with acme's cn-north-4 project in the demo (src/mocks/seed/images-tenants.ts).
const PENDING = 'logistics-tracker-ubuntu22';
const PENDING_WHOLE = 'warehouse-scanner-full';
const ACCEPTED = 'route-optimizer-centos7';
const REJECTED = 'ml-notebook-ubuntu22';

async function open(page: Page, params: { status?: string } = {}) {
  await page.goto(demoUrl('/images/shared', params));
  const table = page.getByRole('table', { name: 'Images shared with me' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  return table;
}

/** The viewer's share status of an image, as the API lists it (undefined when no list holds it). */
async function shareStatus(page: Page, name: string): Promise<string | undefined> {
  for (const status of ['pending', 'accepted', 'rejected']) {
    const { body } = await api(
      page,
      'GET',
      `/ims/cn-north-4/v2/cloudimages?__imagetype=shared&visibility=shared&member_status=${status}&name=${encodeURIComponent(name)}`,
    );
    if ((body as { images: { name: string }[] }).images.some((i) => i.name === name)) return status;
  }
  return undefined;
}

const row = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Images shared with me' }).getByRole('row').filter({ hasText: name });

test.describe('Images Shared with Me', () => {
  test('pending shares: banner, columns, the Share action denied with its reason, axe', async ({ page, checkA11y }) => {
    const table = await open(page);
    await expect(page).toHaveTitle('Images Shared with Me · IMS Console');
    await expect(page.getByRole('tab', { name: 'Pending' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('region', { name: 'Pending shares' })).toContainText(
      '2 shared images are waiting for you',
    );
    for (const header of ['Name', 'Owner', 'Share status', 'OS', 'Type', 'Size', 'Shared at'])
      await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
    await expect(row(page, PENDING)).toContainText('Globex Logistics');
    await expect(row(page, PENDING)).toContainText('Pending');
    await expect(row(page, PENDING_WHOLE)).toContainText('Full-ECS');

    const share = await rowActionItem(page, PENDING, 'Share');
    await expect(share).toHaveAttribute('aria-disabled', 'true');
    await expect(share).toHaveAccessibleDescription(
      'This image was shared with you by another tenant; it cannot be shared on. Replicate it to a private image first, then share that.',
    );
    const replicate = page
      .getByRole('menu', { name: `Actions for ${PENDING}` })
      .getByRole('menuitem', { name: 'Replicate' });
    await expect(replicate).toHaveAttribute('aria-disabled', 'true');
    await checkA11y();
    await page.keyboard.press('Escape');
    await checkA11y();
  });

  test('an accepted image offers Replicate and Remove; the tab and filters live in the URL', async ({ page }) => {
    await open(page, { status: 'accepted' });
    await expect(page.getByRole('tab', { name: 'Accepted' })).toHaveAttribute('aria-selected', 'true');
    await expect(row(page, ACCEPTED)).toContainText('Accepted');
    await expect(page.getByRole('button', { name: `Remove ${ACCEPTED}` })).toBeVisible();
    await expect(await rowActionItem(page, ACCEPTED, 'Replicate')).not.toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');

    await page.getByLabel('Search by name').fill('route');
    await expect(page).toHaveURL(/q=route/);
    await expect(page.getByRole('table', { name: 'Images shared with me' }).getByRole('row')).toHaveCount(2);
    await page.reload();
    await expect(row(page, ACCEPTED)).toBeVisible();
    await expect(page.getByLabel('Search by name')).toHaveValue('route');
  });

  test('reject a pending share, then accept it again', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: `Reject ${PENDING}` }).click();
    await expect(page.getByText(`Rejected ${PENDING}`)).toBeVisible();
    await expect(row(page, PENDING)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Pending shares' })).toContainText(
      '1 shared image is waiting for you',
    );

    await page.getByRole('tab', { name: 'Rejected' }).click();
    await expect(row(page, PENDING)).toContainText('Rejected');
    await expect(row(page, REJECTED)).toBeVisible();
    await page.getByRole('button', { name: `Accept ${PENDING}` }).click();
    await expect(page.getByText(`Accepted ${PENDING}`)).toBeVisible();
    await expect(row(page, PENDING)).toHaveCount(0);

    await page.getByRole('tab', { name: 'Accepted' }).click();
    await expect(row(page, PENDING)).toContainText('Accepted');
  });

  test('accepting a full-ECS image asks for a CBR vault', async ({ page, checkA11y }) => {
    await open(page);
    await page.getByRole('button', { name: `Accept ${PENDING_WHOLE}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept Shared Image' });
    await expect(dialog.getByLabel('CBR vault')).not.toHaveValue('');
    await checkA11y();
    await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(page.getByText(`Accepted ${PENDING_WHOLE}`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(row(page, PENDING_WHOLE)).toHaveCount(0);
  });

  test('Accept all accepts every pending share, the full-ECS one into the chosen vault', async ({ page }) => {
    await open(page);
    const banner = page.getByRole('region', { name: 'Pending shares' });
    await banner.getByRole('button', { name: 'Accept all' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept All Shared Images' });
    await expect(dialog).toContainText('2 shared images are waiting in CN North-Beijing4');
    await expect(dialog.getByLabel('CBR vault')).not.toHaveValue('');
    await dialog.getByRole('button', { name: 'Accept all' }).click();
    await expect(page.getByText('Accepted 2 shared images')).toBeVisible();
    await expect(banner).toBeHidden();
    await expect(page.getByText('No pending shared images in CN North-Beijing4')).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Images Shared with Me' }),
    ).toBeVisible();

    await page.getByRole('tab', { name: 'Accepted' }).click();
    await expect(row(page, PENDING)).toBeVisible();
    await expect(row(page, PENDING_WHOLE)).toBeVisible();
  });

  test('a read-only user sees the answers denied with the reason', async ({ page }) => {
    await open(page);
    await switchAccount(page, 'oliver');
    const accept = page.getByRole('button', { name: `Accept ${PENDING}` });
    await expect(accept).toHaveAttribute('aria-disabled', 'true');
    await expect(accept).toHaveAccessibleDescription(
      'Your role is IMS ReadOnlyAccess; it can view images but not change them. Switch to an account with IMS FullAccess, or ask your administrator for it.',
    );
  });

  test('large scenario: 10,000 shares page on the server and filter by name', async ({ page, checkA11y }) => {
    await page.goto(demoUrl('/images/shared', { scenario: 'large', status: 'accepted' }));
    const table = page.getByRole('table', { name: 'Images shared with me' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(21);
    await expect(page.getByText(/^1–20 of \d,\d{3}$/)).toBeVisible();

    await page.getByLabel('Search by name').fill('kafka-broker');
    await expect(page).toHaveURL(/q=kafka-broker/);
    await expect(page.getByText(/^1–20 of \d{2,3}$/)).toBeVisible();
    const names = await table.getByRole('row').allInnerTexts();
    for (const text of names.slice(1)) expect(text).toContain('kafka-broker');

    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect(page).toHaveURL(/markers=/);
    await expect(page.getByText(/^21–40 of \d{2,3}$/)).toBeVisible();
    await checkA11y();
  });

  test('Undo in the Reject toast accepts the image: a share cannot return to Pending', async ({ page, checkA11y }) => {
    await open(page);
    await page.getByRole('button', { name: `Reject ${PENDING}` }).click();
    const toast = page.getByRole('alert').filter({ hasText: `Rejected ${PENDING}` });
    const undo = toast.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeVisible();
    await checkA11y();
    expect(await shareStatus(page, PENDING)).toBe('rejected');

    // A real button: reached and pressed from the keyboard.
    await undo.focus();
    await undo.press('Enter');
    await expect(
      page.getByText(`Accepted ${PENDING}: a share cannot return to Pending, so Undo accepts it`),
    ).toBeVisible();
    await expect.poll(() => shareStatus(page, PENDING)).toBe('accepted');
  });

  test('Undo after Remove accepts the image again', async ({ page }) => {
    await open(page, { status: 'accepted' });
    await page.getByRole('button', { name: `Remove ${ACCEPTED}` }).click();
    await expect(row(page, ACCEPTED)).toHaveCount(0);
    expect(await shareStatus(page, ACCEPTED)).toBe('rejected');
    await page
      .getByRole('alert')
      .filter({ hasText: `Rejected ${ACCEPTED}` })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(page.getByText(`Accepted ${ACCEPTED} again`)).toBeVisible();
    await expect(row(page, ACCEPTED)).toContainText('Accepted');
    expect(await shareStatus(page, ACCEPTED)).toBe('accepted');
  });
});

/** How many shares of this status the API lists for acme in cn-north-4. */
async function countOf(page: Page, status: string): Promise<number> {
  const { body } = await api(
    page,
    'GET',
    `/ims/cn-north-4/v2/cloudimages?__imagetype=shared&member_status=${status}&limit=1`,
  );
  return (body as { total: number }).total;
}

test.describe('Images Shared with Me: counts, project ids and the detail page', () => {
  test('each status tab shows its count, and answering a share moves it', async ({ page }) => {
    await open(page);
    const tabs = page.getByRole('tablist', { name: 'Share status' });
    const [pending, accepted, rejected] = [
      await countOf(page, 'pending'),
      await countOf(page, 'accepted'),
      await countOf(page, 'rejected'),
    ];
    expect(pending).toBe(2);
    await expect(tabs.getByRole('tab', { name: `Pending (${pending})`, exact: true })).toBeVisible();
    await expect(tabs.getByRole('tab', { name: `Accepted (${accepted})`, exact: true })).toBeVisible();
    await expect(tabs.getByRole('tab', { name: `Rejected (${rejected})`, exact: true })).toBeVisible();

    await page.getByRole('button', { name: `Accept ${PENDING}` }).click();
    await expect(tabs.getByRole('tab', { name: `Pending (${pending - 1})`, exact: true })).toBeVisible();
    await expect(tabs.getByRole('tab', { name: `Accepted (${accepted + 1})`, exact: true })).toBeVisible();
  });

  test("the owner's project id stays on one line, the whole id on hover", async ({ page }) => {
    await open(page);
    const owner = row(page, PENDING).getByRole('cell').nth(1);
    const id = owner.getByText(/^[0-9a-f]{32}$/);
    // One line of caption text (about 20 px), not the id broken over three.
    expect((await id.boundingBox())?.height).toBeLessThan(24);
    await id.hover();
    await expect(page.getByRole('tooltip')).toHaveText(/^[0-9a-f]{32}$/);
    await expect(page.getByRole('tooltip')).toHaveText((await id.textContent()) ?? '');
  });

  test('a name opens the read-only detail, with the answers and actions the row offers', async ({
    page,
    checkA11y,
  }) => {
    await open(page);
    await row(page, PENDING).getByRole('link', { name: PENDING }).click();
    await expect(page).toHaveURL(/\/images\/shared\/[0-9a-f-]+$/);
    await expect(page.getByRole('heading', { level: 1, name: PENDING })).toBeVisible();
    await expect(page).toHaveTitle(`${PENDING} · IMS Console`);
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link', { name: 'Images Shared with Me' })).toBeVisible();

    const basic = page.getByRole('region', { name: 'Basic information' });
    for (const term of ['Owner', 'Owner project', 'Share status', 'OS', 'Size', 'Disk format', 'Created'])
      await expect(basic.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
    await expect(basic.getByRole('definition').filter({ hasText: 'Globex Logistics' })).toBeVisible();
    await expect(basic.getByRole('definition').filter({ hasText: /^Pending$/ })).toBeVisible();
    await expect(
      basic
        .getByRole('definition')
        .filter({ hasText: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/ })
        .first(),
    ).toBeVisible();

    // The detail offers what the row does, denied with the same reasons.
    const toolbar = page.getByRole('toolbar', { name: 'Image actions' });
    const share = toolbar.getByRole('button', { name: 'Share' });
    await expect(share).toHaveAttribute('aria-disabled', 'true');
    await expect(share).toHaveAccessibleDescription(
      'This image was shared with you by another tenant; it cannot be shared on. Replicate it to a private image first, then share that.',
    );
    await expect(page.getByRole('button', { name: `Reject ${PENDING}` })).toBeVisible();
    await checkA11y();

    await page.getByRole('button', { name: `Accept ${PENDING}` }).click();
    await expect(basic.getByRole('definition').filter({ hasText: /^Accepted$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: `Remove ${PENDING}` })).toBeVisible();
    await expect(toolbar.getByRole('button', { name: 'Create ECS' })).not.toHaveAttribute('aria-disabled', 'true');

    await breadcrumb.getByRole('link', { name: 'Images Shared with Me' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Images Shared with Me' })).toBeVisible();
  });

  test('an image not shared with the viewer shows "Shared image not found" with a way back', async ({ page }) => {
    await page.goto(demoUrl('/images/shared/00000000-0000-0000-0000-000000000000'));
    await expect(page.getByRole('heading', { level: 1, name: 'Shared image not found' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Back to Images Shared with Me' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Images Shared with Me' })).toBeVisible();
  });
});
