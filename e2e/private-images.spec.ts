import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  openPrivateImages,
  privateImagesTable as table,
  privateList,
  rowActionItem,
  switchAccount,
  switchRegion,
} from './helpers';

/** The image names of the table's rows, in order. */
async function rowNames(page: Page): Promise<string[]> {
  const links = table(page).getByRole('link');
  return links.allTextContents();
}

async function pick(page: Page, filter: string, option: string) {
  await page.getByRole('combobox', { name: filter }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('combobox', { name: filter })).toHaveText(option);
}

test.describe('private images list', () => {
  test('filter, sort, page size and page live in the URL: a reload and a new page show the same view', async ({
    page,
    context,
  }) => {
    // Three full loads of the page (first, reload, new page).
    await openPrivateImages(page);
    await expect(page.getByText('Private images in CN North-Beijing4: 23 / 50')).toBeVisible();
    await expect(
      page.getByRole('progressbar', { name: 'Private images in CN North-Beijing4: 23 of 50 used' }),
    ).toHaveAttribute('aria-valuenow', '46');

    await pick(page, 'Encryption', 'Not encrypted');
    await table(page).getByRole('button', { name: 'Size (GB)' }).click();
    await expect(table(page).getByRole('columnheader', { name: /^Size \(GB\) sorted descending/ })).toBeVisible();
    await page.getByRole('combobox', { name: /Images per page/ }).click();
    await page.getByRole('option', { name: '10', exact: true }).click();
    await expect(page.getByText(/^1–10 of \d+$/)).toBeVisible();
    const total = Number((await page.getByText(/^1–10 of \d+$/).textContent())?.split(' of ')[1]);
    expect(total).toBeGreaterThan(10);
    const firstPage = await rowNames(page);
    expect(firstPage).toHaveLength(10);

    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect(page.getByText(`11–${Math.min(20, total)} of ${total}`)).toBeVisible();
    // The previous page stays on screen (dimmed) until the next one arrives.
    await expect.poll(async () => (await rowNames(page)).includes(firstPage[0] ?? '')).toBe(false);
    const secondPage = await rowNames(page);
    expect(secondPage).toHaveLength(Math.min(10, total - 10));
    expect(secondPage).not.toContain(firstPage[0]);
    expect(page.url()).toContain('region=cn-north-4');

    const sameView = async (target: Page) => {
      await expect(target.getByText(`11–${Math.min(20, total)} of ${total}`)).toBeVisible();
      await expect(target.getByRole('combobox', { name: 'Encryption' })).toHaveText('Not encrypted');
      await expect(table(target).getByRole('columnheader', { name: /^Size \(GB\) sorted descending/ })).toBeVisible();
      await expect.poll(() => rowNames(target)).toEqual(secondPage);
    };

    await page.reload();
    await sameView(page);

    const other = await context.newPage();
    await openPrivateImages(other, page.url());
    await sameView(other);

    // Previous comes back to the first page, from the marker trail in the URL.
    await other.getByRole('button', { name: 'Go to previous page' }).click();
    await expect(other.getByText(`1–10 of ${total}`)).toBeVisible();
    await expect.poll(() => rowNames(other)).toEqual(firstPage);
  });

  for (const { width, height } of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${width} px every row's actions are in view and the page never scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openPrivateImages(page);
      const first = table(page)
        .getByRole('button', { name: /^Actions for / })
        .first();
      await expect(first).toBeInViewport();
      const box = await first.boundingBox();
      expect(box && box.x + box.width, 'the Actions button ends inside the window').toBeLessThanOrEqual(width);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, 'the document is no wider than the window').toBeLessThanOrEqual(width);
    });
  }

  test('sorting by name toggles the direction', async ({ page }) => {
    await openPrivateImages(page);
    await table(page).getByRole('button', { name: 'Name' }).click();
    await expect(table(page).getByRole('columnheader', { name: /^Name sorted ascending/ })).toBeVisible();
    // The header turns before the sorted page arrives: wait for the rows, not just the header.
    await expect
      .poll(async () => {
        const names = await rowNames(page);
        return (
          names.length > 0 &&
          names.join() === [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).join()
        );
      })
      .toBe(true);
    await table(page).getByRole('button', { name: /^Name/ }).click();
    await expect(table(page).getByRole('columnheader', { name: /^Name sorted descending/ })).toBeVisible();
    expect(page.url()).toContain('sort=name&dir=desc');
  });

  test('a region in the URL wins over the stored one and shows that region and its full quota', async ({
    page,
    checkA11y,
  }) => {
    await openPrivateImages(page, privateList({ region: 'cn-east-3' }));
    const quota = page.getByText('Private images in CN East-Shanghai1: 50 / 50');
    await expect(quota).toBeVisible();
    await expect(quota).toContainText('(quota reached: delete images or ask for a higher quota to create more)');
    const bar = page.getByRole('progressbar', { name: 'Private images in CN East-Shanghai1: 50 of 50 used' });
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
    await expect(table(page).getByRole('link', { name: 'video-archive-centos7', exact: true })).toBeVisible();
    // Without a region in the URL the session, now Shanghai, fills it in.
    await page.goto('/images/private');
    await expect(page.getByText(/^Private images in CN East-Shanghai1/)).toBeVisible();
    await expect(page).toHaveURL(/region=cn-east-3/);
    await checkA11y();

    // The Region menu draws each region's quota: Shanghai's full, Beijing4's not.
    await page.getByRole('button', { name: /^Region/ }).click();
    const menu = page.getByRole('menu');
    await expect(
      menu
        .getByRole('menuitem', { name: /^CN East-Shanghai1/ })
        .getByRole('progressbar', { name: 'Private images in CN East-Shanghai1: 50 of 50 used' }),
    ).toHaveAttribute('aria-valuenow', '100');
    await expect(
      menu.getByRole('progressbar', { name: 'Private images in CN North-Beijing4: 23 of 50 used' }),
    ).toHaveAttribute('aria-valuenow', '46');
    await checkA11y();
    await page.keyboard.press('Escape');

    // Picking a region in the top bar writes it to the URL, and the list follows.
    await switchRegion(page, 'CN North-Beijing4');
    await expect(page).toHaveURL(/region=cn-north-4/);
    await expect(page.getByText(/^Private images in CN North-Beijing4: \d+ \/ 50$/)).toBeVisible();
    await expect(table(page).getByRole('link', { name: 'video-archive-centos7', exact: true })).toBeHidden();
  });

  test('search by name or ID narrows the list; a search matching nothing offers to clear the filters', async ({
    page,
  }) => {
    await openPrivateImages(page);
    await page.getByLabel('Search by name or ID').fill('golden');
    await expect.poll(() => rowNames(page)).toEqual(['web-frontend-centos7-golden-kms', 'web-frontend-centos7-golden']);
    await expect(page).toHaveURL(/q=golden/);

    await page.getByLabel('Search by name or ID').fill('no-such-image-anywhere');
    await expect(page.getByText('No private images match the filters')).toBeVisible();
    await table(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByLabel('Search by name or ID')).toHaveValue('');
    await expect(page.getByText(/^1–20 of 23$/)).toBeVisible();
  });

  test('an image id in the search finds that image', async ({ page }) => {
    await openPrivateImages(page);
    const row = table(page).getByRole('row', { name: /crm-legacy-win2019/ });
    const id = await row
      .getByRole('button', { name: 'Copy ID of crm-legacy-win2019' })
      .evaluate((button) => button.parentElement?.textContent ?? '');
    await page.getByLabel('Search by name or ID').fill(id);
    await page.getByLabel('Search by name or ID').press('Enter');
    await expect.poll(() => rowNames(page)).toEqual(['crm-legacy-win2019']);
  });

  test('a denied action shows its reason on hover, on keyboard focus and as its accessible description', async ({
    page,
    checkA11y,
  }) => {
    await openPrivateImages(page);
    const actions = page.getByRole('button', { name: 'Actions for crm-legacy-win2019' });
    const menu = page.getByRole('menu', { name: 'Actions for crm-legacy-win2019' });
    const modify = await rowActionItem(page, 'crm-legacy-win2019', 'Modify');
    await expect(modify).toHaveAttribute('aria-disabled', 'true');
    await expect(modify).toHaveAccessibleDescription(
      /only Normal images can be modified\. Wait until the image is Normal\./,
    );

    await modify.hover();
    // Another item's tooltip may still be fading out (the pointer crossed it); Modify's must show.
    await expect(page.getByRole('tooltip').filter({ hasText: 'only Normal images can be modified' })).toBeVisible();
    await checkA11y();

    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    // Keyboard only: open, arrow down to Replicate, End to Create ECS (the last), Home back to Modify.
    await actions.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Replicate' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'Create ECS' })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(modify).toBeFocused();
    // Replicate's tooltip may still be fading out; Modify's is the one that must show.
    await expect(page.getByRole('tooltip').filter({ hasText: 'only Normal images can be modified' })).toBeVisible();
    // Choosing a denied item does nothing: no dialog opens, the menu stays.
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Modify Image' })).toBeHidden();
    await page.keyboard.press('Escape');

    // A KooGallery-published image cannot be deleted.
    const remove = await rowActionItem(page, 'acme-pos-appliance', 'Delete');
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toHaveAccessibleDescription(/published in KooGallery/);
  });

  test('selection drives the batch toolbar; Delete selected opens the Delete Image dialog', async ({ page }) => {
    await openPrivateImages(page);
    const deleteSelected = page.getByRole('button', { name: 'Delete selected' });
    await expect(deleteSelected).toHaveAttribute('aria-disabled', 'true');
    await expect(deleteSelected).toHaveAccessibleDescription('Select one or more images on this page first.');

    await page.getByRole('checkbox', { name: 'Select crm-legacy-win2019' }).check();
    await page.getByRole('checkbox', { name: 'Select erp-app-full-cbr' }).check();
    await expect(page.getByText('2 selected')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Select all images on this page' })).not.toBeChecked();

    await deleteSelected.click();
    await expect(page.getByRole('dialog', { name: 'Delete Image' })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.getByRole('checkbox', { name: 'Select all images on this page' }).check();
    await expect(page.getByText('20 selected')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select all images on this page' }).uncheck();
    await expect(deleteSelected).toHaveAttribute('aria-disabled', 'true');
  });

  test('a read-only user sees the batch actions denied on the toolbar with the role’s reason', async ({ page }) => {
    await openPrivateImages(page);
    await switchAccount(page, 'oliver');
    await expect(page.getByRole('button', { name: /^Account: oliver/ })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select crm-legacy-win2019' }).check();
    await expect(page.getByText('1 selected')).toBeVisible();
    for (const name of ['Replicate selected', 'Share selected', 'Tag selected', 'Delete selected']) {
      const button = page.getByRole('button', { name });
      await expect(button).toHaveAttribute('aria-disabled', 'true');
      await expect(button).toHaveAccessibleDescription(
        /^Your role is IMS ReadOnlyAccess; it can view images but not change them\./,
      );
    }
    // A denied button stays focusable; pressing it opens nothing.
    await page.getByRole('button', { name: 'Delete selected' }).press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('an image being created shows its progress', async ({ page }) => {
    await openPrivateImages(page);
    const row = table(page).getByRole('row', { name: /erp-app-full-restore/ });
    await expect(row.getByText(/^Creating \d+%$/)).toBeVisible();
    await expect(row.getByRole('progressbar', { name: 'Creating erp-app-full-restore' })).toBeVisible();
  });

  test('the column chooser hides a column, and it stays hidden after a reload', async ({ page }) => {
    await openPrivateImages(page);
    await expect(table(page).getByRole('columnheader', { name: 'Encryption' })).toBeVisible();
    await page.getByRole('button', { name: 'Columns' }).click();
    const item = page.getByRole('menuitemcheckbox', { name: 'Encryption' });
    await expect(item).toHaveAttribute('aria-checked', 'true');
    await item.click();
    await expect(item).toHaveAttribute('aria-checked', 'false');
    await page.keyboard.press('Escape');
    await expect(table(page).getByRole('columnheader', { name: 'Encryption' })).toBeHidden();

    await page.reload();
    await expect(table(page).getByRole('link').first()).toBeVisible();
    await expect(table(page).getByRole('columnheader', { name: 'Encryption' })).toBeHidden();

    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitem', { name: 'Show all columns' }).click();
    await page.keyboard.press('Escape');
    await expect(table(page).getByRole('columnheader', { name: 'Encryption' })).toBeVisible();
  });

  test('the empty scenario explains the empty list', async ({ page, checkA11y }) => {
    await page.goto(privateList({ scenario: 'empty' }));
    await expect(page.getByText('No private images in CN North-Beijing4')).toBeVisible();
    await expect(page.getByText('Private images in CN North-Beijing4: 0 / 50')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Select all images on this page' })).toBeDisabled();
    await checkA11y();
  });

  test('the page has no serious accessibility violations', async ({ page, checkA11y }) => {
    await openPrivateImages(page);
    await checkA11y();
    await page.getByRole('button', { name: 'Columns' }).click();
    await expect(page.getByRole('menu', { name: 'Columns' })).toBeVisible();
    await checkA11y();
  });
});
