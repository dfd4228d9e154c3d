import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { demoUrl, openConsole, openImageDetail, openSettings, privateImagesTable, privateList } from './helpers';

/** The widths issue 15 names: desktop, tablet, phone. */
const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;

/** Below this width the side navigation is a drawer behind `Open navigation` (src/app/theme.ts). */
const NAV_DRAWER_BELOW = 1200;

interface ConsolePage {
  name: string;
  /** Opens the page on a fresh demo and waits until it shows. */
  open: (page: Page) => Promise<void>;
  /** The breadcrumb trail, ending with the page's own title. */
  trail: readonly string[];
  /** What else holds at every width: a list's first row keeps its `Actions for <name>` in view. */
  checks: readonly ((page: Page, width: number) => Promise<void>)[];
}

/** The first row's `Actions for <name>` is inside the window, however wide the list's columns. */
function firstRowActionsInView(list: (page: Page) => Locator) {
  return async (page: Page, width: number): Promise<void> => {
    const actions = list(page)
      .getByRole('button', { name: /^Actions for / })
      .first();
    await actions.scrollIntoViewIfNeeded();
    await expect(actions).toBeInViewport();
    const box = await actions.boundingBox();
    expect(box && box.x + box.width, 'the first row’s Actions ends inside the window').toBeLessThanOrEqual(width);
  };
}

/** The pinned Actions cell leaves the other columns room: at most 40 % of the window. */
function actionsCellLeavesRoom(list: (page: Page) => Locator) {
  return async (page: Page, width: number): Promise<void> => {
    const cell = list(page).getByRole('row').nth(1).getByRole('cell').last();
    const box = await cell.boundingBox();
    expect(box?.width, 'the first row’s Actions cell width').toBeLessThanOrEqual(width * 0.4);
  };
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function openAndWaitFor(page: Page, path: string, title: string): Promise<void> {
  await openConsole(page, demoUrl(path));
  await expect(heading(page, title)).toBeVisible();
}

const PAGES: ConsolePage[] = [
  {
    name: 'Private Images',
    open: (page) => openAndWaitFor(page, '/images/private', 'Private Images'),
    trail: ['Images', 'Private Images'],
    checks: [firstRowActionsInView(privateImagesTable)],
  },
  {
    name: 'an image’s detail',
    open: (page) => openImageDetail(page, 'ubuntu22-k8s-node'),
    trail: ['Images', 'Private Images', 'ubuntu22-k8s-node'],
    checks: [],
  },
  {
    name: 'Create Image',
    open: (page) => openAndWaitFor(page, '/images/create', 'Create Image'),
    trail: ['Images', 'Private Images', 'Create Image'],
    checks: [],
  },
  {
    name: 'Public Images',
    open: (page) => openAndWaitFor(page, '/images/public', 'Public Images'),
    trail: ['Images', 'Public Images'],
    checks: [firstRowActionsInView((page) => page.getByRole('table', { name: 'Public images' }))],
  },
  {
    name: 'a public image’s detail',
    open: async (page) => {
      await openAndWaitFor(page, '/images/public', 'Public Images');
      await page.getByRole('table', { name: 'Public images' }).getByRole('link', { name: 'CentOS 6.3 64bit' }).click();
      await expect(heading(page, 'CentOS 6.3 64bit')).toBeVisible();
    },
    trail: ['Images', 'Public Images', 'CentOS 6.3 64bit'],
    checks: [],
  },
  {
    name: 'Images Shared with Me',
    open: (page) => openAndWaitFor(page, '/images/shared', 'Images Shared with Me'),
    trail: ['Images', 'Images Shared with Me'],
    checks: [
      firstRowActionsInView((page) => page.getByRole('table', { name: 'Images shared with me' })),
      actionsCellLeavesRoom((page) => page.getByRole('table', { name: 'Images shared with me' })),
    ],
  },
  {
    name: 'a shared image’s detail',
    open: async (page) => {
      await openAndWaitFor(page, '/images/shared', 'Images Shared with Me');
      await page
        .getByRole('table', { name: 'Images shared with me' })
        .getByRole('link', { name: 'logistics-tracker-ubuntu22' })
        .click();
      await expect(heading(page, 'logistics-tracker-ubuntu22')).toBeVisible();
    },
    trail: ['Images', 'Images Shared with Me', 'logistics-tracker-ubuntu22'],
    checks: [],
  },
  {
    name: 'Constraints',
    open: (page) => openAndWaitFor(page, '/constraints', 'Constraints'),
    trail: ['Operations', 'Constraints'],
    checks: [],
  },
  {
    name: 'Audit log',
    open: (page) => openAndWaitFor(page, '/audit', 'Audit log'),
    trail: ['Operations', 'Audit log'],
    checks: [],
  },
  {
    name: 'Tasks',
    open: (page) => openAndWaitFor(page, '/tasks', 'Tasks'),
    trail: ['Operations', 'Tasks'],
    checks: [],
  },
  {
    name: 'an unknown address',
    open: (page) => openAndWaitFor(page, '/no-such-page', 'Page not found'),
    trail: ['IMS Console', 'Page not found'],
    checks: [],
  },
];

/** The document is never wider than the window: nothing scrolls the page sideways. */
async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
      message: `the document is no wider than ${width} px`,
    })
    .toBeLessThanOrEqual(width);
}

