import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { projectsQuery } from '../../api/identity';
import { membersQuery } from '../../api/share';
import { useSession } from '../../api/session-store';
import { useViewer } from '../../api/viewer';
import { formatDateTime } from '../../components/format';
import { regionName, type Image, type MemberStatus } from '../../domain';
import { DetailSection } from '../../components/detail-section';

const STATUS: Record<MemberStatus, { label: string; color: 'success' | 'default' | 'error' }> = {
  accepted: { label: 'Accepted', color: 'success' },
  pending: { label: 'Pending', color: 'default' },
  rejected: { label: 'Rejected', color: 'error' },
};

/** The projects the image is shared with, and what each answered. */
export function SharingSection({ image }: { image: Image }) {
  const token = useSession((s) => s.token);
  const projectId = useViewer()?.projectIn(image.regionId)?.id ?? '';
  const members = useQuery({ ...membersQuery(token, image.regionId, projectId, image.id), enabled: projectId !== '' });
  const directory = useQuery(projectsQuery());

  const accountOf = (memberProjectId: string) => {
    const project = directory.data?.projects.find((p) => p.id === memberProjectId);
    const account = project ? directory.data?.accountNames.get(project.accountId) : undefined;
    return { account: account ?? 'Unknown account', region: project ? regionName(project.regionId) : '' };
  };

  let body;
  if (members.isError) {
    body = <Alert severity="error">Could not load the members: {members.error.message}</Alert>;
  } else if (!members.data) {
    body = (
      <div role="status" aria-label="Loading members">
        <Skeleton height={28} />
        <Skeleton height={28} />
      </div>
    );
  } else if (members.data.length === 0) {
    body = <Typography variant="body2">Not shared with any project.</Typography>;
  } else {
    body = (
      <Table size="small" aria-label="Members">
        <TableHead>
          <TableRow>
            <TableCell>Account</TableCell>
            <TableCell>Project ID</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Shared</TableCell>
            <TableCell>Answered</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {members.data.map((m) => {
            const who = accountOf(m.projectId);
            return (
              <TableRow key={m.projectId}>
                <TableCell>
                  {who.account}
                  {who.region && (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {who.region}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{m.projectId}</TableCell>
                <TableCell>
                  <Chip size="small" label={STATUS[m.status].label} color={STATUS[m.status].color} />
                </TableCell>
                <TableCell>{formatDateTime(m.createdAt)}</TableCell>
                <TableCell>{m.status === 'pending' ? '—' : formatDateTime(m.updatedAt)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    );
  }

  return (
    <DetailSection
      title="Sharing"
      aside={
        members.data && (
          <Typography variant="body2" color="text.secondary">
            {members.data.length} {members.data.length === 1 ? 'member' : 'members'}
          </Typography>
        )
      }
    >
      {body}
    </DetailSection>
  );
}
