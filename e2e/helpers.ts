/**
 * What the specs repeat: addresses of a fresh demo, the row menu, the detail page, the account
 * and region switchers, and calls to the mock API. Found by role, label and name only, as a
 * person finds things; timeouts live in playwright.config.ts, not here.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, REGION, TOKEN_ALICE } from './fixtures';

/** Query parameters of a console address; `scenario` and `jobSpeed` default to a fresh, instant demo. */
type UrlParams = Record<string, string> & {
  scenario?: 'demo' | 'empty' | 'large';
  jobSpeed?: 'instant' | 'fast' | 'real';
};

/**
 * A console address whose first load seeds the mock backend afresh: `?scenario=` picks the data,
 * `jobSpeed=instant` ends jobs at once. A later `page.goto` without them keeps the data as it is.
 */
export function demoUrl(path: string, { scenario = 'demo', jobSpeed = 'instant', ...params }: UrlParams = {}): string {
  return `${path}?${new URLSearchParams({ scenario, jobSpeed, ...params }).toString()}`;
}

/** The private images list of a fresh demo, with further query parameters (`q`, `size`, `region`, `tag`). */
export function privateList(params: UrlParams = {}): string {
  return demoUrl('/images/private', params);
}

export function privateImagesTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Private images' });
}

/** Opens a console page; the shell renders only once the mock backend answers, so API calls may follow. */
export async function openConsole(page: Page, url = privateList()): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: /^Region/ })).toBeVisible();
}

/** Opens the private images list and waits for its first rows (the first load also starts the mock backend). */
export async function openPrivateImages(page: Page, url = privateList()): Promise<void> {
  await page.goto(url);
  await expect(privateImagesTable(page).getByRole('link').first()).toBeVisible();
}

/** Finds an image on a fresh demo's list by its name and opens its detail page from the name link. */
export async function openImageDetail(page: Page, name: string): Promise<void> {
  await page.goto(privateList({ q: name }));
  await privateImagesTable(page).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The row menu's items (src/components/image-actions.tsx), each with the dialog it opens. */
const DIALOG_OF = {
  Modify: 'Modify Image',
  Replicate: 'Replicate Image',
  Share: 'Share Image',
  Export: 'Export Image',
  'Manage tags': 'Manage Tags',
  Delete: 'Delete Image',
  'Create ECS': 'Create ECS',
} as const;
export type RowAction = keyof typeof DIALOG_OF;

/**
 * Opens the row menu `Actions for <imageName>` and returns its item `verb`, left open for the
 * caller: to check a denied item (aria-disabled, its reason as description) or to press it.
 */
export async function rowActionItem(page: Page, imageName: string, verb: RowAction): Promise<Locator> {
  await page.getByRole('button', { name: `Actions for ${imageName}`, exact: true }).click();
  return page
    .getByRole('menu', { name: `Actions for ${imageName}`, exact: true })
    .getByRole('menuitem', { name: verb });
}

/** Chooses `verb` in the row menu of `imageName` and returns the dialog it opens. */
export async function openRowAction(page: Page, imageName: string, verb: RowAction): Promise<Locator> {
  await (await rowActionItem(page, imageName, verb)).click();
  return page.getByRole('dialog', { name: DIALOG_OF[verb] });
}

/** Switches the console to a demo identity (alice, gina, ivan, oliver…) from the top bar's Account menu. */
export async function switchAccount(page: Page, user: string): Promise<void> {
  await page.getByRole('button', { name: /^Account/ }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${user}`) }).click();
}

/** Switches the console to a region by its label (`CN East-Shanghai1`) from the top bar's Region menu. */
export async function switchRegion(page: Page, region: string): Promise<void> {
  await page.getByRole('button', { name: /^Region/ }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${region}`) }).click();
}

/** Opens the top bar's Settings dialog (the mock backend's knobs) and returns it. */
export async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings' }).click();
  return page.getByRole('dialog', { name: 'Settings' });
}

/** Opens the task centre drawer from the top bar and returns it. */
export async function openTaskCentre(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^Task centre/ }).click();
  return page.getByRole('dialog', { name: 'Task centre' });
}

export interface ApiAnswer {
  status: number;
  /** The parsed JSON body; undefined when there is none (204). */
  body: unknown;
}

/**
 * A call to the mock API as alice, made from inside the page: the mock backend is the page's
 * service worker, so Playwright's `request` fixture (outside the page) never reaches it.
 */
export function api(page: Page, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, token, body }) => {
      const response = await fetch(path, {
        method,
        headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json().catch(() => undefined)) as unknown };
    },
    { method, path, token: TOKEN_ALICE, body },
  );
}

/**
 * A read as alice that asks again while the mock injects 5xx faults (`failureRate`), as the
 * console's own reads do: the backend's state, whatever the fault draws. Reads change nothing, so
 * asking again is safe; a write is never sent through this.
 */
export async function readThroughFaults(page: Page, path: string): Promise<unknown> {
  for (let attempt = 1; ; attempt += 1) {
    const { status, body } = await api(page, 'GET', path);
    if (status < 500) {
      expect(status, `GET ${path}`).toBe(200);
      return body;
    }
    expect(attempt, `GET ${path} kept failing`).toBeLessThan(30);
  }
}

/** The id of alice's private image of that name in `region`, as the console would read it; '' when there is none. */
export async function imageIdByName(page: Page, name: string, region = REGION): Promise<string> {
  const { body } = await api(
    page,
    'GET',
    `/ims/${region}/v2/cloudimages?__imagetype=private&name=${encodeURIComponent(name)}`,
  );
  return (body as { images: { id: string; name: string }[] }).images.find((i) => i.name === name)?.id ?? '';
}

/** Renames an image behind the console's back (as another session would); answers the status. */
export async function renameImage(page: Page, id: string, name: string, region = REGION): Promise<ApiAnswer> {
  return api(page, 'PATCH', `/ims/${region}/v2/cloudimages/${id}`, [{ op: 'replace', path: '/name', value: name }]);
}

/** Deletes an image behind the console's back (as another session would). */
export async function deleteImage(page: Page, id: string, region = REGION): Promise<ApiAnswer> {
  return api(page, 'DELETE', `/ims/${region}/v2/images/${id}`);
}

/** Sets the mock backend's knobs, as the Settings dialog does, and checks they were taken. */
export async function setMockSettings(page: Page, settings: Record<string, number | string>): Promise<void> {
  expect((await api(page, 'PUT', '/mock/settings', settings)).status).toBe(200);
}
