import type { Page } from '@playwright/test';
import { expect, REGION, test } from './fixtures';
import { api, demoUrl, imageIdByName, openConsole, openSettings, renameImage, rowActionItem } from './helpers';

const GOLDEN = 'web-frontend-centos7-golden';
/** Its copy, on the list's first page (the golden image itself is not). */
const GOLDEN_KMS = `${GOLDEN}-kms`;

async function imageName(page: Page, id: string): Promise<string> {
  const { body } = await api(page, 'GET', `/ims/${REGION}/v2/cloudimages/${id}`);
  return (body as { name: string }).name;
}

test.describe('console shell', () => {
  test('the side navigation reaches every page, marks it current and titles the document', async ({ page }) => {
    await openConsole(page);
    const nav = page.getByRole('navigation', { name: 'Console' });
    const pages = [
      { link: /^Public Images/, heading: 'Public Images', path: '/images/public' },
      { link: /^Images Shared with Me/, heading: 'Images Shared with Me', path: '/images/shared' },
      { link: /^Constraints/, heading: 'Constraints', path: '/constraints' },
      { link: /^Audit log/, heading: 'Audit log', path: '/audit' },
      { link: /^Tasks/, heading: 'Tasks', path: '/tasks' },
      { link: /^Private Images/, heading: 'Private Images', path: '/images/private' },
    ];
    for (const { link, heading, path } of pages) {
      await nav.getByRole('link', { name: link }).click();
      await expect(page).toHaveURL(new RegExp(`${path}($|\\?)`));
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page).toHaveTitle(`${heading} · IMS Console`);
      await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
    }
  });

  test('the shared-images entry counts the shares waiting in the current region', async ({ page }) => {
    await openConsole(page);
    const { body } = await api(
      page,
      'GET',
      `/ims/${REGION}/v2/cloudimages?__imagetype=shared&member_status=pending&limit=1`,
    );
    const pending = (body as { total: number }).total;
    expect(pending, 'the demo has pending shares for acme in cn-north-4').toBeGreaterThan(0);
    await expect(
      page
        .getByRole('navigation', { name: 'Console' })
        .getByRole('link', { name: `Images Shared with Me ${pending} pending` }),
    ).toBeVisible();
  });

  test('thousands of pending shares read 99+ on the entry, the full count in its name', async ({ page }) => {
    await openConsole(page, demoUrl('/images/private', { scenario: 'large' }));
    const { body } = await api(
      page,
      'GET',
      `/ims/${REGION}/v2/cloudimages?__imagetype=shared&member_status=pending&limit=1`,
    );
    const pending = (body as { total: number }).total;
    expect(pending, 'the large scenario has thousands of pending shares').toBeGreaterThan(99);
    const entry = page
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: `Images Shared with Me ${pending} pending` });
    await expect(entry).toBeVisible();
    await expect(entry.getByText('99+', { exact: true })).toBeVisible();
  });

  test('switching region updates the region button, counts pending shares per region and survives a reload', async ({
    page,
    checkA11y,
  }) => {
    await openConsole(page);
    const regionButton = page.getByRole('button', { name: /^Region/ });
    await expect(regionButton).toHaveAccessibleName('Region: CN North-Beijing4');

    await regionButton.click();
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem')).toHaveCount(6);
    const current = menu.getByRole('menuitem', { name: /^CN North-Beijing4 cn-north-4 .*\d+ pending$/ });
    await expect(current).toBeVisible();
    await expect(
      current.getByRole('progressbar', { name: /^Private images in CN North-Beijing4: \d+ of \d+ used$/ }),
    ).toBeVisible();
    await checkA11y();
    await menu.getByRole('menuitem', { name: /^CN East-Shanghai1/ }).click();

    await expect(regionButton).toHaveAccessibleName('Region: CN East-Shanghai1');
    await page.reload();
    await expect(page.getByRole('button', { name: /^Region/ })).toHaveAccessibleName('Region: CN East-Shanghai1');
  });

  test('switching to oliver shows the read-only role, and actions explain why they are denied', async ({
    page,
    checkA11y,
  }) => {
    await openConsole(page);
    const account = page.getByRole('button', { name: /^Account/ });
    await expect(account).toHaveAccessibleName('Account: alice · Acme Retail, IMS FullAccess');
    await expect(page.getByText('Read-only', { exact: true })).toBeHidden();

    await account.click();
    await expect(page.getByRole('menuitem', { name: /^alice/ })).toBeVisible();
    await checkA11y();
    await page.getByRole('menuitem', { name: /^oliver/ }).click();

    await expect(account).toHaveAccessibleName('Account: oliver · Acme Retail, IMS ReadOnlyAccess');
    await expect(page.getByText('Read-only', { exact: true })).toBeVisible();

    // The denied path: the same images, but every change is refused with the role as the reason.
    const modify = await rowActionItem(page, GOLDEN_KMS, 'Modify');
    await expect(modify).toHaveAttribute('aria-disabled', 'true');
    await expect(modify).toHaveAccessibleDescription(/Your role is IMS ReadOnlyAccess/);
  });

  test('the settings dialog changes the job speed', async ({ page, checkA11y }) => {
    await openConsole(page);
    const dialog = await openSettings(page);
    await expect(dialog.getByRole('combobox', { name: 'Job speed' })).toHaveText(/Instant/);
    await checkA11y();

    await dialog.getByRole('combobox', { name: 'Job speed' }).click();
    await page.getByRole('option', { name: /^Fast/ }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: 'Settings saved.' })).toBeVisible();
    const { body } = await api(page, 'GET', '/mock/settings');
    expect((body as { jobSpeed: string }).jobSpeed).toBe('fast');

    await expect((await openSettings(page)).getByRole('combobox', { name: 'Job speed' })).toHaveText(/Fast/);
  });

  test('the settings dialog refuses a failure rate over 100 %', async ({ page }) => {
    await openConsole(page);
    const dialog = await openSettings(page);
    await dialog.getByRole('spinbutton', { name: 'Failure rate', exact: true }).fill('150');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('At most 100 %.')).toBeVisible();
    await expect(dialog).toBeVisible();
  });

  test('resetting the demo data, after confirming, restores a renamed image', async ({ page }) => {
    await openConsole(page);
    const id = await imageIdByName(page, GOLDEN);
    expect((await renameImage(page, id, 'renamed-by-e2e')).status).toBe(200);
    expect(await imageName(page, id)).toBe('renamed-by-e2e');

    const dialog = await openSettings(page);
    await dialog.getByRole('button', { name: 'Reset demo data' }).click();
    // Nothing is reset until the second, explicit step.
    await expect(dialog.getByText('Everything changed since the demo began is lost.')).toBeVisible();
    expect(await imageName(page, id)).toBe('renamed-by-e2e');
    await dialog.getByRole('button', { name: 'Confirm reset' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: 'Demo data reset' })).toBeVisible();
    expect(await imageName(page, id)).toBe(GOLDEN);
  });

  test('an unknown path shows "Page not found" inside the console', async ({ page, checkA11y }) => {
    await page.goto(demoUrl('/no/such/page'));
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle('Page not found · IMS Console');
    await expect(page.getByRole('navigation', { name: 'Console' })).toBeVisible();
    // The shell's chrome (top bar, navigation) around the lightest page.
    await expect(page.getByRole('button', { name: /^Task centre, \d+ running$/ })).toBeVisible();
    await checkA11y();
    await page.getByRole('link', { name: 'Go to Private Images' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Private Images' })).toBeVisible();
  });
});
