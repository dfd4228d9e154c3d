import { useAnswerShares } from '../../api/shared-images';
import { describeApiError } from '../../api/client';
import { notify } from '../../components/notifications';
import type { Image, MemberStatus } from '../../domain';
import type { AcceptTarget } from './accept-dialog';
import type { Answer } from './shared-image-row';

/**
 * What Undo after a Reject says it did. IMS sets a share only to accepted or rejected (ims-api.md
 * §13.3), so a pending share that was rejected cannot be pending again: Undo accepts it, and says so.
 */
export function undoRejectMessage(name: string, from: MemberStatus | undefined): string {
  return from === 'accepted'
    ? `Accepted ${name} again`
    : `Accepted ${name}: a share cannot return to Pending, so Undo accepts it`;
}

/**
 * A row's answer: accepting a full-ECS image opens the vault dialog; anything else is sent at
 * once and its outcome toasted (a refusal with the rule's reason and hint). A Reject's toast
 * offers Undo, which accepts the image again (through the vault dialog for a full-ECS image).
 */
export function useAnswer(projectId: string, openAccept: (target: AcceptTarget) => void) {
  const answer = useAnswerShares();

  const accept = (image: Image, success: string) => {
    if (image.type === 'whole') {
      openAccept({ kind: 'one', image });
      return;
    }
    answer.mutate(
      { images: [image], projectId, status: 'accepted' },
      {
        onSuccess: () => notify(success, 'success'),
        onError: (error) => notify(`${image.name} was not accepted: ${describeApiError(error)}`, 'error'),
      },
    );
  };

  return (kind: Answer, image: Image, from?: MemberStatus) => {
    if (kind === 'accept') {
      accept(image, `Accepted ${image.name}`);
      return;
    }
    answer.mutate(
      { images: [image], projectId, status: 'rejected' },
      {
        onSuccess: () =>
          notify(`Rejected ${image.name}`, 'success', {
            label: 'Undo',
            run: () => accept(image, undoRejectMessage(image.name, from)),
          }),
        onError: (error) => notify(`${image.name} was not rejected: ${describeApiError(error)}`, 'error'),
      },
    );
  };
}
