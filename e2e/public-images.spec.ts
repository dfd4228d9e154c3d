import type { Page } from '@playwright/test';
import { expect, REGION, test } from './fixtures';
import { api, demoUrl, deleteImage, openConsole } from './helpers';

/*
 * Public Images (/images/public): the cloud's catalogue of 002 §6, the same for every tenant and
 * read-only. The spec finds rows by their name links and reads the pager's "1–20 of N" line.
 */

const publicList = (params: Record<string, string> = {}) => demoUrl('/images/public', params);
const table = (page: Page) => page.getByRole('table', { name: 'Public images' });
/** The data rows (the header row is the first). */
const dataRows = (page: Page) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
const searchBox = (page: Page) => page.getByLabel('Search by name, ID or OS type');

async function openPublicImages(page: Page, url = publicList()): Promise<void> {
  await page.goto(url);
  await expect(table(page).getByRole('link').first()).toBeVisible();
}

async function publicImageId(page: Page, name: string): Promise<string> {
  const { body } = await api(
    page,
    'GET',
    `/ims/${REGION}/v2/cloudimages?__imagetype=gold&name=${encodeURIComponent(name)}`,
  );
  const id = (body as { images: { id: string }[] }).images[0]?.id;
  expect(id, `the public image ${name}`).toBeTruthy();
  return id ?? '';
}

async function search(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
  await searchBox(page).press('Enter');
}