/** The navigation is beside the page from 1200 px, else one press of `Open navigation` away. */
async function expectNavigationReachable(page: Page, width: number): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Console' });
  if (width >= NAV_DRAWER_BELOW) {
    await expect(nav.getByRole('link', { name: /^Private Images/ })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Open navigation' })).toHaveCount(0);
    return;
  }
  const menuButton = page.getByRole('button', { name: 'Open navigation' });
  await expect(menuButton).toBeInViewport();
  await menuButton.click();
  const drawer = page.getByRole('dialog', { name: 'Navigation' });
  await expect(
    drawer.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Tasks' }),
  ).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(menuButton).toBeFocused();
}

test.describe('layout at 1440, 1024 and 390 px', () => {
  for (const consolePage of PAGES) {
    test(`${consolePage.name}: no sideways scroll, breadcrumb, navigation, row actions in view, axe`, async ({
      page,
      checkA11y,
    }) => {
      await consolePage.open(page);
      for (const { width, height } of WIDTHS) {
        await test.step(`${width} px`, async () => {
          await page.setViewportSize({ width, height });
          await expect(heading(page, consolePage.trail.at(-1)!)).toBeInViewport();
          await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem')).toHaveText([
            ...consolePage.trail,
          ]);
          await expectNoSidewaysScroll(page, width);
          for (const check of consolePage.checks) await check(page, width);
          await expectNavigationReachable(page, width);
          await checkA11y();
        });
      }
    });
  }
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation drawer holds the same links and closes when one is followed', async ({ page, checkA11y }) => {
    await openConsole(page, privateList());
    await expect(page.getByRole('navigation', { name: 'Console' })).toHaveCount(0);
    const menuButton = page.getByRole('button', { name: 'Open navigation' });
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await menuButton.click();

    const drawer = page.getByRole('dialog', { name: 'Navigation' });
    const nav = drawer.getByRole('navigation', { name: 'Console' });
    await expect(nav.getByRole('link')).toHaveText([
      'Private Images',
      'Public Images',
      /^Images Shared with Me/,
      'Constraints',
      'Audit log',
      'Tasks',
    ]);
    await expect(nav.getByRole('link', { name: 'Private Images' })).toHaveAttribute('aria-current', 'page');
    await checkA11y();

    await nav.getByRole('link', { name: 'Audit log' }).click();
    await expect(heading(page, 'Audit log')).toBeVisible();
    await expect(drawer).toBeHidden();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');

    // The close button closes it too, and Escape was checked on every page above.
    await menuButton.click();
    await expect(drawer.getByRole('link', { name: 'Audit log' })).toHaveAttribute('aria-current', 'page');
    await drawer.getByRole('button', { name: 'Close navigation' }).click();
    await expect(drawer).toBeHidden();
  });

  test('the skip link is the first tab stop, shows on focus and moves focus to the main content', async ({ page }) => {
    await openConsole(page, privateList());
    await expect(heading(page, 'Private Images')).toBeVisible();
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).not.toBeInViewport();

    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    // The next stop is inside the page, past the top bar and the navigation.
    await page.keyboard.press('Tab');
    const focusedInMain = await page.getByRole('main').evaluate((main) => main.contains(document.activeElement));
    expect(focusedInMain, 'the next Tab lands inside <main>').toBe(true);
  });

  test('keyboard focus shows a solid ring', async ({ page }) => {
    await openConsole(page, privateList());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const menuButton = page.getByRole('button', { name: 'Open navigation' });
    await expect(menuButton).toBeFocused();
    await expect(menuButton).toHaveCSS('outline-style', 'solid');
    await expect(menuButton).toHaveCSS('outline-width', '2px');
  });

  test('the top bar compacts: region and account are icon buttons keeping their names', async ({ page }) => {
    await openConsole(page, privateList());
    const region = page.getByRole('button', { name: 'Region: CN North-Beijing4' });
    const account = page.getByRole('button', { name: 'Account: alice · Acme Retail, IMS FullAccess' });
    for (const button of [region, account]) {
      await expect(button).toBeInViewport();
      const box = await button.boundingBox();
      expect(box?.width, 'an icon button, not the name spelt out').toBeLessThanOrEqual(48);
    }
    await region.hover();
    await expect(page.getByRole('tooltip', { name: 'Region: CN North-Beijing4' })).toBeVisible();
    await expectNoSidewaysScroll(page, 390);
  });

  test('dialogs take the whole screen', async ({ page, checkA11y }) => {
    await openConsole(page, privateList());
    const dialog = await openSettings(page);
    await expect(dialog).toBeVisible();
    await expect.poll(async () => dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    await checkA11y();
  });

  test('a denied row action still shows its reason on a phone', async ({ page }) => {
    await openConsole(page, privateList({ q: 'erp-app-full-restore' }));
    const actions = privateImagesTable(page).getByRole('button', { name: 'Actions for erp-app-full-restore' });
    await expect(actions).toBeInViewport();
    await actions.click();
    const modify = page
      .getByRole('menu', { name: 'Actions for erp-app-full-restore' })
      .getByRole('menuitem', { name: 'Modify' });
    await expect(modify).toBeInViewport();
    await expect(modify).toHaveAttribute('aria-disabled', 'true');
    await expect(modify).toHaveAccessibleDescription(/This image is Creating; only Normal images can be modified\./);
  });
});
