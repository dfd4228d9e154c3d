import type { Architecture, BootMode, ImageSource } from '../../domain';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** Console times are UTC so a screenshot and the audit trail agree. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

export function formatGb(gb: number): string {
  return `${gb.toLocaleString('en-US', { maximumFractionDigits: 2 })} GB`;
}

export function formatMemory(mb: number | null, none: string): string {
  return mb === null || mb === 0 ? none : `${mb.toLocaleString('en-US')} MB`;
}

export const BOOT_MODE_LABELS: Record<BootMode, string> = { bios: 'BIOS', uefi: 'UEFI' };
export const ARCHITECTURE_LABELS: Record<Architecture, string> = { x86: 'x86', arm: 'Arm' };

export const SOURCE_KIND_LABELS: Record<ImageSource['kind'], string> = {
  ecs: 'ECS',
  bms: 'BMS',
  'csbs-backup': 'CSBS backup',
  'cbr-backup': 'CBR backup',
  file: 'Image file in OBS',
  'iso-file': 'ISO file in OBS',
  volume: 'EVS disk',
  'image-copy': 'Copy of image',
};