test.describe('public images', () => {
  test('the list loads the catalogue and searches by name, by ID and by OS type', async ({ page, checkA11y }) => {
    await openPublicImages(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Public Images' })).toBeVisible();
    await expect(dataRows(page)).toHaveCount(20);
    await expect(page.getByText(/^1–20 of \d{3}$/)).toBeVisible();
    for (const column of ['Name', 'ID', 'OS', 'Architecture', 'Bit', 'Boot mode', 'System disk', 'Features'])
      await expect(table(page).getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    await checkA11y();

    await search(page, 'KylinSec');
    await expect(page).toHaveURL(/[?&]q=KylinSec/);
    await expect(dataRows(page)).toHaveCount(1);
    const kylinSec = dataRows(page).first();
    await expect(kylinSec.getByRole('link', { name: 'KylinSec 3.3 64bit with ARM' })).toBeVisible();
    await expect(kylinSec.getByRole('cell', { name: 'Kunpeng (Arm)' })).toBeVisible();
    await expect(kylinSec.getByRole('cell', { name: 'UEFI' })).toBeVisible();

    const id = await publicImageId(page, 'openEuler 20.03 64bit');
    await search(page, id);
    await expect(dataRows(page)).toHaveCount(1);
    await expect(table(page).getByRole('link', { name: 'openEuler 20.03 64bit', exact: true })).toBeVisible();

    await search(page, 'Windows');
    await expect(table(page).getByRole('link', { name: 'Windows Server 2019 Datacenter 64bit English' })).toBeVisible();
    await expect(page.getByText(/^1–9 of 9$/)).toBeVisible();
    await expect(table(page).getByRole('link', { name: /CentOS/ })).toHaveCount(0);

    await search(page, 'no-such-os-anywhere');
    await expect(page.getByText('No public images match the filters')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(searchBox(page)).toHaveValue('');
    await expect(dataRows(page)).toHaveCount(20);
  });

  test('filters by OS, architecture and boot mode, and the view survives reload and back/forward', async ({ page }) => {
    await openPublicImages(page);
    const os = page.getByLabel('OS', { exact: true });
    const architecture = page.getByLabel('Architecture');
    const bootMode = page.getByLabel('Boot mode');

    await os.selectOption({ label: 'Kylin' });
    await expect(page).toHaveURL(/[?&]os=Kylin(&|$)/);
    await expect(dataRows(page)).toHaveCount(3);
    await expect(table(page).getByRole('link', { name: 'Kylin 4.2 64bit with ARM' })).toBeVisible();

    await os.selectOption({ label: 'CentOS' });
    await architecture.selectOption({ label: 'Kunpeng (Arm)' });
    await expect(page).toHaveURL(/[?&]arch=arm/);
    await expect(dataRows(page)).toHaveCount(4);
    await expect(table(page).getByRole('link', { name: 'CentOS 8.0 64bit with ARM' })).toBeVisible();

    await architecture.selectOption({ label: 'x86' });
    await bootMode.selectOption({ label: 'UEFI' });
    await expect(page).toHaveURL(/[?&]boot=uefi/);
    // The x86 CentOS versions of Table 6-6 (002 §6.3).
    await expect(dataRows(page)).toHaveCount(6);
    for (const version of ['6.6', '6.9', '7.0', '7.4', '7.5', '7.6'])
      await expect(table(page).getByRole('link', { name: `CentOS ${version} 64bit`, exact: true })).toBeVisible();

    await page.reload();
    await expect(os).toHaveValue('CentOS');
    await expect(architecture).toHaveValue('x86');
    await expect(bootMode).toHaveValue('uefi');
    await expect(dataRows(page)).toHaveCount(6);

    await page.goBack();
    await expect(bootMode).toHaveValue('');
    await expect(architecture).toHaveValue('x86');
    await expect(table(page).getByRole('link', { name: 'CentOS 7.9 64bit', exact: true })).toBeVisible();
    await page.goForward();
    await expect(bootMode).toHaveValue('uefi');
    await expect(dataRows(page)).toHaveCount(6);
  });

  test('pages on the server and sorts by system disk', async ({ page }) => {
    await openPublicImages(page);
    const firstName = await dataRows(page).first().getByRole('link').textContent();
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect(page).toHaveURL(/[?&]markers=/);
    await expect(page.getByText(/^21–40 of \d{3}$/)).toBeVisible();
    await expect(dataRows(page).first().getByRole('link')).not.toHaveText(firstName ?? '');

    await page.reload();
    await expect(page.getByText(/^21–40 of \d{3}$/)).toBeVisible();
    await page.getByRole('button', { name: 'Go to previous page' }).click();
    await expect(page.getByText(/^1–20 of \d{3}$/)).toBeVisible();
    await expect(dataRows(page).first().getByRole('link')).toHaveText(firstName ?? '');

    await table(page).getByRole('button', { name: 'System disk' }).click();
    await expect(page).toHaveURL(/[?&]sort=disk/);
    await expect(dataRows(page).first().getByRole('cell', { name: '20 GB' })).toBeVisible();
    await table(page).getByRole('button', { name: 'System disk' }).click();
    await expect(page).toHaveURL(/[?&]dir=desc/);
    await expect(dataRows(page).first().getByRole('cell', { name: '50 GB' })).toBeVisible();
  });

  test('the three image lists are tabs under one heading, and Public Images sits between the others in the navigation', async ({
    page,
  }) => {
    await openConsole(page);
    const nav = page.getByRole('navigation', { name: 'Console' });
    const navLinks = await nav.getByRole('link').allTextContents();
    expect(navLinks.slice(0, 3).map((t) => t.replace(/\d+ pending$/, '').trim())).toEqual([
      'Private Images',
      'Public Images',
      'Images Shared with Me',
    ]);

    const tabs = page.getByRole('tablist', { name: 'Image lists' });
    await expect(tabs.getByRole('tab', { name: 'Private Images' })).toHaveAttribute('aria-selected', 'true');
    const lists = [
      { tab: 'Public Images', path: '/images/public' },
      { tab: 'Images Shared with Me', path: '/images/shared' },
      { tab: 'Private Images', path: '/images/private' },
      { tab: 'Public Images', path: '/images/public' },
    ];
    for (const { tab, path } of lists) {
      await tabs.getByRole('tab', { name: tab }).click();
      await expect(page).toHaveURL(new RegExp(`${path}($|\\?)`));
      await expect(page.getByRole('heading', { level: 1, name: tab })).toBeVisible();
      await expect(tabs.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await expect(tabs.getByRole('tab', { selected: true })).toHaveCount(1);
    }
    await expect(nav.getByRole('link', { name: 'Public Images' })).toHaveAttribute('aria-current', 'page');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Private Images' })).toBeVisible();
  });

  test('the detail shows every attribute and feature; writes are refused with their reason', async ({
    page,
    checkA11y,
  }) => {
    await openPublicImages(page, publicList({ q: 'CentOS 6.5' }));
    await page.getByRole('button', { name: 'Actions for CentOS 6.5 64bit', exact: true }).click();
    const menu = page.getByRole('menu', { name: 'Actions for CentOS 6.5 64bit', exact: true });
    await expect(menu.getByRole('menuitem', { name: 'Copy ID' })).toBeVisible();
    await menu.getByRole('menuitem', { name: 'View details' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'CentOS 6.5 64bit' })).toBeVisible();
    const id = await publicImageId(page, 'CentOS 6.5 64bit');
    await expect(page).toHaveURL(new RegExp(`/images/public/${id}$`));
    const basic = page.getByRole('region', { name: 'Basic information' });
    await expect(basic.getByText(id)).toBeVisible();
    await expect(basic.getByRole('button', { name: 'Copy ID of CentOS 6.5 64bit' })).toBeVisible();
    for (const value of ['System disk image', 'Public', 'Linux', 'x86', '64-bit', 'BIOS'])
      await expect(basic.getByText(value, { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Requirements' }).getByText('At least 40 GB')).toBeVisible();
    const features = page.getByRole('region', { name: 'Features' });
    await expect(features.getByText('User data injection')).toBeVisible();
    // CentOS 6 runs a 2.6.32 kernel: no NIC multi-queue.
    await expect(features.getByText('Not supported')).toHaveCount(1);
    await expect(features.getByText('Supported', { exact: true })).toHaveCount(2);
    await expect(page.getByText(/cannot be modified, shared, replicated, exported or deleted/)).toBeVisible();
    await checkA11y();

    // The denied path: IMS refuses a change to a public image, and nothing changes.
    const refused = await deleteImage(page, id);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: { code: 'IMG.0094', message: 'CentOS 6.5 64bit is a public image: it cannot be deleted.' },
    });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'CentOS 6.5 64bit' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Public Images' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Public Images' })).toBeVisible();

    await page.goto('/images/public/no-such-public-image');
    await expect(page.getByRole('heading', { level: 1, name: 'Public image not found' })).toBeVisible();
  });

  test('at 390 px the page does not scroll sideways and the row actions stay in view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openPublicImages(page);
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);
    expect(await fits()).toBe(true);
    const firstName = (await dataRows(page).first().getByRole('link').textContent()) ?? '';
    await expect(page.getByRole('button', { name: `Actions for ${firstName}`, exact: true })).toBeInViewport();

    await dataRows(page).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: firstName })).toBeVisible();
    expect(await fits()).toBe(true);
  });
});
