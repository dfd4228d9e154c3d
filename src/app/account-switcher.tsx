import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeApiError } from '../api/client';
import { identitiesQuery, identityKeys, signIn } from '../api/identity';
import { notify } from '../components/notifications';
import type { WireIdentity } from '../domain/wire/iam';
import { useSession } from '../api/session-store';
import { useViewer } from '../api/viewer';
import { ROLE_LABELS } from '../domain';
import { RoleChip } from './role-chip';
import { TopBarMenuButton } from './top-bar-menu-button';

const SAME_FOR_EVERYONE: readonly (readonly unknown[])[] = [identityKeys.identities, identityKeys.projects, ['mock']];

function isSameForEveryone(key: readonly unknown[]): boolean {
  return SAME_FOR_EVERYONE.some((prefix) => prefix.every((part, i) => key[i] === part));
}

/** Switches between the demo identities; everything on screen reloads as the new user. */
export function AccountSwitcher() {
  const setToken = useSession((s) => s.setToken);
  const client = useQueryClient();
  const identities = useQuery(identitiesQuery());
  const session = useViewer();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  // Switching signs in as the chosen user (the token service issues its token), as a person with
  // that user's password would; no answer ever hands out another user's token.
  const switchTo = async (identity: WireIdentity) => {
    setAnchor(null);
    if (identity.user_id === session?.viewer.userId) return;
    let next: string;
    try {
      next = await signIn(identity);
    } catch (error) {
      notify(`Could not sign in as ${identity.user_name}: ${describeApiError(error)}`, 'error');
      return;
    }
    setToken(next);
    // Most keys do not carry the token: drop every answer given to the previous user and refetch
    // what is shown. The identity directory and the mock's settings are the same for everyone.
    void client.resetQueries({ predicate: (q) => !isSameForEveryone(q.queryKey) });
  };

  // The visible text leads the name after "Account:" so speech and sight agree (WCAG 2.5.3).
  const visible = session ? `${session.userName} · ${session.accountName}` : 'Account';
  const label = session ? `Account: ${visible}, ${ROLE_LABELS[session.role]}` : 'Account';

  return (
    <>
      {session && <RoleChip role={session.role} />}
      <TopBarMenuButton
        label={label}
        icon={<AccountCircleIcon />}
        text={visible}
        menuId="account-menu"
        open={anchor !== null}
        onOpen={setAnchor}
      />
      <Menu id="account-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {(identities.data ?? []).map((identity) => (
          <MenuItem
            key={identity.user_id}
            selected={identity.user_id === session?.viewer.userId}
            onClick={() => void switchTo(identity)}
          >
            <ListItemText
              primary={identity.user_name}
              secondary={`${identity.domain_name} · ${ROLE_LABELS[identity.role]}`}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
