import Typography from '@mui/material/Typography';
import type { PublicImage } from '../../domain';
import { supportedFeatures } from './public-image-text';

/** The features an image supports, as one short line of text (the row stays one or two lines high). */
export function FeatureList({ image }: { image: Pick<PublicImage, 'features'> }) {
  const features = supportedFeatures(image);
  return (
    <Typography variant="body2" component="span" color={features.length === 0 ? 'text.secondary' : 'text.primary'}>
      {features.length === 0 ? 'None' : features.join(', ')}
    </Typography>
  );
}
