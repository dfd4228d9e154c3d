import { CATALOGUE } from '../src/domain';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { demoUrl, switchAccount, switchRegion } from './helpers';

const PAGE = demoUrl('/constraints');
const RULE_IDS = Object.keys(CATALOGUE);
/** Seeded in demo: acme's private image published in KooGallery (src/mocks/seed/images-acme.ts). */
const PUBLISHED = 'acme-pos-appliance';

/** A rule's row: its header is the rule's sentence, with the rule id as secondary text under it. */
function ruleRow(page: Page, id: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader').getByText(id, { exact: true }) });
}

/** The rule id a row header ends with (the longest, since `create.quota` is a tail of none but its own). */
function idOfHeader(text: string): string | undefined {
  return [...RULE_IDS].sort((a, b) => b.length - a.length).find((id) => text.endsWith(id));
}

test.describe('constraints', () => {
  test('lists every rule of the catalogue, grouped by operation, with a live summary', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { level: 1, name: 'Constraints' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Export' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Delete' })).toBeVisible();

    const listed = await page.getByRole('rowheader').allTextContents();
    expect(listed.map(idOfHeader).sort()).toEqual([...RULE_IDS].sort());
    // Sentences are the headline: no header is a bare id.
    for (const text of listed) expect(RULE_IDS).not.toContain(text);

    await expect(
      page.getByText(new RegExp(`^${RULE_IDS.length} rules · \\d+ block images in CN North-Beijing4 now`)),
    ).toBeVisible();
  });

  test('a blocked image links to its detail page; input and creation rules say when they are checked', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const koo = ruleRow(page, 'delete.koogallery');
    await expect(koo.getByText('Blocks 1 image')).toBeVisible();
    await expect(koo.getByText('IMG.0028')).toBeVisible();

    const tagsKey = ruleRow(page, 'tags.key');
    await expect(tagsKey.getByText('Checked when you enter values')).toBeVisible();
    await expect(tagsKey.getByText('tagKeyMaxLength')).toBeVisible();
    const ecsState = ruleRow(page, 'create.ecs-state');
    await expect(ecsState.getByText('Checked when creating an image')).toBeVisible();
    const readOnly = ruleRow(page, 'access.read-only');
    await expect(readOnly.getByText('Blocks no image in CN North-Beijing4 now')).toBeVisible();

    await page
      .getByRole('list', { name: 'Images blocked by delete.koogallery' })
      .getByRole('link', { name: PUBLISHED })
      .click();
    await expect(page).toHaveURL(/\/images\/private\/[^/?#]+$/);
  });

  test('a read-only user sees every image blocked by access.read-only', async ({ page }) => {
    await page.goto(PAGE);
    await switchAccount(page, 'oliver');
    const readOnly = ruleRow(page, 'access.read-only');
    await expect(readOnly.getByText(/^Blocks \d+ images$/)).toBeVisible();
    await expect(readOnly.getByRole('button', { name: /^Show all \d+$/ })).toBeVisible();
  });

  test('in a full region, the quota rule blocks creating images and says why', async ({ page }) => {
    await page.goto(PAGE);
    await switchRegion(page, 'CN East-Shanghai1');
    await expect(page.getByText(/block images in CN East-Shanghai1 now/)).toBeVisible();
    const quota = ruleRow(page, 'create.quota');
    await expect(quota.getByText('Blocks creating images in CN East-Shanghai1 now')).toBeVisible();
    await expect(quota.getByText('CN East-Shanghai1 already has 50 of 50 private images.')).toBeVisible();
  });

  test('filters rules by text, kept in the address', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByLabel('Filter rules').fill('koogallery');
    await expect(ruleRow(page, 'delete.koogallery')).toBeVisible();
    await expect(ruleRow(page, 'tags.key')).toBeHidden();
    await expect(page.getByText(`4 of ${RULE_IDS.length} rules match`)).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=koogallery/);

    await page.getByLabel('Filter rules').fill('no rule says this');
    await expect(page.getByText('No rule matches “no rule says this”.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect(page.getByRole('rowheader')).toHaveCount(RULE_IDS.length);
  });

  test('an address with a rule id scrolls to that rule and marks it', async ({ page }) => {
    await page.goto(`${PAGE}#launch.batch-size`);
    const target = ruleRow(page, 'launch.batch-size');
    await expect(target).toBeInViewport();
    await expect(target).toHaveAttribute('aria-current', 'true');
    await expect(ruleRow(page, 'launch.region')).not.toHaveAttribute('aria-current', 'true');
  });

  test('the constraints page has no serious accessibility violations', async ({ page, checkA11y }) => {
    await page.goto(PAGE);
    await expect(page.getByText(/block images in CN North-Beijing4 now/)).toBeVisible();
    await checkA11y();
  });
});
