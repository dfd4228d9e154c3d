import type { Path } from 'react-hook-form';
import type { CreateEndpoint } from '../../api/create';
import type { ShapeProblem } from '../../components/form/use-rule-form';
import {
  createViolations,
  DEFAULT_ENTERPRISE_PROJECT_ID,
  LIMITS,
  OTHER_LINUX_64,
  tagSetDenials,
  type Architecture,
  type BootMode,
  type CreateInput,
  type Denial,
  type ImageType,
  type RegionId,
  type RuleContext,
  type Server,
  type Tag,
  type Viewer,
} from '../../domain';
import {
  createDataImageActionSchema,
  createImageActionSchema,
  createWholeImageActionSchema,
  quickImportActionSchema,
} from '../../domain/wire/create';
import { domainFieldOf, type BodyFieldTable } from '../../domain/wire/error';
import type { SourceChoice } from './create-choices';

/**
 * The page's values, under the names of the create rules' input (serverId, dataDiskIds,
 * backupId, imageUrl, minDiskGb, quickImport, kmsKeyId, osVersion, bootMode, bucket, tags), so a
 * refusal lands on the field of the same name. Numbers stay text while typed. `fileFormat` and
 * `fileSizeGb` are read off the file chosen in the browser.
 */
export interface CreateFormValues {
  imageType: ImageType;
  source: SourceChoice;
  serverId: string;
  dataDiskIds: string[];
  backupId: string;
  vaultId: string;
  bucket: string;
  imageUrl: string;
  fileFormat: string;
  fileSizeGb: number;
  quickImport: boolean;
  name: string;
  description: string;
  osVersion: string;
  osType: 'Linux' | 'Windows';
  architecture: Architecture;
  bootMode: BootMode;
  minDiskGb: string;
  minRamMb: string;
  maxRamMb: string;
  kmsKeyId: string;
  enterpriseProjectId: string;
  tags: Tag[];
}

export type CreateFormField = Path<CreateFormValues>;

export function defaultValues(imageType: ImageType, source: SourceChoice): CreateFormValues {
  return {
    imageType,
    source,
    serverId: '',
    dataDiskIds: [],
    backupId: '',
    vaultId: '',
    bucket: '',
    imageUrl: '',
    fileFormat: '',
    fileSizeGb: 0,
    quickImport: false,
    name: '',
    description: '',
    osVersion: OTHER_LINUX_64,
    osType: 'Linux',
    architecture: 'x86',
    bootMode: 'bios',
    minDiskGb: String(LIMITS.systemDiskImportMinGb),
    minRamMb: '',
    maxRamMb: '',
    kmsKeyId: '',
    enterpriseProjectId: DEFAULT_ENTERPRISE_PROJECT_ID,
    tags: [],
  };
}

// ---- what the values ask for -----------------------------------------------------------------

