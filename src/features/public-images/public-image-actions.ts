import { useRuleContext } from '../../api/rule-context';
import { usePublicImageLaunch, type ImageActionDecision, type ImageActionId } from '../../components/image-actions';
import { canLaunch, type PublicImage, type RegionId } from '../../domain';

/**
 * What the rules let a viewer do with a public image, before any dialog: Create ECS (the
 * `launch` action), denied with its reason for a read-only user. The row menu and the detail
 * toolbar show it ahead of View details and Copy ID.
 */
export function usePublicImageActions(region: RegionId) {
  const launch = usePublicImageLaunch();
  const { ctx, viewer, ready } = useRuleContext(region);
  const decisionsOf = (image: PublicImage): readonly ImageActionDecision[] =>
    launch.available && viewer && ready
      ? [{ id: 'launch', label: 'Create ECS', decision: canLaunch(image, viewer, ctx) }]
      : [];
  const onAction = (action: ImageActionId, image: PublicImage) => {
    if (action === 'launch') launch.open(image);
  };
  return { decisionsOf, onAction };
}
