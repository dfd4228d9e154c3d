import Chip from '@mui/material/Chip';
import { statusLabel, type Image, type RuleContext } from '../../domain';

/** The status as a person reads it ("Exporting" while an export runs); colours only where contrast holds. */
export function ImageStatusChip({ image, ctx }: { image: Image; ctx: RuleContext }) {
  const label = statusLabel(image, ctx);
  const color = label === 'Normal' ? 'success' : image.status === 'killed' ? 'error' : 'default';
  return <Chip size="small" label={label} color={color} />;
}
