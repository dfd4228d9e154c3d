import AddIcon from '@mui/icons-material/Add';
import { useNavigate } from 'react-router';
import { DeniableButton } from '../../components/denied-reason';
import { ALLOWED, canCreate, type RegionId, type RuleContext, type Viewer } from '../../domain';

interface CreateImageButtonProps {
  region: RegionId;
  /** Undefined while the viewer or the rule context loads: the page it opens judges again. */
  viewer: Viewer | undefined;
  ctx: RuleContext;
  ready: boolean;
  variant?: 'contained' | 'outlined';
}

/**
 * The console's first action: opens the Create Image page. Denied, with the reason, when no image
 * could be created in the region at all (quota, running creation tasks, a read-only role).
 */
export function CreateImageButton({ region, viewer, ctx, ready, variant = 'contained' }: CreateImageButtonProps) {
  const navigate = useNavigate();
  const decision = viewer && ready ? canCreate(viewer, ctx, region) : ALLOWED;
  return (
    <DeniableButton
      decision={decision}
      size="small"
      variant={variant}
      startIcon={<AddIcon />}
      onClick={() => void navigate('/images/create')}
    >
      Create Image
    </DeniableButton>
  );
}
