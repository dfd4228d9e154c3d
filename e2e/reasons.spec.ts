import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openImageDetail, privateList, rowActionItem, setMockSettings } from './helpers';

/** Published in KooGallery: rule delete.koogallery refuses it (coverage.test.ts). */
const PUBLISHED = 'acme-pos-appliance';
const REASON = 'This image is published in KooGallery; published images cannot be deleted.';
const HINT = 'Remove the image from KooGallery first.';

/** Taps the middle of a control as a finger would: a touch, no hover before it. */
async function tap(page: Page, control: Locator): Promise<void> {
  const box = await control.boundingBox();
  if (!box) throw new Error('the control is not on screen');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

test.describe('Reasons in plain sight', () => {
  test('a denied menu item shows a lock and its reason without a hover; the hint stays in the description', async ({
    page,
    checkA11y,
  }) => {
    await page.goto(privateList({ q: PUBLISHED }));
    const item = await rowActionItem(page, PUBLISHED, 'Delete');
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    // The name stays the verb; the reason is a second line in sight, the hint only in the description.
    await expect(item).toHaveAccessibleName('Delete');
    await expect(item.getByText(REASON, { exact: true })).toBeVisible();
    await expect(item.getByText(HINT)).toBeHidden();
    await expect(item).toHaveAccessibleDescription(`${REASON} ${HINT}`);
    await checkA11y();
  });

  test("a denied item's reason links to its rule on the Constraints page, which marks it", async ({ page }) => {
    await page.goto(privateList({ q: PUBLISHED }));
    const item = await rowActionItem(page, PUBLISHED, 'Delete');
    await item.focus();
    // Pressing a denied item does not act: it pins its reason open, with the rule's link.
    await item.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Delete Image' })).toHaveCount(0);
    const tooltip = page.getByRole('tooltip').filter({ hasText: REASON });
    await expect(tooltip).toContainText(HINT);
    await tooltip.getByRole('link', { name: 'Rule delete.koogallery' }).click();

    await expect(page).toHaveURL(/\/constraints#delete\.koogallery$/);
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader').getByText('delete.koogallery', { exact: true }) });
    await expect(row).toBeInViewport();
    await expect(row).toHaveAttribute('aria-current', 'true');
    // The rule's sentence is the row's headline; the id is the small print under it.
    await expect(row.getByRole('rowheader')).toContainText(
      'A private image published in KooGallery cannot be deleted.',
    );
  });

  test('while the checks load, Actions stays focusable and says why it does not open; then it opens', async ({
    page,
  }) => {
    await page.goto(privateList({ q: PUBLISHED }));
    await expect(page.getByRole('link', { name: PUBLISHED, exact: true })).toBeVisible();
    // Reads of the facts the rules need (jobs, quota) now take long enough to watch the wait.
    await setMockSettings(page, { latencyMs: 4000 });
    await page.reload();
    const actions = page.getByRole('button', { name: `Actions for ${PUBLISHED}`, exact: true });
    await expect(actions).toHaveAccessibleDescription('Checking what you can do with this image…');
    await expect(actions).toHaveAttribute('aria-disabled', 'true');
    await expect(actions).not.toHaveAttribute('disabled');
    await actions.focus();
    await expect(actions).toBeFocused();
    await actions.press('Enter');
    await expect(page.getByRole('menu')).toHaveCount(0);

    await expect(actions).not.toHaveAttribute('aria-disabled', 'true');
    await expect(actions).toBeFocused();
    await setMockSettings(page, { latencyMs: 0 });
    await actions.press('Enter');
    await expect(page.getByRole('menu', { name: `Actions for ${PUBLISHED}` })).toBeVisible();
  });
});

test.describe('Reasons on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a denied toolbar button looks disabled, stays focusable, and a tap shows its reason and rule', async ({
    page,
    checkA11y,
  }) => {
    await openImageDetail(page, PUBLISHED);
    const button = page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Delete' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).not.toHaveAttribute('disabled');
    await button.focus();
    await expect(button).toBeFocused();

    await page.getByRole('heading', { level: 1, name: PUBLISHED }).click();
    await tap(page, button);
    const tooltip = page.getByRole('tooltip').filter({ hasText: REASON });
    await expect(tooltip).toContainText(HINT);
    await expect(tooltip.getByRole('link', { name: 'Rule delete.koogallery' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Delete Image' })).toHaveCount(0);
    await checkA11y();
  });
});
