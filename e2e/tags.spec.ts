import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openImageDetail, openRowAction, privateList, rowActionItem, setMockSettings, switchAccount } from './helpers';

/** Two tags (platform, version). */
const UBUNTU = 'ubuntu22-k8s-node';
/** Three tags (env, app, team). */
const GOLDEN = 'web-frontend-centos7-golden';
/** Ten tags, the limit: tags.limit refuses one more (coverage.test.ts). */
const FULL = 'shop-api-prod-euleros';
const LIMIT_REASON = 'This would give the image 11 tags; at most 10 are allowed. Remove tags you no longer need first.';
const FAULT = 'The service is temporarily unavailable (injected fault). Try again.';

async function openEditorFromMenu(page: Page, name: string) {
  await page.goto(privateList({ q: name }));
  const dialog = await openRowAction(page, name, 'Manage tags');
  await expect(dialog.getByRole('button', { name: 'Add tag' })).toBeVisible();
  return dialog;
}

test.describe('Manage Tags', () => {
  test('adds tags up to 10; the 11th is refused with the reason', async ({ page, checkA11y }) => {
    const dialog = await openEditorFromMenu(page, UBUNTU);
    await expect(dialog.getByText('Tags: 2 / 10')).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Key of tag 1' })).toHaveValue('platform');

    const add = dialog.getByRole('button', { name: 'Add tag' });
    for (let n = 3; n <= 10; n++) {
      await add.click();
      await dialog.getByRole('combobox', { name: `Key of tag ${n}` }).fill(`label-${n}`);
      await dialog.getByRole('combobox', { name: `Value of tag ${n}` }).fill(`v${n}.0`);
    }
    await expect(dialog.getByText('Tags: 10 / 10')).toBeVisible();
    await expect(add).toHaveAttribute('aria-disabled', 'true');
    await expect(add).toHaveAccessibleDescription(LIMIT_REASON);
    // A denied button stays focusable; pressing it adds nothing.
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('combobox', { name: 'Key of tag 11' })).toHaveCount(0);
    await checkA11y();

    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Tags of ${UBUNTU} saved`)).toBeVisible();
    await expect(dialog).toBeHidden();

    await page.getByRole('table', { name: 'Private images' }).getByRole('link', { name: UBUNTU }).click();
    const section = page.getByRole('region', { name: 'Tags' });
    await expect(section.getByText('10 / 10')).toBeVisible();
    await expect(section).toContainText('label-10');
    await expect(section).toContainText('v10.0');
  });

  test('an invalid character and a duplicate key are flagged inline before submit', async ({ page }) => {
    const dialog = await openEditorFromMenu(page, GOLDEN);
    await dialog.getByRole('button', { name: 'Add tag' }).click();
    const key = dialog.getByRole('combobox', { name: 'Key of tag 4' });
    const value = dialog.getByRole('combobox', { name: 'Value of tag 4' });
    const save = dialog.getByRole('button', { name: 'Save' });

    await key.fill('cost center');
    await expect(
      dialog.getByText('Tag key "cost center" contains " ", which is not allowed.', { exact: true }),
    ).toBeVisible();
    await expect(key).toHaveAttribute('aria-invalid', 'true');
    await expect(key).toHaveAccessibleDescription('Tag key "cost center" contains " ", which is not allowed.');

    await key.fill('env');
    await expect(dialog.getByText('Tag key "env" is used twice; keys must be unique.', { exact: true })).toBeVisible();
    await value.fill('alice@acme');
    await expect(
      dialog.getByText('Tag value "alice@acme" contains "@", which is not allowed.', { exact: true }),
    ).toBeVisible();
    await expect(save).toHaveAttribute('aria-disabled', 'true');

    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/tags')) posted = true;
    });
    await save.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    expect(posted).toBe(false);

    // Fixing both clears the flags; Save is offered again.
    await key.fill('owner');
    await value.fill('alice.acme');
    await expect(dialog.getByText(/is used twice/)).toBeHidden();
    await expect(dialog.getByText(/which is not allowed/)).toBeHidden();
    await expect(save).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('removes and edits tags from the detail page; the detail updates', async ({ page }) => {
    await openImageDetail(page, GOLDEN);
    await page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Manage tags' }).click();
    const dialog = page.getByRole('dialog', { name: 'Manage Tags' });
    await dialog.getByRole('button', { name: 'Remove tag 3' }).click();
    await expect(dialog.getByText('Tags: 2 / 10')).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Value of tag 1' }).fill('staging');
    await dialog.getByRole('button', { name: 'Save' }).click();

    await expect(page.getByText(`Tags of ${GOLDEN} saved`)).toBeVisible();
    const section = page.getByRole('region', { name: 'Tags' });
    await expect(section.getByText('2 / 10')).toBeVisible();
    await expect(section).toContainText('staging');
    await expect(section).not.toContainText('storefront');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Tags' })).toContainText('staging');
  });

  test('a failed save rolls back and says why', async ({ page }) => {
    await openImageDetail(page, GOLDEN);
    const section = page.getByRole('region', { name: 'Tags' });
    await expect(section.getByText('3 / 10')).toBeVisible();
    await page.getByRole('toolbar', { name: 'Image actions' }).getByRole('button', { name: 'Manage tags' }).click();
    const dialog = page.getByRole('dialog', { name: 'Manage Tags' });
    await dialog.getByRole('button', { name: 'Add tag' }).click();
    await dialog.getByRole('combobox', { name: 'Key of tag 4' }).fill('owner');
    await dialog.getByRole('combobox', { name: 'Value of tag 4' }).fill('alice');

    // Every request now fails, a second late: long enough to see the optimistic tags first.
    await setMockSettings(page, { failureRate: 1, latencyMs: 1500 });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByText('4 / 10')).toBeVisible();
    await expect(section).toContainText('owner');

    // The editor's own toast says the tags are back and why (the write does not toast twice).
    const ownToast = page
      .getByRole('alert')
      .filter({ hasText: `Tags of ${GOLDEN} were not saved and are back as they were: ${FAULT}` });
    await expect(ownToast).toBeVisible();
    await expect(section.getByText('3 / 10')).toBeVisible();
    await expect(section).not.toContainText('owner');

    await setMockSettings(page, { failureRate: 0, latencyMs: 0 });
    await page.reload();
    await expect(page.getByRole('region', { name: 'Tags' }).getByText('3 / 10')).toBeVisible();
  });

  test('batch tagging skips the image that would pass 10 tags, with its reason', async ({ page, checkA11y }) => {
    await page.goto(privateList({ size: '50' }));
    const table = page.getByRole('table', { name: 'Private images' });
    for (const name of [GOLDEN, UBUNTU, FULL])
      await table.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
    await page.getByRole('button', { name: 'Tag selected' }).click();

    const dialog = page.getByRole('dialog', { name: 'Manage Tags' });
    await dialog.getByRole('combobox', { name: 'Tag key' }).fill('project');
    await dialog.getByRole('combobox', { name: 'Tag value' }).fill('apollo');
    await expect(dialog.getByText('3 selected: 2 will be tagged, 1 skipped')).toBeVisible();
    const skipped = dialog.getByRole('list', { name: 'Skipped (1)' }).getByRole('listitem');
    await expect(skipped).toContainText(FULL);
    await expect(skipped).toContainText('(tags.limit)');
    await expect(skipped).toContainText(LIMIT_REASON);
    await checkA11y();

    await dialog.getByRole('button', { name: 'Tag 2 images' }).click();
    await expect(page.getByText('Tags of 2 images updated')).toBeVisible();
    const done = dialog.getByRole('list', { name: 'Will be tagged (2)' });
    await expect(done.getByRole('listitem').filter({ hasText: GOLDEN })).toContainText('Saved');
    await expect(done.getByRole('listitem').filter({ hasText: UBUNTU })).toContainText('Saved');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The tagged images are found by the new tag; the full one is not.
    await page.goto(privateList({ tag: 'project=apollo' }));
    await expect(table.getByRole('link', { name: GOLDEN })).toBeVisible();
    await expect(table.getByRole('link', { name: UBUNTU })).toBeVisible();
    await expect(table.getByRole('link', { name: FULL })).toHaveCount(0);
  });

  test('a read-only role cannot open the editor, and is told why', async ({ page }) => {
    await page.goto(privateList({ q: GOLDEN }));
    await switchAccount(page, 'oliver');
    await expect(page.getByRole('button', { name: /^Account/ })).toHaveAccessibleName(/IMS ReadOnlyAccess/);

    const item = await rowActionItem(page, GOLDEN, 'Manage tags');
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(item).toHaveAccessibleDescription(/Your role is IMS ReadOnlyAccess/);
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Manage Tags' })).toHaveCount(0);
  });
});

test.describe('Filter by tag', () => {
  test('tag filters combine with AND and round-trip through the URL', async ({ page, checkA11y }) => {
    await page.goto(privateList({ tag: 'env=prod' }));
    const table = page.getByRole('table', { name: 'Private images' });
    await expect(page.getByRole('button', { name: 'Remove tag filter env = prod' })).toBeVisible();
    await expect(table.getByRole('link', { name: GOLDEN, exact: true })).toBeVisible();
    await expect(table.getByRole('link', { name: FULL })).toBeVisible();
    await expect(table.getByRole('link', { name: UBUNTU })).toHaveCount(0);

    await page.getByRole('button', { name: 'Add tag filter' }).click();
    const popup = page.getByRole('dialog', { name: 'Add tag filter' });
    await popup.getByRole('combobox', { name: 'Tag key' }).fill('team');
    await popup.getByRole('combobox', { name: 'Tag value' }).fill('commerce');
    await checkA11y();
    // Clicking beside the fields closes their suggestions, as a person would.
    await popup.getByRole('heading', { name: 'Add tag filter' }).click();
    await popup.getByRole('button', { name: 'Apply' }).click();

    await expect(page).toHaveURL(/tag=env%3Dprod&tag=team%3Dcommerce/);
    await expect(table.getByRole('link', { name: FULL })).toBeVisible();
    await expect(table.getByRole('link', { name: GOLDEN, exact: true })).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('button', { name: 'Remove tag filter team = commerce' })).toBeVisible();
    await expect(table.getByRole('link', { name: FULL })).toBeVisible();
    await expect(table.getByRole('link', { name: GOLDEN, exact: true })).toHaveCount(0);

    await page.getByRole('button', { name: 'Remove tag filter team = commerce' }).click();
    await expect(page).not.toHaveURL(/team/);
    await expect(table.getByRole('link', { name: GOLDEN, exact: true })).toBeVisible();
  });

  test('the Tags column is a column option', async ({ page }) => {
    await page.goto(privateList({ q: FULL }));
    const table = page.getByRole('table', { name: 'Private images' });
    await expect(table.getByRole('link', { name: FULL })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Tags' }).click();
    await page.keyboard.press('Escape');
    await expect(table.getByRole('columnheader', { name: 'Tags' })).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: FULL })).toContainText('env=prod');
    await expect(table.getByRole('row').filter({ hasText: FULL })).toContainText('+7');
  });
});
