import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { imageIdByName, openPrivateImages, renameImage } from './helpers';

/** The classic CSV injection; IMS names may not hold = | ' / or !, so the API refuses it. */
const INJECTION = "=cmd|' /C calc'!A0";
/** A name the API accepts that a spreadsheet would still read as a formula (it starts with "-"). */
const FORMULA = '-2 cmd calc';

async function exportCsv(page: Page, choice: 'Selected rows' | 'All matching the filters') {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await page.getByRole('menuitem', { name: choice }).click();
  return readCsv(await downloaded);
}

async function readCsv(download: Download) {
  expect(download.suggestedFilename()).toMatch(/^private-images-cn-north-4-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const [headers = [], ...data] = rows;
  const byName = (name: string) => {
    const row = data.find((r) => r[0] === name);
    if (!row) throw new Error(`no CSV row named ${name}`);
    return Object.fromEntries(headers.map((h, i) => [h, row[i]]));
  };
  return { text, headers, data, byName };
}

/** Renames one of acme's images, found by its name, through the mock API; answers the status. */
async function renameByName(page: Page, name: string, to: string): Promise<number> {
  return (await renameImage(page, await imageIdByName(page, name), to)).status;
}

test.describe('CSV export', () => {
  test('all matching rows: visible columns, blocked actions with rule ids, formulas escaped', async ({ page }) => {
    await openPrivateImages(page);
    expect(await renameByName(page, 'ubuntu22-k8s-node', INJECTION), 'the name rules refuse it').toBe(400);
    expect(await renameByName(page, 'ubuntu22-k8s-node', FORMULA)).toBe(200);
    await page.reload();
    await expect(page.getByRole('link', { name: FORMULA })).toBeVisible();

    // 23 images over two pages of 20: "all matching" fetches every page.
    const csv = await exportCsv(page, 'All matching the filters');
    expect(csv.headers).toEqual([
      'Name',
      'Shared',
      'ID',
      'Status',
      'OS',
      'Image Type',
      'Disk capacity (GB)',
      'Size (GB)',
      'Encryption',
      'Enterprise project',
      'Created',
      'Blocked actions',
    ]);
    expect(csv.data).toHaveLength(23);

    const golden = csv.byName('web-frontend-centos7-golden');
    expect(golden).toMatchObject({
      Shared: 'Yes',
      Status: 'Normal',
      OS: 'CentOS 7.9 64bit',
      'Image Type': 'System disk',
    });
    expect(golden['Size (GB)']).toBe('12.4');

    expect(csv.byName('acme-pos-appliance')['Blocked actions']).toContain('Delete: delete.koogallery');
    expect(csv.byName('crm-legacy-win2019')['Blocked actions']).toContain('Modify: modify.status');
    expect(csv.byName('payments-api-encrypted').Encryption).not.toBe('Not encrypted');

    // The renamed image's name starts with "-": the file holds it behind a quote, never as a formula
    // (the unit tests cover "=", "+" and "@" and the full injection string).
    expect(csv.byName(`'${FORMULA}`).Status).toBe('Normal');
    expect(csv.text).toContain(`"'${FORMULA}"`);
    expect(csv.text).not.toMatch(/(^|,)"?-2 cmd/m);
  });

  test('selected rows only, without the hidden columns', async ({ page }) => {
    await openPrivateImages(page);
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Enterprise project' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'OS' }).click();
    await page.keyboard.press('Escape');

    await page.getByRole('checkbox', { name: 'Select crm-legacy-win2019' }).check();
    await page.getByRole('checkbox', { name: 'Select acme-pos-appliance' }).check();
    const csv = await exportCsv(page, 'Selected rows');
    expect(csv.headers).not.toContain('Enterprise project');
    expect(csv.headers).not.toContain('OS');
    expect(csv.headers.at(-1)).toBe('Blocked actions');
    expect(csv.data.map((r) => r[0]).sort()).toEqual(['acme-pos-appliance', 'crm-legacy-win2019']);
    expect(csv.byName('crm-legacy-win2019')).toMatchObject({ Status: 'Abnormal' });
  });

  test('Selected rows is unavailable while nothing is selected', async ({ page }) => {
    await openPrivateImages(page);
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(page.getByRole('menuitem', { name: 'Selected rows' })).toBeDisabled();
    await expect(page.getByRole('menuitem', { name: 'All matching the filters' })).toBeEnabled();
  });
});
