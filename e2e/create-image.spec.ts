/**
 * Create Image (/images/create): every source the seeds allow, to a Normal image; every create
 * and import rule refused on its field as the values are chosen, and by the API with the same
 * sentence when the page is bypassed. Seeded sources: src/mocks/seed/services.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, REGION, test } from './fixtures';
import { api, demoUrl, privateImagesTable, privateList, switchAccount } from './helpers';

const CREATE_URL = (params: Record<string, string> = {}) => demoUrl('/images/create', params);

async function openCreate(page: Page, params: Record<string, string> = {}): Promise<void> {
  await page.goto(CREATE_URL(params));
  await expect(page.getByRole('heading', { level: 1, name: 'Create Image' })).toBeVisible();
}

const createButton = (page: Page) => page.getByRole('button', { name: /^Create( \d+ images)?$/ });
/** The image's name (its label carries the required mark). */
const nameField = (page: Page) => page.getByRole('textbox', { name: /^Name/ });
const section = (page: Page, name: string) => page.getByRole('region', { name });
const row = (table: Locator, name: string) => table.getByRole('row').filter({ hasText: name });

/** Presses Create and waits for the list, where the new image ends Normal (jobSpeed=instant). */
async function createAndSeeNormal(page: Page, names: readonly string[]): Promise<void> {
  await createButton(page).click();
  // The toast may wait behind an earlier one; the list is where the page goes.
  await expect(page).toHaveURL(/\/images\/private/);
  for (const name of names) {
    await page.goto(`/images/private?q=${encodeURIComponent(name)}`);
    const imageRow = row(privateImagesTable(page), name);
    await expect(imageRow.getByText('Normal')).toBeVisible();
  }
}

/** The detail page's Lineage of an image on the list. */
async function lineageOf(page: Page, name: string): Promise<Locator> {
  await privateImagesTable(page).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return page.getByRole('region', { name: 'Lineage' });
}

