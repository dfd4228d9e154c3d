import type { Page } from '@playwright/test';
import { expect, REGION, test } from './fixtures';
import { api, imageIdByName, openRowAction, privateList, rowActionItem, switchAccount } from './helpers';

const GOLDEN = 'web-frontend-centos7-golden';
const SLES = 'erp-db-sles15';
const ENCRYPTED = 'payments-api-encrypted';
const WHOLE_AT_LIMIT = 'erp-app-full-cbr';
/** gina's (Globex Logistics) cn-north-4 project (README, demo identities). */
const GLOBEX_BJ = '9f9635df520e68d079bae2abfbe93f0d';

async function openList(page: Page, name: string) {
  await page.goto(privateList({ q: name }));
  await expect(page.getByRole('button', { name: `Actions for ${name}`, exact: true })).toBeVisible();
}

async function openShare(page: Page, name: string) {
  await openList(page, name);
  const dialog = await openRowAction(page, name, 'Share');
  await expect(dialog.getByLabel('Project IDs')).toBeVisible();
  return dialog;
}

/** A project of the directory: the account's project in a region, or one in cn-north-4 outside `except`. */
async function projectIds(page: Page) {
  const { body } = await api(page, 'GET', '/iam/v3/projects');
  const { projects } = body as { projects: { id: string; name: string; domain_name: string }[] };
  return projects.map((p) => ({ id: p.id, region: p.name, account: p.domain_name }));
}

/** A member's status as the API lists it for the image's owner (alice); undefined when not a member. */
async function memberStatus(page: Page, imageName: string, projectId: string): Promise<string | undefined> {
  const acme = (await projectIds(page)).find((p) => p.region === REGION && p.account === 'Acme Retail');
  const imageId = await imageIdByName(page, imageName);
  const { body } = await api(page, 'GET', `/ims/${REGION}/v1/${acme?.id ?? ''}/cloudimages/${imageId}/members`);
  return (body as { members: { member_id: string; status: string }[] }).members.find((m) => m.member_id === projectId)
    ?.status;
}

async function switchTo(page: Page, user: string) {
  await switchAccount(page, user);
  await expect(page.getByRole('button', { name: new RegExp(`^Account: ${user}`) })).toBeVisible();
}

