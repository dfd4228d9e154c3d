import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decideActions, IMAGE_ACTIONS } from '../../components/image-actions';
import { emptyContext } from '../../domain';
import { makeImage, makeViewer } from '../../domain/test-fixtures';
import { COLUMNS } from './columns';
import { blockedActionsText, csvFileName, csvTable, toCsv, type CsvRow } from './csv';

const ALL = IMAGE_ACTIONS.map((a) => a.id);

function row(overrides: Partial<CsvRow> = {}, image = makeImage()): CsvRow {
  return {
    image,
    shared: false,
    status: 'Normal',
    progress: undefined,
    encryption: 'Not encrypted',
    enterpriseProject: 'default',
    decisions: decideActions(image, makeViewer(), emptyContext(), ALL),
    ...overrides,
  };
}

const denied = (id: (typeof ALL)[number], label: string, rule: string) => ({
  id,
  label,
  decision: { allowed: false as const, rule: rule as never, reason: 'r', code: 'c' },
});
const allowed = (id: (typeof ALL)[number], label: string) => ({ id, label, decision: { allowed: true as const } });

describe('blockedActionsText', () => {
  it('names each denied action and its rule id, in menu order', () => {
    expect(
      blockedActionsText([
        allowed('modify', 'Modify'),
        denied('replicate', 'Replicate', 'replicate.in-region.size'),
        denied('export', 'Export', 'export.whole-image'),
      ]),
    ).toBe('Replicate: replicate.in-region.size; Export: export.whole-image');
  });

  it('is empty when nothing is blocked', () => {
    expect(blockedActionsText([allowed('modify', 'Modify')])).toBe('');
  });
});

describe('csvTable', () => {
  it('has the visible columns then "Blocked actions"; the name column adds "Shared"', () => {
    const [headers] = csvTable([], COLUMNS);
    expect(headers).toEqual([
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
      'Tags',
      'Blocked actions',
    ]);
  });

  it('writes only the given columns', () => {
    const table = csvTable([row()], [{ id: 'name' }, { id: 'size' }]);
    expect(table).toEqual([
      ['Name', 'Shared', 'Size (GB)', 'Blocked actions'],
      ['centos-7-web', 'No', '40', ''],
    ]);
  });

  it('writes what the table shows, and the rules that block actions', () => {
    const image = makeImage({ status: 'killed', sizeGb: 12.4, minDiskGb: 40, kmsKeyId: 'k1', type: 'whole' });
    const table = csvTable(
      [row({ status: 'Abnormal', shared: true, encryption: 'acme-cmk', enterpriseProject: 'production' }, image)],
      COLUMNS,
    );
    expect(table[1]).toEqual([
      'centos-7-web',
      'Yes',
      'img-0001',
      'Abnormal',
      'CentOS 7.9 64bit',
      'Full-ECS',
      '40',
      '12.4',
      'acme-cmk',
      'production',
      image.createdAt,
      image.tags.map((t) => `${t.key}=${t.value}`).join('; '),
      expect.stringContaining('Modify: modify.status'),
    ]);
  });

  it('shows the progress of an image being created', () => {
    expect(csvTable([row({ status: 'Creating', progress: 42.4 })], [{ id: 'status' }])[1]).toEqual([
      'Creating (42%)',
      '',
    ]);
  });
});

describe('toCsv', () => {
  it('escapes cells a spreadsheet would run as a formula', () => {
    const image = makeImage({ name: "=cmd|' /C calc'!A0" });
    const text = toCsv([row({ enterpriseProject: '@SUM(A1)', encryption: '+1', status: '-2' }, image)], COLUMNS);
    const [, values] = parse<string[]>(text).data;
    expect(values?.[0]).toBe("'=cmd|' /C calc'!A0");
    expect(values).toContain("'@SUM(A1)");
    expect(values).toContain("'+1");
    expect(values).toContain("'-2");
    expect(text).not.toMatch(/(^|,)=cmd/m);
  });

  it('quotes cells with commas and quotes so they read back whole', () => {
    const image = makeImage({ name: 'web, "blue"' });
    const text = toCsv([row({}, image)], [{ id: 'name' }]);
    expect(parse<string[]>(text).data[1]).toEqual(['web, "blue"', 'No', '']);
  });
});

describe('csvFileName', () => {
  it('names the region and the local date', () => {
    expect(csvFileName('cn-north-4', new Date(2026, 10, 3, 23, 59))).toBe('private-images-cn-north-4-2026-11-03.csv');
  });
});

describe('the Tags column', () => {
  it('lists key=value pairs, a key alone when it has no value', () => {
    const image = makeImage({
      tags: [
        { key: 'env', value: 'prod' },
        { key: 'pci', value: '' },
      ],
    });
    expect(csvTable([row({}, image)], [{ id: 'tags' }])[1]?.[0]).toBe('env=prod; pci');
  });
});
