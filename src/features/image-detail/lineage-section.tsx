import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { regionName, type Image, type ImageSource } from '../../domain';
import { DescriptionList, DetailSection, type DescriptionItem } from '../../components/detail-section';
import { SOURCE_KIND_LABELS } from './format';

function SourceValue({ source, regionId }: { source: ImageSource; regionId: Image['regionId'] }) {
  switch (source.kind) {
    case 'unknown':
      return <>{source.origin === '' ? 'Not known' : source.origin}</>;
    case 'ecs':
    case 'bms':
      return (
        <>
          {source.serverName} <span aria-hidden="true">·</span> {source.serverId}
        </>
      );
    case 'csbs-backup':
    case 'cbr-backup':
      return (
        <>
          {source.backupName} <span aria-hidden="true">·</span> {source.backupId}
        </>
      );
    case 'file':
    case 'iso-file':
      return <>{`obs://${source.bucket}/${source.object}`}</>;
    case 'volume':
      return source.volumeName ? (
        <>
          {source.volumeName} <span aria-hidden="true">·</span> {source.volumeId}
        </>
      ) : (
        <>{source.volumeId}</>
      );
    case 'image-copy':
      // The detail page reads the session's region; a parent elsewhere is named, not linked.
      return source.regionId === regionId ? (
        <Link component={RouterLink} to={`/images/private/${source.imageId}`}>
          {source.imageName}
        </Link>
      ) : (
        <>
          {source.imageName} ({regionName(source.regionId)})
        </>
      );
  }
}

/** Null is a fact the answer did not carry (an IMS answer without the mock's lineage attributes). */
const yesNo = (value: boolean | null) => (value === null ? 'Not known' : value ? 'Yes' : 'No');

/** Where the image's content came from, and what that means for it (sharing, export, deletion). */
export function LineageSection({ image }: { image: Image }) {
  const items: DescriptionItem[] = [
    { label: 'Created from', value: SOURCE_KIND_LABELS[image.source.kind] },
    { label: 'Source', value: <SourceValue source={image.source} regionId={image.regionId} /> },
    { label: 'Built from public image', value: image.publicImage ? image.publicImage.name : 'Not known' },
    { label: 'From KooGallery', value: yesNo(image.fromKooGallery) },
    { label: 'Published in KooGallery', value: yesNo(image.publishedInKooGallery) },
  ];
  if (image.source.kind === 'ecs')
    items.push({ label: 'Source ECS had a CSBS backup', value: yesNo(image.sourceServerHadCsbsBackup) });
  return (
    <DetailSection title="Lineage">
      <DescriptionList items={items} />
    </DetailSection>
  );
}