test.describe('Share Image', () => {
  test('two tenants: A shares, B accepts, A sees the member accepted', async ({ page }) => {
    const dialog = await openShare(page, SLES);
    await dialog.getByLabel('Project IDs').fill(GLOBEX_BJ);
    await expect(dialog.getByRole('list', { name: 'Recipients to add' })).toContainText('Globex Logistics');
    await expect(dialog.getByText('1 / 128 members after sharing')).toBeVisible();
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByText(`Image ${SLES} shared with 1 project`)).toBeVisible();

    await switchTo(page, 'gina');
    const nav = page.getByRole('navigation', { name: 'Console' });
    await expect(nav.getByRole('link', { name: /^Images Shared with Me \d+ pending$/ })).toBeVisible();
    await nav.getByRole('link', { name: /^Images Shared with Me/ }).click();
    await expect(page.getByRole('region', { name: 'Pending shares' })).toBeVisible();
    await page.getByRole('button', { name: `Accept ${SLES}` }).click();
    await expect(page.getByText(`Accepted ${SLES}`)).toBeVisible();
    await page.getByRole('tab', { name: 'Accepted' }).click();
    const table = page.getByRole('table', { name: 'Images shared with me' });
    await expect(table.getByRole('row').filter({ hasText: SLES })).toContainText('Acme Retail');

    // Back in the console as alice, without reloading (a first load with ?scenario= would reseed).
    await switchTo(page, 'alice');
    await nav.getByRole('link', { name: 'Private Images' }).click();
    await page.getByLabel('Search by name or ID').fill(SLES);
    await openRowAction(page, SLES, 'Share');
    const members = page.getByRole('table', { name: 'Members' });
    await expect(members.getByRole('row').filter({ hasText: GLOBEX_BJ })).toContainText('Accepted');
  });

  test('an encrypted image: Share is denied with the reason and the hint to replicate', async ({ page }) => {
    await openList(page, ENCRYPTED);
    const share = await rowActionItem(page, ENCRYPTED, 'Share');
    await expect(share).toHaveAttribute('aria-disabled', 'true');
    await expect(share).toHaveAccessibleDescription(
      /^This image is encrypted with KMS key .+; encrypted images cannot be shared\. Replicate it within the region to an unencrypted copy, then share the copy\.$/,
    );
  });

  test('the 11th member of a full-ECS image is refused with the limit', async ({ page }) => {
    const dialog = await openShare(page, WHOLE_AT_LIMIT);
    await expect(dialog.getByText('10 / 10 members after sharing')).toBeVisible();
    const members = dialog.getByRole('table', { name: 'Members' });
    await expect(members.getByRole('row')).toHaveCount(11);
    const current = await members.getByRole('row').allInnerTexts();
    const outsider = (await projectIds(page)).find(
      (p) => p.region === REGION && p.account !== 'Acme Retail' && !current.some((t) => t.includes(p.id)),
    );
    expect(outsider).toBeDefined();
    await dialog.getByLabel('Project IDs').fill(outsider?.id ?? '');
    await expect(dialog.getByText('11 / 10 members after sharing (10 now, 1 new)')).toBeVisible();
    const reason = 'This full-ECS image is shared with 10 projects; adding 1 would exceed its limit of 10.';
    await expect(dialog.getByLabel('Project IDs')).toHaveAccessibleDescription(new RegExp(`^${reason}`));
    const shareButton = dialog.getByRole('button', { name: 'Share', exact: true });
    await expect(shareButton).toHaveAttribute('aria-disabled', 'true');
    await expect(shareButton).toHaveAccessibleDescription(
      `${reason} Stop sharing with projects that no longer need the image.`,
    );
  });

  test('a project of another region, a malformed id and own project are refused as typed', async ({ page }) => {
    const dialog = await openShare(page, GOLDEN);
    const projects = await projectIds(page);
    const globexShanghai = projects.find((p) => p.account === 'Globex Logistics' && p.region === 'cn-east-3');
    const acmeBeijing = projects.find((p) => p.account === 'Acme Retail' && p.region === REGION);
    await dialog.getByLabel('Project IDs').fill(`${globexShanghai?.id ?? ''}, not-a-project\n${acmeBeijing?.id ?? ''}`);
    const checks = dialog.getByRole('list', { name: 'Recipients to add' });
    await expect(checks.getByRole('listitem')).toHaveCount(3);
    await expect(checks).toContainText(
      `Refused: Project ${globexShanghai?.id ?? ''} is in CN East-Shanghai1; this image can be shared only in CN North-Beijing4.`,
    );
    await expect(checks).toContainText('Refused: "not-a-project" is not a project ID');
    await expect(checks).toContainText(`owns this image; an image cannot be shared with its own project.`);
    await expect(dialog.getByRole('button', { name: 'Share', exact: true })).toHaveAttribute('aria-disabled', 'true');
  });

  test('an invalid or unknown project id is flagged on the field and not counted as a new member', async ({ page }) => {
    const dialog = await openShare(page, GOLDEN);
    const field = dialog.getByLabel('Project IDs');
    await expect(dialog.getByText('2 / 128 members after sharing')).toBeVisible();
    await field.fill('123');
    await expect(field).toHaveAccessibleDescription(
      '"123" is not a project ID: a project ID is 32 hexadecimal characters (0-9, a-f).',
    );
    await expect(dialog.getByRole('status').filter({ hasText: 'members after sharing' })).toHaveText(
      '2 / 128 members after sharing',
    );
    const unknown = 'abcdefabcdefabcdefabcdefabcdef00';
    await field.fill(unknown);
    await expect(field).toHaveAccessibleDescription(new RegExp(`^Project ${unknown} does not exist\\.`));
    await expect(dialog.getByRole('status').filter({ hasText: 'members after sharing' })).toHaveText(
      '2 / 128 members after sharing',
    );
    await expect(dialog.getByRole('button', { name: 'Share', exact: true })).toHaveAttribute('aria-disabled', 'true');

    // A valid new project beside them is the one new member.
    const outsider = (await projectIds(page)).find((p) => p.region === REGION && p.account === 'Hooli Search');
    await field.fill(`123 ${unknown} ${outsider?.id ?? ''}`);
    await expect(dialog.getByText('3 / 128 members after sharing (2 now, 1 new)')).toBeVisible();
  });

  test('stop sharing with a selected member', async ({ page }) => {
    const dialog = await openShare(page, GOLDEN);
    const members = dialog.getByRole('table', { name: 'Members' });
    await expect(members.getByRole('row')).toHaveCount(3);
    await members.getByRole('checkbox', { name: `Select member ${GLOBEX_BJ}` }).check();
    await dialog.getByRole('button', { name: 'Stop sharing' }).click();
    await expect(page.getByText(`Stopped sharing ${GOLDEN} with 1 project`)).toBeVisible();
    await expect(members.getByRole('row')).toHaveCount(2);
    await expect(members).not.toContainText(GLOBEX_BJ);
  });

  test('Undo in the Stop sharing toast adds the project back, pending again', async ({ page }) => {
    const dialog = await openShare(page, GOLDEN);
    const members = dialog.getByRole('table', { name: 'Members' });
    await members.getByRole('checkbox', { name: `Select member ${GLOBEX_BJ}` }).check();
    await dialog.getByRole('button', { name: 'Stop sharing' }).click();
    await expect(members).not.toContainText(GLOBEX_BJ);
    expect(await memberStatus(page, GOLDEN, GLOBEX_BJ)).toBeUndefined();

    await page
      .getByRole('alert')
      .filter({ hasText: `Stopped sharing ${GOLDEN} with 1 project` })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(
      page.getByText(`Shared ${GOLDEN} again with 1 project; it is pending until it accepts again`),
    ).toBeVisible();
    // Globex had accepted; IMS keeps no record of a removed member, so it comes back pending.
    await expect(members.getByRole('row').filter({ hasText: GLOBEX_BJ })).toContainText('Pending');
    expect(await memberStatus(page, GOLDEN, GLOBEX_BJ)).toBe('pending');
  });

  test('Stop sharing offers Undo inside the dialog too, reached by keyboard', async ({ page, checkA11y }) => {
    const dialog = await openShare(page, GOLDEN);
    const members = dialog.getByRole('table', { name: 'Members' });
    await members.getByRole('checkbox', { name: `Select member ${GLOBEX_BJ}` }).check();
    await dialog.getByRole('button', { name: 'Stop sharing' }).click();
    const undo = dialog.getByRole('button', { name: 'Undo' });
    await expect(
      dialog.getByText('1 project no longer has the image. Undo adds it back as pending members.'),
    ).toBeVisible();
    await checkA11y();
    await undo.focus();
    await undo.press('Enter');
    await expect(members.getByRole('row').filter({ hasText: GLOBEX_BJ })).toContainText('Pending');
    await expect(undo).toHaveCount(0);
    expect(await memberStatus(page, GOLDEN, GLOBEX_BJ)).toBe('pending');
  });

  test('batch share: a pre-flight skips ineligible images with their reason', async ({ page }) => {
    await page.goto(privateList());
    const table = page.getByRole('table', { name: 'Private images' });
    await expect(table.getByRole('checkbox', { name: `Select ${SLES}` })).toBeVisible();
    for (const name of [SLES, ENCRYPTED, 'ubuntu22-k8s-node'])
      await table.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByRole('button', { name: 'Share selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share Image' });
    await expect(dialog.getByText('3 selected: 2 will be shared, 1 skipped')).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'Skipped (1)' })).toContainText(`${ENCRYPTED} (share.encrypted)`);
    await dialog.getByRole('button', { name: 'Select only eligible' }).click();
    await expect(dialog.getByText('2 selected: all 2 will be shared')).toBeVisible();
    await dialog.getByLabel('Project IDs').fill(GLOBEX_BJ);
    await dialog.getByRole('button', { name: 'Share 2 images' }).click();
    await expect(page.getByText('2 images shared with 1 project')).toBeVisible();
  });

  test('the dialog has no serious accessibility violations', async ({ page, checkA11y }) => {
    const dialog = await openShare(page, GOLDEN);
    await dialog.getByLabel('Project IDs').fill(`${GLOBEX_BJ} nope`);
    await expect(dialog.getByRole('list', { name: 'Recipients to add' }).getByRole('listitem')).toHaveCount(2);
    await checkA11y();
  });
});
