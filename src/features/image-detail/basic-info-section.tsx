import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { enterpriseProjectsQuery } from '../../api/identity';
import { useSession } from '../../api/session-store';
import { formatDateTime, formatGb } from '../../components/format';
import {
  DEFAULT_ENTERPRISE_PROJECT_ID,
  IMAGE_TYPE_LABELS,
  regionName,
  statusLabel,
  type Image,
  type RuleContext,
} from '../../domain';
import { CopiesUnderWay } from '../../components/copies-under-way';
import { DescriptionList, DetailSection } from '../../components/detail-section';
import { ARCHITECTURE_LABELS, BOOT_MODE_LABELS, formatMemory } from './format';

function useEnterpriseProjectName(id: string): string {
  const token = useSession((s) => s.token);
  const { data } = useQuery(enterpriseProjectsQuery(token));
  const found = data?.find((ep) => ep.id === id);
  if (found) return found.name;
  return id === DEFAULT_ENTERPRISE_PROJECT_ID ? 'default' : id;
}

/** Every attribute of the image, as the console names them. */
export function BasicInfoSection({ image, ctx }: { image: Image; ctx: RuleContext }) {
  const enterpriseProject = useEnterpriseProjectName(image.enterpriseProjectId);
  return (
    <DetailSection title="Basic information">
      <DescriptionList
        items={[
          {
            label: 'ID',
            value: (
              <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
                {image.id}
              </Typography>
            ),
          },
          { label: 'Name', value: image.name },
          { label: 'Description', value: image.description === '' ? '—' : image.description },
          { label: 'Type', value: IMAGE_TYPE_LABELS[image.type] },
          {
            label: 'Status',
            value: (
              <>
                {statusLabel(image, ctx)}
                <CopiesUnderWay image={image} />
              </>
            ),
          },
          { label: 'Region', value: regionName(image.regionId) },
          { label: 'OS', value: `${image.platform} (${image.osType})` },
          { label: 'OS version', value: image.osVersion || '—' },
          { label: 'Bit', value: `${image.osBit}-bit` },
          { label: 'Architecture', value: ARCHITECTURE_LABELS[image.architecture] },
          { label: 'Boot mode', value: BOOT_MODE_LABELS[image.bootMode] },
          { label: 'Disk format', value: image.diskFormat.toUpperCase() },
          { label: 'Size', value: formatGb(image.sizeGb) },
          { label: 'Disk capacity', value: formatGb(image.minDiskGb) },
          { label: 'Minimum memory', value: formatMemory(image.minRamMb, 'No minimum') },
          { label: 'Maximum memory', value: formatMemory(image.maxRamMb, 'No limit') },
          { label: 'NIC multi-queue', value: image.nicMultiQueue ? 'Enabled' : 'Disabled' },
          { label: 'Enterprise project', value: enterpriseProject },
          { label: 'Created', value: formatDateTime(image.createdAt) },
          { label: 'Updated', value: formatDateTime(image.updatedAt) },
        ]}
      />
    </DetailSection>
  );
}
