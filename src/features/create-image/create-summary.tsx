import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Fragment, type ReactNode } from 'react';
import { formatGb } from '../../components/format';
import { activeJobs, IMAGE_TYPE_LABELS, LIMITS, regionName, type RegionId, type RuleContext } from '../../domain';
import { sourceText } from './create-choices';
import { fieldsFor, type CreateFormValues } from './create-form';

interface CreateSummaryProps {
  region: RegionId;
  values: CreateFormValues;
  ctx: RuleContext;
  names: readonly string[];
  /** The chosen source, as the picker names it. */
  sourceName: string | undefined;
  sizeGb: number | undefined;
  enterpriseProject: string;
}

/** What Create will make, and what it costs of the region's quota and the running-task limit. */
export function CreateSummary(props: CreateSummaryProps) {
  const { region, values, ctx, names, sourceName, sizeGb, enterpriseProject } = props;
  const fields = fieldsFor(values);
  const quota = ctx.quota[region] ?? { used: 0, limit: LIMITS.privateImagesPerRegion };
  const running = activeJobs(ctx, ['create']).length;
  const key = ctx.keys.find((k) => k.id === values.kmsKeyId);
  const items: [string, ReactNode][] = [
    ['Region', regionName(region)],
    ['Type', IMAGE_TYPE_LABELS[values.imageType]],
    [
      'Source',
      `${sourceText(values.imageType, values.source).label}${sourceName ? `: ${sourceName}` : ' (not chosen yet)'}`,
    ],
    [names.length > 1 ? `Images (${names.length})` : 'Image', names.map((n) => n || '(no name yet)').join(', ')],
  ];
  if (sizeGb !== undefined) items.push(['Size', formatGb(sizeGb)]);
  if (fields.file)
    items.push([
      'Import',
      values.imageType === 'iso' ? 'ISO registration' : values.quickImport ? 'Fast import' : 'Normal import',
    ]);
  if (fields.os)
    items.push([
      'OS',
      `${values.osVersion} · ${values.architecture === 'arm' ? 'Kunpeng (Arm)' : 'x86'} · ${values.bootMode.toUpperCase()}`,
    ]);
  items.push(['Encryption', key ? `KMS key ${key.alias}` : 'Not encrypted']);
  items.push(['Enterprise project', enterpriseProject]);
  items.push(['Tags', values.tags.length === 0 ? 'None' : values.tags.map((t) => `${t.key}=${t.value}`).join(', ')]);
  items.push([
    `Private images in ${regionName(region)}`,
    `${quota.used} / ${quota.limit} now, ${quota.used + names.length} / ${quota.limit} after`,
  ]);
  items.push(['Creation tasks running', `${running} / ${LIMITS.concurrentCreateTasks}, ${names.length} more`]);
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', columnGap: 1.5, rowGap: 0.75 }}
    >
      {items.map(([label, value]) => (
        <Fragment key={label}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: 'break-word' }}>
            {value}
          </Typography>
        </Fragment>
      ))}
    </Box>
  );
}
