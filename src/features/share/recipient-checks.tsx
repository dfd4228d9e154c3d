import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { regionName, type Project } from '../../domain';
import type { MemberCount, RecipientCheck } from './share-form';

const STATUS_WORD = { pending: 'pending', accepted: 'accepted', rejected: 'rejected' } as const;

export interface Directory {
  projects: readonly Project[];
  accountNames: ReadonlyMap<string, string>;
}

function owner(directory: Directory, projectId: string): string {
  const project = directory.projects.find((p) => p.id === projectId);
  if (!project) return '';
  return `${directory.accountNames.get(project.accountId) ?? project.accountId} · ${regionName(project.regionId)}`;
}

function describe(check: RecipientCheck, directory: Directory): { text: string; tone: 'ok' | 'error' | 'info' } {
  switch (check.state) {
    case 'malformed':
      return { text: check.message, tone: 'error' };
    case 'denied':
      return { text: check.denial.reason, tone: 'error' };
    case 'member':
      return {
        text: `${owner(directory, check.projectId)}: already a member (${STATUS_WORD[check.status]}); sharing again keeps its answer.`,
        tone: 'info',
      };
    case 'ok':
      return { text: owner(directory, check.projectId), tone: 'ok' };
  }
}

const ICONS = {
  ok: <CheckCircleIcon fontSize="small" color="success" aria-hidden="true" />,
  error: <ErrorIcon fontSize="small" color="error" aria-hidden="true" />,
  info: <InfoIcon fontSize="small" color="info" aria-hidden="true" />,
};

/** Every entered project with what the rules say of it, as it is typed. */
export function RecipientChecks({ checks, directory }: { checks: readonly RecipientCheck[]; directory: Directory }) {
  if (checks.length === 0) return null;
  return (
    <List dense disablePadding aria-label="Recipients to add" sx={{ maxHeight: 180, overflowY: 'auto' }}>
      {checks.map((check) => {
        const { text, tone } = describe(check, directory);
        return (
          <ListItem key={check.projectId} disableGutters sx={{ py: 0 }}>
            <ListItemIcon sx={{ minWidth: 28 }}>{ICONS[tone]}</ListItemIcon>
            <ListItemText
              primary={check.projectId}
              secondary={tone === 'error' ? `Refused: ${text}` : text}
              slotProps={{
                primary: { sx: { fontFamily: 'monospace', fontSize: 13 } },
                secondary: { color: tone === 'error' ? 'error' : 'text.secondary' },
              }}
            />
          </ListItem>
        );
      })}
    </List>
  );
}

/** "3 / 10 members after sharing" with a bar, red past the limit. */
export function MemberCountLine({ count }: { count: MemberCount }) {
  const total = count.current + count.adding;
  const over = total > count.limit;
  return (
    <Stack spacing={0.5}>
      <Typography variant="body2" color={over ? 'error' : 'text.secondary'} role="status">
        {`${total} / ${count.limit} members after sharing`}
        {count.adding > 0 ? ` (${count.current} now, ${count.adding} new)` : ''}
      </Typography>
      <Box>
        <LinearProgress
          variant="determinate"
          aria-label="Members against the limit"
          value={Math.min(100, (total / count.limit) * 100)}
          color={over ? 'error' : 'primary'}
        />
      </Box>
    </Stack>
  );
}
