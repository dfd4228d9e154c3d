import { expect, REGION, test } from './fixtures';
import { privateList, renameImage } from './helpers';

const LIST_PATH = `/ims/${REGION}/v2/cloudimages`;

/** The private image list; the shell's badges also list (shared, pending) images at the same path. */
function isPrivateList(url: string): boolean {
  const { pathname, searchParams } = new URL(url);
  return pathname === LIST_PATH && searchParams.get('__imagetype') === 'private';
}

interface ListBody {
  images: { id: string; name: string; status: string }[];
}

test.describe('bootstrap', () => {
  test('the service worker answers the IMS API and the private images page lists demo data', async ({ page }) => {
    const listResponse = page.waitForResponse(
      (response) => isPrivateList(response.url()) && response.request().method() === 'GET',
    );
    await page.goto(privateList());

    const response = await listResponse;
    expect(response.status()).toBe(200);
    expect(response.fromServiceWorker()).toBe(true);

    const { images } = (await response.json()) as ListBody;
    expect(images.length).toBeGreaterThan(0);

    await expect(page.getByRole('heading', { level: 1, name: 'Private Images' })).toBeVisible();
    const firstName = images[0]!.name;
    await expect(page.getByRole('row').filter({ hasText: firstName }).first()).toBeVisible();
  });

  test('a write survives a reload', async ({ page }) => {
    const listResponse = page.waitForResponse(
      (response) => isPrivateList(response.url()) && response.request().method() === 'GET',
    );
    await page.goto(privateList());
    const { images } = (await (await listResponse).json()) as ListBody;
    // Only an active image may be modified (rule modify.status); the demo list also holds saving and killed ones.
    const active = images.filter((candidate) => candidate.status === 'active');
    expect(active.length, 'the demo scenario lists an active private image').toBeGreaterThan(0);
    const image = active[0]!;
    await expect(page.getByRole('row').filter({ hasText: image.name }).first()).toBeVisible();

    expect((await renameImage(page, image.id, 'renamed-by-e2e')).status).toBe(200);

    await page.reload();
    await expect(page.getByRole('row', { name: /renamed-by-e2e/ })).toBeVisible();
  });

  test('the private images page has no serious accessibility violations', async ({ page, checkA11y }) => {
    await page.goto(privateList());
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await checkA11y();
  });

  test('an unknown address shows the not-found page', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to Private Images' })).toBeVisible();
  });
});
