import type { User, Viewer } from '../domain';
import type { Db } from './db/schema';

/** The user a token belongs to, and the viewer the rules see: every project of the user's account. */
export function viewerFor(db: Db, token: string): { user: User; viewer: Viewer } | undefined {
  if (token === '') return undefined;
  const user = db.users.find((u) => u.token === token);
  if (!user) return undefined;
  const projectIds = db.projects.filter((p) => p.accountId === user.accountId).map((p) => p.id);
  return { user, viewer: { userId: user.id, accountId: user.accountId, role: user.role, projectIds } };
}
