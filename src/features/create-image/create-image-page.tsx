import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/session-store';
import { PageHeader } from '../../components/page-header';
import { regionName } from '../../domain';
import { choiceFromUrl } from './create-choices';
import { CreateImageForm } from './create-image-form';

/**
 * The Create Image page (`/images/create`): a console form of its own, not a dialog.
 * `?type=` (system | data | whole | iso) and `?source=` (ecs | bms | csbs | cbr | file) preselect
 * the choice; the form keeps them in the URL, so a reload opens the same form. The form starts
 * afresh in another region, whose servers, backups and buckets differ.
 */
export function CreateImagePage() {
  const region = useSession((s) => s.regionId);
  const [params] = useSearchParams();
  const { imageType, source } = choiceFromUrl(params);
  return (
    <>
      <PageHeader
        title="Create Image"
        subtitle={
          <Typography variant="body2" color="text.secondary">
            Region: {regionName(region)}
          </Typography>
        }
      />
      <CreateImageForm key={region} region={region} imageType={imageType} source={source} />
    </>
  );
}
