import Alert from '@mui/material/Alert';
import Divider from '@mui/material/Divider';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { describeApiError } from '../../api/client';
import { projectsQuery } from '../../api/identity';
import { membersQuery, useShareImages } from '../../api/share';
import { useSession } from '../../api/session-store';
import { useViewer } from '../../api/viewer';
import { DialogPlaceholder } from '../../components/dialog-loading';
import { deniedText } from '../../components/denied-reason';
import { FormTextField } from '../../components/form/form-text-field';
import type { ImageFormProps } from '../../components/form/image-form-dialog';
import { ImageSubject, RuleFormBody } from '../../components/form/rule-form-body';
import { useRuleForm } from '../../components/form/use-rule-form';
import { notify } from '../../components/notifications';
import { canShare, type Member, type RuleContext } from '../../domain';
import { MembersList } from './members-list';
import { MemberCountLine, RecipientChecks, type Directory } from './recipient-checks';
import {
  checkRecipients,
  inputOf,
  memberCount,
  RECIPIENTS_HELP,
  shareDenials,
  shareShape,
  type ShareFormValues,
} from './share-form';

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
  const share = useShareImages();
  // The members change after "Stop sharing"; the form checks with the latest.
  const ctx: RuleContext = { ...baseCtx, members, projects: directory.projects };
  const ruleForm = useRuleForm<ShareFormValues>({
    defaultValues: { projectIds: '' },
    ctx,
    check: (values, latest) => shareDenials(image, viewer, latest, values),
    shape: shareShape,
    submit: async (values) => {
      const { projectIds } = inputOf(values);
      await share.mutateAsync({ images: [image], projectIds });
      const n = projectIds.length;
      notify(`Image ${image.name} shared with ${n} ${n === 1 ? 'project' : 'projects'}`, 'success');
      onDone();
    },
  });
  const { form, values, decision, problem } = ruleForm;
  const text = values.projectIds;
  const source = canShare(image, viewer, ctx);
  const shape = shareShape(values);
  const limitDenial = decision.allowed || decision.rule !== 'share.member-limit' ? undefined : decision;
  // Nothing is said until something is typed; then the form of the ids before what the rules say.
  const fieldProblem =
    text === '' ? undefined : limitDenial ? deniedText(limitDenial) : (shape[0]?.message ?? problem('projectIds'));

  return (
    <RuleFormBody
      ruleForm={ruleForm}
      subject={<ImageSubject name={image.name} />}
      source={source}
      submitLabel="Share"
      // A refused share stays focusable to say why; malformed input only waits for a fix.
      submitDisabled={decision.allowed && shape.length > 0}
      onCancel={onClose}
    >
      <FormTextField
        control={form.control}
        name="projectIds"
        label="Project IDs"
        placeholder="e.g. 9f9635df520e68d079bae2abfbe93f0d"
        multiline
        minRows={2}
        maxRows={6}
        disabled={!source.allowed}
        problem={fieldProblem}
        help={RECIPIENTS_HELP}
      />
      <RecipientChecks checks={checkRecipients(image, ctx, text)} directory={directory} />
      <MemberCountLine count={memberCount(image, ctx, text)} />
      <Divider />
      <MembersList
        image={image}
        viewer={viewer}
        members={members}
        directory={directory}
        onResult={(error) =>
          error === undefined ? ruleForm.clearRefusal() : ruleForm.refuse(undefined, describeApiError(error))
        }
      />
    </RuleFormBody>
  );
}
