import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useRuleContext } from '../../api/rule-context';
import { DialogLoading, DialogPlaceholder } from '../../components/dialog-loading';
import type { PublicImage } from '../../domain';
import { LaunchFormLoader } from './create-ecs-dialog';

/**
 * Create ECS from a public image: the same form as for a private image, opened once the region's
 * rule context is loaded (a public image has no owner or share to wait for).
 */
export function PublicCreateEcsDialog({ image, onClose }: { image: PublicImage; onClose: () => void }) {
  const titleId = useId();
  const { ctx, viewer, ready } = useRuleContext(image.regionId);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Create ECS</DialogTitle>
      {viewer && ready ? (
        <LaunchFormLoader image={image} viewer={viewer} ctx={ctx} onClose={onClose} onDone={onClose} />
      ) : (
        <DialogPlaceholder onCancel={onClose}>
          <DialogLoading label="Checking the image…" />
        </DialogPlaceholder>
      )}
    </Dialog>
  );
}
