import Typography from '@mui/material/Typography';
import { LIMITS, type Image } from '../../domain';
import { DescriptionList, DetailSection } from '../../components/detail-section';

export function TagsSection({ image }: { image: Image }) {
  return (
    <DetailSection
      title="Tags"
      aside={
        <Typography variant="body2" color="text.secondary">
          {image.tags.length} / {LIMITS.tagsPerImage}
        </Typography>
      }
    >
      {image.tags.length === 0 ? (
        <Typography variant="body2">No tags.</Typography>
      ) : (
        <DescriptionList items={image.tags.map((t) => ({ label: t.key, value: t.value === '' ? '—' : t.value }))} />
      )}
    </DetailSection>
  );
}
