import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import Divider from '@mui/material/Divider';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { projectsQuery } from '../../api/identity';
import { membersQuery } from '../../api/members';
import { useSession } from '../../api/session-store';
import { useShareImages } from '../../api/sharing';
import { useViewer } from '../../api/viewer';
import { DialogPlaceholder } from '../../components/dialog-loading';
import { deniedText } from '../../components/denied-reason';
import type { ImageFormProps } from '../../components/form/image-form-dialog';
import { SubmitActions } from '../../components/form/submit-actions';
import { notify } from '../../components/notifications';
import { canShare, type Member, type RuleContext } from '../../domain';
import { parseProjectIds } from '../../domain/wire/sharing';
import { MembersList } from './members-list';
import { MemberCountLine, RecipientChecks, type Directory } from './recipient-checks';
import { checkRecipients, memberCount, serverProblem, shareFormSchema, type ShareFormValues } from './share-form';

export const RECIPIENTS_HELP = 'One or more project IDs of the same region, separated by spaces, commas or new lines.';

/** Loads the image's members (share.member-limit reads them) before the form opens. */
export function ShareImageForm(props: ImageFormProps) {
  const token = useSession((s) => s.token);
  const projectId = useViewer()?.projectIn(props.image.regionId)?.id ?? '';
  const members = useQuery({
    ...membersQuery(token, props.image.regionId, projectId, props.image.id),
    enabled: projectId !== '',
  });
  const directory = useQuery(projectsQuery());

  if (members.data && directory.data)
    return <ShareFields {...props} members={members.data} directory={directory.data} />;
  return (
    <DialogPlaceholder onCancel={props.onClose}>
      {members.isError ? (
        <Alert severity="error">Could not load the members: {members.error.message}</Alert>
      ) : (
        <Stack role="status" aria-label="Loading members" spacing={1}>
          <Skeleton height={40} />
          <Skeleton height={120} />
        </Stack>
      )}
    </DialogPlaceholder>
  );
}

function ShareFields({
  image,
  viewer,
  ctx: baseCtx,
  onClose,
  onDone,
  members,
  directory,
}: ImageFormProps & { members: readonly Member[]; directory: Directory }) {
  const formId = useId();
  const share = useShareImages();
  const [serverError, setServerError] = useState<string | null>(null);
  const ctx: RuleContext = { ...baseCtx, members, projects: directory.projects };
  // The members change after "Stop sharing"; the resolver reads the latest context.
  const ctxRef = useRef(ctx);
  useEffect(() => {
    ctxRef.current = ctx;
  });
  const { control, handleSubmit, formState } = useForm<ShareFormValues>({
    resolver: (v, c, o) => zodResolver(shareFormSchema(image, viewer, ctxRef.current))(v, c, o),
    defaultValues: { recipients: '' },
    mode: 'onChange',
  });
  const text = useWatch({ control, name: 'recipients' });
  const checks = checkRecipients(image, ctx, text);
  const count = memberCount(image, ctx, text);
  const source = canShare(image, viewer, ctx);
  const ids = parseProjectIds(text);
  const decision = ids.length > 0 ? canShare(image, viewer, ctx, { projectIds: ids }) : source;
  const limitDenial = decision.allowed || decision.rule !== 'share.member-limit' ? undefined : decision;
  const fieldError = formState.errors.recipients?.message;

  const submit = handleSubmit(async () => {
    setServerError(null);
    try {
      await share.mutateAsync({ images: [image], projectIds: ids });
      notify(`Image ${image.name} shared with ${ids.length} ${ids.length === 1 ? 'project' : 'projects'}`, 'success');
      onDone();
    } catch (error) {
      setServerError(serverProblem(error));
    }
  });

  return (
    <>
      <DialogContent>
        <Stack component="form" id={formId} spacing={2} noValidate onSubmit={(e) => void submit(e)} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            Image <strong>{image.name}</strong>
          </Typography>
          {!source.allowed && <Alert severity="warning">{deniedText(source)}</Alert>}
          {serverError && (
            <Alert severity="error" role="alert">
              {serverError}
            </Alert>
          )}
          <Controller
            control={control}
            name="recipients"
            render={({ field: { ref, ...field } }) => (
              <TextField
                {...field}
                inputRef={ref}
                label="Project IDs"
                placeholder="e.g. 9f9635df520e68d079bae2abfbe93f0d"
                multiline
                minRows={2}
                maxRows={6}
                size="small"
                disabled={!source.allowed}
                error={text !== '' && fieldError !== undefined}
                helperText={(text !== '' && (limitDenial ? deniedText(limitDenial) : fieldError)) || RECIPIENTS_HELP}
              />
            )}
          />
          <RecipientChecks checks={checks} directory={directory} />
          <MemberCountLine count={count} />
          <Divider />
          <MembersList image={image} viewer={viewer} members={members} directory={directory} onError={setServerError} />
        </Stack>
      </DialogContent>
      <SubmitActions
        onCancel={onClose}
        formId={formId}
        decision={decision}
        disabled={formState.isSubmitting || (decision.allowed && (ids.length === 0 || fieldError !== undefined))}
        busy={formState.isSubmitting}
      >
        Share
      </SubmitActions>
    </>
  );
}