test.describe('Create Image', () => {
  test('the list opens the page; its URL, breadcrumb and preselection survive a reload', async ({
    page,
    checkA11y,
  }) => {
    await page.goto(privateList());
    await page.getByRole('button', { name: 'Create Image' }).click();
    await expect(page).toHaveURL(/\/images\/create/);
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Private Images' }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Create Image · IMS Console');
    await checkA11y();

    await page.getByRole('radiogroup', { name: 'Image type' }).getByRole('radio', { name: 'Full-ECS image' }).check();
    await page.getByRole('radiogroup', { name: 'Source' }).getByRole('radio', { name: 'CBR backup' }).check();
    await expect(page).toHaveURL(/type=whole&source=cbr/);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'CBR backup' })).toBeChecked();
    await expect(page.getByRole('table', { name: 'CBR backups in CN North-Beijing4' })).toBeVisible();

    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page).toHaveURL(/\/images\/private/);
  });

  test('an empty region offers Create Image as its call to action', async ({ page }) => {
    await page.goto(privateList({ scenario: 'empty' }));
    const table = privateImagesTable(page);
    await expect(table.getByText('No private images in CN North-Beijing4')).toBeVisible();
    await table.getByRole('button', { name: 'Create Image' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create Image' })).toBeVisible();
  });

  test('a system disk image of an ECS: Creating with progress, then Normal, its lineage the ECS', async ({ page }) => {
    // The mock backend runs in the page, so the page's clock is the job clock.
    await page.clock.install();
    await openCreate(page, { jobSpeed: 'real' });
    const ecs = page.getByRole('table', { name: 'ECSs in CN North-Beijing4' });
    await ecs.getByRole('radio', { name: 'web-prod-02' }).check();
    await expect(nameField(page)).toHaveValue('web-prod-02-image');
    await nameField(page).fill('e2e-web-system');
    await expect(section(page, 'Summary')).toContainText('24 / 50 after');
    await createButton(page).click();
    await expect(page.getByText('Creation of e2e-web-system started')).toBeVisible();

    const imageRow = row(privateImagesTable(page), 'e2e-web-system');
    await expect(imageRow.getByText(/Creating/)).toBeVisible();
    await expect(imageRow.getByRole('progressbar', { name: 'Creating e2e-web-system' })).toBeVisible();
    await page.clock.fastForward('30:00');
    await expect(imageRow.getByText('Normal')).toBeVisible();

    const lineage = await lineageOf(page, 'e2e-web-system');
    await expect(lineage).toContainText('ECS');
    await expect(lineage).toContainText('web-prod-02');
  });

  test('ECS rows the rules refuse stay, disabled with the reason; a 2 TB disk offers a full-ECS image', async ({
    page,
    checkA11y,
  }) => {
    await openCreate(page);
    const ecs = page.getByRole('table', { name: 'ECSs in CN North-Beijing4' });
    const cases: [string, string][] = [
      ['batch-worker-07', 'ECS batch-worker-07 is Faulty; it must be Stopped or Running.'],
      ['ci-runner-tmp', 'ECS ci-runner-tmp is Creating; it must be Stopped or Running.'],
      ['legacy-billing-01', 'ECS legacy-billing-01 is frozen for overdue payment.'],
      ['hana-db-01', 'The system disk of hana-db-01 is 2048 GB; a system disk image allows at most 1024 GB.'],
    ];
    for (const [name, reason] of cases) {
      const radio = ecs.getByRole('radio', { name });
      await expect(radio).toHaveAttribute('aria-disabled', 'true');
      await expect(radio).toHaveAccessibleDescription(new RegExp(reason.replace(/[.()]/g, '\\$&')));
    }
    await checkA11y();

    await ecs.getByRole('button', { name: 'Create a full-ECS image of hana-db-01' }).click();
    await expect(page.getByRole('radio', { name: 'Full-ECS image' })).toBeChecked();
    await expect(ecs.getByRole('radio', { name: 'hana-db-01' })).toBeChecked();
    await expect(page.getByLabel('CBR vault')).toHaveValue(/.+/);
    await nameField(page).fill('e2e-hana-full');
    await createAndSeeNormal(page, ['e2e-hana-full']);
    await expect(await lineageOf(page, 'e2e-hana-full')).toContainText('hana-db-01');
  });

  test('data disk images: one per chosen disk in one batch; a disk over 1 TB is refused', async ({
    page,
    checkA11y,
  }) => {
    await openCreate(page, { type: 'data', source: 'ecs' });
    const ecs = page.getByRole('table', { name: 'ECSs in CN North-Beijing4' });
    await expect(ecs.getByRole('radio', { name: 'web-prod-02' })).toHaveAccessibleDescription(
      'ECS web-prod-02 has no data disks.',
    );
    await ecs.getByRole('radio', { name: 'fileserver-01' }).check();
    const big = page.getByRole('checkbox', { name: /fileserver-01-data1/ });
    await expect(big).toHaveAttribute('aria-disabled', 'true');
    await expect(big).toHaveAccessibleDescription(
      /Data disk fileserver-01-data1 is 1500 GB; a data disk image allows at most 1024 GB\./,
    );
    await expect(page.getByRole('button', { name: 'Create a full-ECS image of fileserver-01' }).first()).toBeVisible();
    await checkA11y();

    await ecs.getByRole('radio', { name: 'analytics-db-01' }).check();
    await page.getByRole('checkbox', { name: /analytics-db-01-data1/ }).check();
    await page.getByRole('checkbox', { name: /analytics-db-01-data2/ }).check();
    await nameField(page).fill('e2e-analytics');
    await expect(page.getByText('One image per disk: e2e-analytics-data1, e2e-analytics-data2')).toBeVisible();
    await expect(createButton(page)).toHaveText('Create 2 images');
    await createAndSeeNormal(page, ['e2e-analytics-data1', 'e2e-analytics-data2']);
    await expect(await lineageOf(page, 'e2e-analytics-data2')).toContainText(
      'analytics-db-01-data2 of analytics-db-01',
    );
  });

  test('a BMS image: local-disk and running BMSs are refused, a stopped EVS-booted one makes a Normal image', async ({
    page,
  }) => {
    await openCreate(page, { type: 'system', source: 'bms' });
    const bms = page.getByRole('table', { name: 'BMSs in CN North-Beijing4' });
    await expect(bms.getByRole('radio', { name: 'bms-hpc-02' })).toHaveAccessibleDescription(
      /BMS bms-hpc-02 boots from a local disk, not an EVS disk\./,
    );
    await bms.getByRole('radio', { name: 'bms-hpc-01' }).check();
    await nameField(page).fill('e2e-bms-image');
    await createAndSeeNormal(page, ['e2e-bms-image']);
    await expect(await lineageOf(page, 'e2e-bms-image')).toContainText('bms-hpc-01');
  });

  test('full-ECS images of a CBR and of a CSBS backup; a backup in use is refused', async ({ page, checkA11y }) => {
    await openCreate(page, { type: 'whole', source: 'cbr' });
    const cbr = page.getByRole('table', { name: 'CBR backups in CN North-Beijing4' });
    const busy = cbr.getByRole('radio', { name: 'cbr-erp-app-01-20261031' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect(busy).toHaveAccessibleDescription(/is already being used to create image/);
    await checkA11y();
    await cbr.getByRole('radio', { name: 'cbr-web-prod-01-20261028' }).check();
    await nameField(page).fill('e2e-full-cbr');
    await createAndSeeNormal(page, ['e2e-full-cbr']);
    await expect(await lineageOf(page, 'e2e-full-cbr')).toContainText('cbr-web-prod-01-20261028');

    await page.goto('/images/create?type=whole&source=csbs');
    await page
      .getByRole('table', { name: 'CSBS backups in CN North-Beijing4' })
      .getByRole('radio', { name: 'csbs-erp-db-01-20261015' })
      .check();
    await expect(
      page.getByText('Full-ECS images made from a CSBS backup cannot be shared; CBR backups can.'),
    ).toBeVisible();
    await nameField(page).fill('e2e-full-csbs');
    await createAndSeeNormal(page, ['e2e-full-csbs']);
  });

  test('importing a file: format and size refused on their rows, fast import for a large RAW', async ({
    page,
    checkA11y,
  }) => {
    await openCreate(page, { type: 'system', source: 'file' });
    await expect(page.getByLabel('Bucket')).toHaveValue('acme-image-files');
    const files = page.getByRole('table', { name: 'Files in acme-image-files' });
    await expect(files.getByRole('radio', { name: 'ubuntu-22.04-live-server-amd64.iso' })).toHaveAccessibleDescription(
      /The file format ISO cannot be imported as a disk image\./,
    );
    await expect(files.getByRole('radio', { name: 'warehouse-node-disk.qcow2' })).toHaveAccessibleDescription(
      /fast import takes only RAW or ZVHD2 files, not QCOW2/,
    );
    await expect(files.getByRole('radio', { name: 'nas-backup-disk.raw' })).toHaveAccessibleDescription(
      /The file is 1300 GB; at most 1024 GB can be imported\./,
    );
    await expect(
      page.getByRole('option', { name: /acme-archive-cold .* images are imported only from Standard buckets/ }),
    ).toBeDisabled();
    await checkA11y();

    await files.getByRole('radio', { name: 'analytics-node-disk.raw' }).check();
    const fast = page.getByLabel('Fast import');
    await expect(fast).toBeChecked();
    await expect(page.getByLabel('System disk (GB)')).toHaveValue('300');
    await fast.uncheck();
    await expect(fast).toHaveAccessibleDescription('The file is 300 GB; files over 128 GB need fast import.');
    await expect(createButton(page)).toHaveAttribute('aria-disabled', 'true');
    await expect(createButton(page)).toHaveAccessibleDescription(
      /files over 128 GB need fast import\. Convert the file/,
    );
    await fast.check();
    await page.getByLabel('System disk (GB)').fill('200');
    await expect(page.getByLabel('System disk (GB)')).toHaveAccessibleDescription(
      'A system disk of 200 GB is not allowed: it must be 40–1024 GB and at least the 300 GB disk in the file.',
    );
    await page.getByLabel('System disk (GB)').fill('300');
    await nameField(page).fill('e2e-fast-import');
    await createAndSeeNormal(page, ['e2e-fast-import']);
    await expect(await lineageOf(page, 'e2e-fast-import')).toContainText(
      'obs://acme-image-files/analytics-node-disk.raw',
    );
  });

  test('UEFI only for the OSs of Table 6-6; Kunpeng images boot in UEFI and name a Kunpeng OS', async ({ page }) => {
    await openCreate(page, { type: 'system', source: 'file' });
    const files = page.getByRole('table', { name: 'Files in acme-image-files' });
    await files.getByRole('radio', { name: 'centos79-golden.qcow2' }).check();
    await expect(page.getByLabel('OS version', { exact: true })).toHaveValue('CentOS 7.9 64bit');
    const boot = page.getByRole('radiogroup', { name: 'Boot mode' });
    await expect(boot.getByRole('radio', { name: 'UEFI' })).toHaveAttribute('aria-disabled', 'true');
    await expect(boot.getByRole('radio', { name: 'UEFI' })).toHaveAccessibleDescription(
      'CentOS 7.9 64bit does not support UEFI boot mode. Choose BIOS, or an OS version that supports UEFI.',
    );

    await page.getByRole('radiogroup', { name: 'Architecture' }).getByRole('radio', { name: 'Kunpeng (Arm)' }).check();
    await expect(boot.getByRole('radio', { name: 'UEFI' })).toBeChecked();
    await expect(boot.getByRole('radio', { name: 'BIOS' })).toHaveAccessibleDescription(
      /A Kunpeng \(Arm\) image boots in UEFI mode only, not BIOS\./,
    );
    await expect(page.getByLabel('OS version', { exact: true })).toHaveAccessibleDescription(
      'CentOS 7.9 64bit is not a supported OS for Kunpeng (Arm) ECSs.',
    );
    await page.getByLabel('OS version', { exact: true }).selectOption('openEuler 20.03 64bit');
    await expect(page.getByLabel('OS version', { exact: true })).not.toHaveAccessibleDescription(/not a supported OS/);

    await page.getByRole('radio', { name: 'x86' }).check();
    await files.getByRole('radio', { name: 'ubuntu1804-uefi-server.qcow2' }).check();
    await expect(page.getByLabel('OS version', { exact: true })).toHaveValue('Ubuntu 18.04 Server 64bit');
    await boot.getByRole('radio', { name: 'UEFI' }).check();
    await nameField(page).fill('e2e-uefi');
    await createAndSeeNormal(page, ['e2e-uefi']);
  });

  test('a data disk image from a file: the capacity refused as typed, then Normal', async ({ page }) => {
    await openCreate(page, { type: 'data', source: 'file' });
    await page
      .getByRole('table', { name: 'Files in acme-image-files' })
      .getByRole('radio', { name: 'fileserver-data.vhd' })
      .check();
    const capacity = page.getByLabel('Data disk capacity (GB)');
    await expect(capacity).toHaveValue('60');
    await capacity.fill('50');
    await expect(capacity).toHaveAccessibleDescription(
      'A disk capacity of 50 GB is not allowed: it must be 40–2048 GB and at least the 60 GB disk in the file.',
    );
    await capacity.fill('2049');
    await expect(capacity).toHaveAccessibleDescription(/A disk capacity of 2049 GB is not allowed/);
    await capacity.fill('100');
    await page.getByLabel('Encryption').selectOption({ label: 'KMS key acme-cmk-prod' });
    await nameField(page).fill('e2e-data-file');
    await createAndSeeNormal(page, ['e2e-data-file']);
  });

  test('an ISO image: its limits said up front, only .iso files, no key', async ({ page, checkA11y }) => {
    await openCreate(page, { type: 'iso', source: 'file' });
    await expect(
      page.getByText(/ISO registration makes an image that cannot be replicated, exported, encrypted or shared/),
    ).toBeVisible();
    const files = page.getByRole('table', { name: 'Files in acme-image-files' });
    await expect(files.getByRole('radio', { name: 'centos79-golden.qcow2' })).toHaveAccessibleDescription(
      /ISO registration takes an \.iso file, not QCOW2\./,
    );
    await expect(page.getByText('ISO images cannot be encrypted. Register the ISO without a KMS key.')).toBeVisible();
    await expect(page.getByLabel('Fast import')).toHaveCount(0);
    await checkA11y();
    await files.getByRole('radio', { name: 'ubuntu-22.04-live-server-amd64.iso' }).check();
    await page.getByLabel('OS version', { exact: true }).selectOption('Ubuntu 20.04 Server 64bit');
    await nameField(page).fill('e2e-iso');
    await createAndSeeNormal(page, ['e2e-iso']);
  });

  test('names and tags are refused as typed, with the backend’s sentences', async ({ page }) => {
    await openCreate(page);
    await page
      .getByRole('table', { name: 'ECSs in CN North-Beijing4' })
      .getByRole('radio', { name: 'web-prod-01' })
      .check();
    const name = nameField(page);
    await name.fill('bad<name>');
    await expect(name).toHaveAccessibleDescription('The name contains "<", which is not allowed.');
    await name.fill('e2e-tagged');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByLabel('Key of tag 1').fill('bad key');
    await expect(page.getByLabel('Key of tag 1')).toHaveAccessibleDescription(
      'Tag key "bad key" contains " ", which is not allowed.',
    );
    await expect(createButton(page)).toHaveAttribute('aria-disabled', 'true');
    await page.getByLabel('Key of tag 1').fill('env');
    await page.getByLabel('Value of tag 1').fill('e2e');
    await expect(section(page, 'Summary')).toContainText('env=e2e');
    await createAndSeeNormal(page, ['e2e-tagged']);
  });

  test('the API refuses what the page refuses, with the same sentence, when the page is bypassed', async ({ page }) => {
    await openCreate(page);
    const ids = await page.evaluate(async (region) => {
      const headers = { 'X-Auth-Token': 'demo-token-alice' };
      const project = '673f4d6c245824ce9394c8652c2318e5';
      const servers = (await (await fetch(`/ecs/${region}/v1/${project}/cloudservers/detail`, { headers })).json()) as {
        servers: { id: string; name: string; data_disks: { id: string; name: string }[] }[];
      };
      const bms = (await (await fetch(`/bms/${region}/v1/${project}/baremetalservers/detail`, { headers })).json()) as {
        servers: { id: string; name: string }[];
      };
      const all = [...servers.servers, ...bms.servers];
      return Object.fromEntries(all.map((s) => [s.name, s.id]));
    }, REGION);
    const action = `/ims/${REGION}/v2/cloudimages/action`;
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { name: 'x', instance_id: ids['batch-worker-07'] },
        'create.ecs-state',
        'ECS batch-worker-07 is Faulty; it must be Stopped or Running.',
      ],
      [
        { name: 'x', instance_id: ids['legacy-billing-01'] },
        'create.ecs-frozen',
        'ECS legacy-billing-01 is frozen for overdue payment.',
      ],
      [
        { name: 'x', instance_id: ids['bms-hpc-02'] },
        'create.bms-state',
        'BMS bms-hpc-02 boots from a local disk, not an EVS disk.',
      ],
      [
        { name: 'x', instance_id: ids['hana-db-01'] },
        'create.system-disk-size',
        'The system disk of hana-db-01 is 2048 GB; a system disk image allows at most 1024 GB.',
      ],
      [
        { name: 'x', image_url: 'acme-image-files:ubuntu-22.04-live-server-amd64.iso', min_disk: 40 },
        'import.format',
        'The file format ISO cannot be imported as a disk image.',
      ],
      [
        {
          name: 'x',
          image_url: 'acme-image-files:analytics-node-disk.raw',
          min_disk: 300,
          os_version: 'CentOS 7.9 64bit',
        },
        'import.size',
        'The file is 300 GB; files over 128 GB need fast import.',
      ],
      [
        {
          name: 'x',
          image_url: 'acme-image-files:centos79-golden.qcow2',
          min_disk: 40,
          os_version: 'CentOS 7.9 64bit',
          hw_firmware_type: 'uefi',
        },
        'import.boot-mode',
        'CentOS 7.9 64bit does not support UEFI boot mode.',
      ],
      [
        {
          type: 'IsoImage',
          name: 'x',
          image_url: 'acme-image-files:centos79-golden.qcow2',
          min_disk: 40,
          os_version: 'CentOS 7.9 64bit',
        },
        'import.iso-limits',
        'ISO registration takes an .iso file, not QCOW2.',
      ],
    ];
    for (const [body, rule, message] of cases) {
      const answer = await api(page, 'POST', action, body);
      expect(answer.status, rule).toBe(400);
      expect(answer.body).toMatchObject({ error: { rule, message } });
    }
    const data = await api(page, 'POST', `/ims/${REGION}/v1/cloudimages/dataimages/action`, {
      name: 'x',
      image_url: 'acme-image-files:fileserver-data.vhd',
      min_disk: 50,
    });
    expect(data.body).toMatchObject({
      error: {
        rule: 'import.data-disk-capacity',
        field: 'minDiskGb',
        message:
          'A disk capacity of 50 GB is not allowed: it must be 40–2048 GB and at least the 60 GB disk in the file.',
      },
    });
  });

  test('a refusal or failure of the backend keeps the input', async ({ page }) => {
    await openCreate(page);
    await page
      .getByRole('table', { name: 'ECSs in CN North-Beijing4' })
      .getByRole('radio', { name: 'web-prod-01' })
      .check();
    await nameField(page).fill('e2e-kept');
    await page.getByLabel('Description').fill('Typed before the failure');
    expect((await api(page, 'PUT', '/mock/settings', { failureRate: 1 })).status).toBe(200);
    await createButton(page).click();
    await expect(page.getByRole('alert').filter({ hasText: /^The service is temporarily unavailable/ })).toBeVisible();
    await expect(nameField(page)).toHaveValue('e2e-kept');
    await expect(page.getByLabel('Description')).toHaveValue('Typed before the failure');
    await expect(page.getByRole('radio', { name: 'web-prod-01' })).toBeChecked();
    expect((await api(page, 'PUT', '/mock/settings', { failureRate: 0 })).status).toBe(200);
    await createAndSeeNormal(page, ['e2e-kept']);
  });

  test('a creation job that fails leaves an Abnormal image and says why', async ({ page }) => {
    await openCreate(page);
    await page
      .getByRole('table', { name: 'ECSs in CN North-Beijing4' })
      .getByRole('radio', { name: 'erp-app-01' })
      .check();
    await nameField(page).fill('e2e-doomed');
    expect((await api(page, 'PUT', '/mock/settings', { jobFailureRate: 1 })).status).toBe(200);
    await createButton(page).click();
    await expect(page).toHaveURL(/\/images\/private/);
    await page.goto('/images/private?q=e2e-doomed');
    await expect(row(privateImagesTable(page), 'e2e-doomed').getByText('Abnormal')).toBeVisible();
    await page.goto('/tasks?status=FAIL');
    const task = page
      .getByRole('table', { name: 'Tasks' })
      .getByRole('row')
      .filter({ has: page.getByRole('progressbar', { name: 'Progress of Create image: erp-app-01 → e2e-doomed' }) });
    await expect(task.getByText(/injected fault/)).toBeVisible();
  });

  test('a full region (quota-full) denies Create Image and Create with the reason', async ({ page, checkA11y }) => {
    await page.goto('/images/private?scenario=quota-full&jobSpeed=instant');
    const reason =
      'CN North-Beijing4 already has 50 of 50 private images. Delete private images you no longer need, or ask for a higher quota.';
    const open = page.getByRole('button', { name: 'Create Image' });
    await expect(open).toHaveAttribute('aria-disabled', 'true');
    await expect(open).toHaveAccessibleDescription(reason);

    await page.goto('/images/create');
    await expect(page.getByRole('alert').filter({ hasText: reason })).toBeVisible();
    await expect(section(page, 'Summary')).toContainText('50 / 50 now');
    await expect(createButton(page)).toHaveAttribute('aria-disabled', 'true');
    await expect(createButton(page)).toHaveAccessibleDescription(reason);
    await checkA11y();
  });

  test('a read-only user may look but not create', async ({ page }) => {
    await page.goto(privateList());
    await switchAccount(page, 'oliver');
    const open = page.getByRole('button', { name: 'Create Image' });
    await expect(open).toHaveAttribute('aria-disabled', 'true');
    await expect(open).toHaveAccessibleDescription(/Your role is IMS ReadOnlyAccess/);
    await page.goto('/images/create');
    await expect(createButton(page)).toHaveAttribute('aria-disabled', 'true');
    await expect(createButton(page)).toHaveAccessibleDescription(/Your role is IMS ReadOnlyAccess/);
  });
});