const WHOLE_NUMBER = /^\d+$/;
const numberOf = (text: string) => (WHOLE_NUMBER.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** Fields the chosen type and source take; the page shows only these. */
export function fieldsFor(values: Pick<CreateFormValues, 'imageType' | 'source' | 'quickImport'>) {
  const file = values.source === 'file';
  const iso = values.imageType === 'iso';
  const system = values.imageType === 'system';
  const fast = file && !iso && values.quickImport;
  return {
    file,
    /** OS version, architecture and boot mode: said of an imported system disk or ISO image. */
    os: file && (system || iso),
    osType: file && values.imageType === 'data',
    systemDisk: file && (system || iso),
    dataCapacity: file && values.imageType === 'data',
    quickImport: file && !iso,
    // Fast import takes no memory limits (ims-api.md §7), data disk images have no OS to limit.
    memory: values.imageType !== 'data' && !fast,
    // A KMS key encrypts an imported file (000 T5-6); an image of an ECS follows its system disk.
    encryption: file && !fast,
  };
}

/** The images the values make: one per chosen data disk of an ECS, else one. */
export function imageNames(values: CreateFormValues, server: Server | undefined): string[] {
  if (values.imageType !== 'data' || values.source !== 'ecs') return [values.name];
  const chosen = (server?.dataDisks ?? []).filter((d) => values.dataDiskIds.includes(d.id));
  if (chosen.length <= 1) return [values.name];
  return chosen.map((disk) => `${values.name}-${disk.name.slice(disk.name.lastIndexOf('-') + 1)}`);
}

/** The rule input of the values: what canCreate judges, the same as the backend's toCreateInput. */
export function createInputOf(values: CreateFormValues, ctx: RuleContext): CreateInput {
  switch (values.source) {
    case 'ecs':
      return values.imageType === 'data'
        ? { source: 'ecs', imageType: 'data', serverId: values.serverId, dataDiskIds: values.dataDiskIds }
        : { source: 'ecs', imageType: values.imageType === 'whole' ? 'whole' : 'system', serverId: values.serverId };
    case 'bms':
      return { source: 'bms', serverId: values.serverId };
    case 'csbs':
    case 'cbr':
      return { source: 'backup', backupId: values.backupId };
    case 'file': {
      const found = ctx.buckets.find((b) => b.name === values.bucket);
      const bucket = found
        ? { name: found.name, regionId: found.regionId, storageClass: found.storageClass }
        : undefined;
      const fields = fieldsFor(values);
      const os = fields.os
        ? { osVersion: values.osVersion, architecture: values.architecture, bootMode: values.bootMode }
        : {};
      const common = {
        ...(values.imageUrl ? { imageUrl: values.imageUrl } : {}),
        ...(bucket ? { bucket } : {}),
        fileFormat: values.fileFormat,
        fileSizeGb: values.fileSizeGb,
        minDiskGb: numberOf(values.minDiskGb),
        ...os,
      };
      if (values.imageType === 'iso')
        return { source: 'iso', ...common, kmsKeyId: values.kmsKeyId || null, quickImport: false };
      return {
        source: 'file',
        imageType: values.imageType === 'data' ? 'data' : 'system',
        ...common,
        quickImport: values.quickImport,
      };
    }
  }
}

/** The request the values send: the endpoint (ims-api.md §5–8) and the IMS body. */
export function createRequestOf(
  values: CreateFormValues,
  server: Server | undefined,
): { endpoint: CreateEndpoint; body: Record<string, unknown> } {
  const fields = fieldsFor(values);
  const tags = values.tags.length > 0 ? { image_tags: values.tags.map((t) => ({ key: t.key, value: t.value })) } : {};
  const ep =
    values.enterpriseProjectId && values.enterpriseProjectId !== DEFAULT_ENTERPRISE_PROJECT_ID
      ? { enterprise_project_id: values.enterpriseProjectId }
      : {};
  const description = values.description === '' ? {} : { description: values.description };
  const memory = fields.memory
    ? {
        ...(values.minRamMb.trim() === '' ? {} : { min_ram: numberOf(values.minRamMb) }),
        ...(values.maxRamMb.trim() === '' ? {} : { max_ram: numberOf(values.maxRamMb) }),
      }
    : {};
  const named = { name: values.name, ...description };

  if (values.source === 'ecs' && values.imageType === 'data') {
    const names = imageNames(values, server);
    const chosen = (server?.dataDisks ?? []).filter((d) => values.dataDiskIds.includes(d.id));
    const disks = chosen.length > 0 ? chosen.map((d) => d.id) : values.dataDiskIds;
    return {
      endpoint: 'createImage',
      body: {
        data_images: disks.map((volumeId, i) => ({
          name: names[i] ?? values.name,
          volume_id: volumeId,
          ...description,
          ...(values.tags.length > 0 ? { tags: values.tags.map((t) => `${t.key}.${t.value}`) } : {}),
        })),
        ...ep,
      },
    };
  }
  if (values.source === 'ecs' && values.imageType === 'whole')
    return {
      endpoint: 'createWholeImage',
      body: { ...named, instance_id: values.serverId, vault_id: values.vaultId, ...memory, ...ep, ...tags },
    };
  if (values.source === 'ecs' || values.source === 'bms')
    return { endpoint: 'createImage', body: { ...named, instance_id: values.serverId, ...memory, ...ep, ...tags } };
  if (values.source === 'csbs' || values.source === 'cbr')
    return {
      endpoint: 'createWholeImage',
      body: {
        ...named,
        backup_id: values.backupId,
        whole_image_type: values.source.toUpperCase(),
        ...memory,
        ...ep,
        ...tags,
      },
    };

  const file = { ...named, image_url: values.imageUrl, min_disk: numberOf(values.minDiskGb), ...ep, ...tags };
  const os = { os_version: values.osVersion, architecture: values.architecture, hw_firmware_type: values.bootMode };
  const key = fields.encryption && values.kmsKeyId ? { cmk_id: values.kmsKeyId } : {};
  if (values.imageType === 'iso')
    return { endpoint: 'createImage', body: { ...file, type: 'IsoImage', ...os, ...memory } };
  if (values.imageType === 'data')
    return values.quickImport
      ? { endpoint: 'quickImport', body: { ...file, type: 'DataImage', os_type: values.osType } }
      : { endpoint: 'createDataImage', body: { ...file, os_type: values.osType, ...key } };
  return values.quickImport
    ? { endpoint: 'quickImport', body: { ...file, type: 'ECS', ...os } }
    : { endpoint: 'createImage', body: { ...file, ...os, is_quick_import: false, ...memory, ...key } };
}

// ---- refusals ----------------------------------------------------------------------------

const SCHEMAS = {
  createImage: createImageActionSchema,
  createDataImage: createDataImageActionSchema,
  quickImport: quickImportActionSchema,
  createWholeImage: createWholeImageActionSchema,
} as const;

/**
 * The form field each body key is: the create input's names (serverId, minDiskGb, ...) and the
 * page's own for keys no rule reads. `#` is any row; a data disk row's name is the name field.
 */
export const FORM_FIELD_OF_BODY: BodyFieldTable = {
  name: 'name',
  description: 'description',
  instance_id: 'serverId',
  data_images: 'dataDiskIds',
  'data_images.#.name': 'name',
  'data_images.#.description': 'description',
  'data_images.#.volume_id': 'dataDiskIds',
  'data_images.#.tags': 'tags',
  backup_id: 'backupId',
  whole_image_type: 'source',
  vault_id: 'vaultId',
  image_url: 'imageUrl',
  min_disk: 'minDiskGb',
  is_quick_import: 'quickImport',
  os_version: 'osVersion',
  os_type: 'osType',
  architecture: 'architecture',
  hw_firmware_type: 'bootMode',
  min_ram: 'minRamMb',
  max_ram: 'maxRamMb',
  cmk_id: 'kmsKeyId',
  enterprise_project_id: 'enterpriseProjectId',
  tags: 'tags',
  image_tags: 'tags',
};

/** The form field a refusal's field names: a body key (`body.min_ram`), or already a form field. */
export function formFieldOf(field: string): string {
  const path = field.replace(/^body\./, '').split('.');
  return domainFieldOf(FORM_FIELD_OF_BODY, path) ?? field;
}

const CHOOSE: Partial<Record<SourceChoice, { field: CreateFormField; message: string }>> = {
  ecs: { field: 'serverId', message: 'Choose an ECS.' },
  bms: { field: 'serverId', message: 'Choose a BMS.' },
  csbs: { field: 'backupId', message: 'Choose a CSBS backup.' },
  cbr: { field: 'backupId', message: 'Choose a CBR backup.' },
  file: { field: 'imageUrl', message: 'Choose an image file.' },
};

function numberProblems(values: CreateFormValues): ShapeProblem<CreateFormValues>[] {
  const fields = fieldsFor(values);
  const problems: ShapeProblem<CreateFormValues>[] = [];
  const ram = (field: 'minRamMb' | 'maxRamMb', label: string) => {
    const text = values[field].trim();
    if (text !== '' && !(WHOLE_NUMBER.test(text) && Number(text) <= LIMITS.maxRamMb))
      problems.push({ field, message: `${label} is a whole number of MB from 0 to ${LIMITS.maxRamMb}.` });
  };
  if (fields.memory) {
    ram('minRamMb', 'Minimum memory');
    ram('maxRamMb', 'Maximum memory');
  }
  if ((fields.systemDisk || fields.dataCapacity) && !WHOLE_NUMBER.test(values.minDiskGb.trim()))
    problems.push({ field: 'minDiskGb', message: 'Enter the disk size as a whole number of GB.' });
  return problems;
}

/**
 * What the backend would refuse as malformed: nothing chosen to create from, numbers that are no
 * numbers, and then every issue of the endpoint's own body schema, with its sentence, on its field.
 */
export function shapeProblems(values: CreateFormValues, server: Server | undefined): ShapeProblem<CreateFormValues>[] {
  const problems: ShapeProblem<CreateFormValues>[] = [];
  const choose = CHOOSE[values.source];
  const chosen =
    values.source === 'file'
      ? values.imageUrl
      : values.source === 'csbs' || values.source === 'cbr'
        ? values.backupId
        : values.serverId;
  if (choose && chosen === '') problems.push({ field: choose.field, message: choose.message });
  if (values.source === 'ecs' && values.imageType === 'data' && values.dataDiskIds.length === 0 && chosen !== '')
    problems.push({ field: 'dataDiskIds', message: 'Choose one or more data disks.' });
  if (values.source === 'ecs' && values.imageType === 'whole' && values.vaultId === '')
    problems.push({ field: 'vaultId', message: 'Choose a CBR vault for the backup of the ECS.' });
  problems.push(...numberProblems(values));
  const request = createRequestOf(values, server);
  const parsed = SCHEMAS[request.endpoint].safeParse(request.body);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push({
        field: formFieldOf(issue.path.map(String).join('.')) as CreateFormField,
        message: issue.message,
      });
  return problems;
}

/** The create.*, import.* and tags.* refusals of the values, each on the field of the same name. */
export function createDenials(viewer: Viewer, ctx: RuleContext, region: RegionId, values: CreateFormValues): Denial[] {
  const denials = createViolations(viewer, ctx, region, createInputOf(values, ctx));
  // Before a file is chosen there is no format or size to judge; the browser asks for one.
  const noFile = values.source === 'file' && values.imageUrl === '';
  const judged = noFile ? denials.filter((d) => d.field === undefined || !FILE_FIELDS.has(d.field)) : denials;
  return [...judged, ...tagSetDenials(values.tags)];
}

const FILE_FIELDS: ReadonlySet<string> = new Set(['imageUrl', 'fileFormat', 'fileSizeGb', 'quickImport']);
