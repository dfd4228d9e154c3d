import { HttpResponse } from 'msw';
import { DEMO_PASSWORD, tokenRequestSchema, toWireToken } from '../../domain/wire/iam';
import { iamPaths } from '../../domain/wire/paths';
import { imsError } from '../http/errors';
import { route, type Route } from '../http/pipeline';
import { accountName } from './services';

/*
 * The token service, shaped like IAM's Keystone API: a token is issued only to the user who signs
 * in with its password, and read back only by its holder. No answer of the mock carries another
 * user's token (tokens.test.ts proves it for every read).
 */

/** The same answer for an unknown user, a wrong domain and a wrong password, as IAM gives. */
const wrongCredentials = () => imsError(401, 'IAM.0004', 'The user name, account name or password is incorrect.');

const issue = route('post', iamPaths.tokens, { body: tokenRequestSchema, anonymous: true }, (ctx) => {
  const { user: login } = ctx.body.auth.identity.password;
  const account = ctx.db.accounts.find((a) => a.id === login.domain.name || a.name === login.domain.name);
  const user = ctx.db.users.find((u) => u.name === login.name && u.accountId === account?.id);
  if (!user || !account || login.password !== DEMO_PASSWORD) throw wrongCredentials();
  const body = toWireToken(user, account.name, new Date(ctx.now).toISOString());
  return HttpResponse.json(body, { status: 201, headers: { 'X-Subject-Token': user.token } });
});

/** Keystone's token validation, limited to the holder's own token (X-Subject-Token = X-Auth-Token). */
const validate = route('get', iamPaths.tokens, {}, (ctx) => {
  const subject = ctx.request.headers.get('X-Subject-Token');
  if (subject !== null && subject !== ctx.user.token)
    throw imsError(403, 'IAM.0003', 'A token can read only its own identity.');
  const body = toWireToken(ctx.user, accountName(ctx.db, ctx.user.accountId), new Date(ctx.now).toISOString());
  return HttpResponse.json(body, { headers: { 'X-Subject-Token': ctx.user.token } });
});

export const tokenRoutes: Route[] = [issue, validate];
