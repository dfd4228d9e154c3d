import { useAnswerShares } from '../../api/shared-images';
import { describeApiError } from '../../api/client';
import { notify } from '../../components/notifications';
import type { Image } from '../../domain';
import type { AcceptTarget } from './accept-dialog';
import type { Answer } from './shared-image-row';

/**
 * A row's answer: accepting a full-ECS image opens the vault dialog; anything else is sent at
 * once and its outcome toasted (a refusal with the rule's reason and hint).
 */
export function useAnswer(projectId: string, openAccept: (target: AcceptTarget) => void) {
  const answer = useAnswerShares();
  return (kind: Answer, image: Image) => {
    if (kind === 'accept' && image.type === 'whole') {
      openAccept({ kind: 'one', image });
      return;
    }
    const status = kind === 'accept' ? 'accepted' : 'rejected';
    answer.mutate(
      { images: [image], projectId, status },
      {
        onSuccess: () => notify(`${status === 'accepted' ? 'Accepted' : 'Rejected'} ${image.name}`, 'success'),
        onError: (error) => notify(`${image.name} was not ${status}: ${describeApiError(error)}`, 'error'),
      },
    );
  };
}
