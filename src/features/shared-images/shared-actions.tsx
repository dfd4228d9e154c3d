import AcceptIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import RejectIcon from '@mui/icons-material/HighlightOff';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import type { ImageRow } from '../../api/images';
import { DeniableButton } from '../../components/denied-reason';
import { decideActions, type ImageActionDecision, type ImageActionId } from '../../components/image-actions';
import { can, type Decision, type Image, type MemberStatus, type RuleContext, type Viewer } from '../../domain';

export type Answer = 'accept' | 'reject';

/** What a shared image offers: the answers the rules allow for its status, then the image actions. */
export interface RowActions {
  answers: { answer: Answer; label: string; decision: Decision }[];
  decisions: readonly ImageActionDecision[] | undefined;
}

/** A received image can be replicated (once accepted) and launched; Share shows why it cannot. */
export const SHARED_IMAGE_ACTIONS: readonly ImageActionId[] = ['replicate', 'share', 'launch'];

/** The answers each share status offers: a rejected share can be accepted again, an accepted one removed. */
const ANSWERS: Record<MemberStatus, [Answer, string][]> = {
  pending: [
    ['accept', 'Accept'],
    ['reject', 'Reject'],
  ],
  accepted: [['reject', 'Remove']],
  rejected: [['accept', 'Accept']],
};

/**
 * What a shared image offers, the same on its row and its detail page: the answers the rules allow
 * for its share status, then the image actions the console has (`available`).
 */
export function sharedImageActions(
  row: ImageRow,
  viewer: Viewer,
  ctx: RuleContext,
  projectId: string,
  available: readonly ImageActionId[],
): RowActions {
  const { image } = row;
  const answer = (kind: Answer, label: string) => {
    const status = kind === 'accept' ? 'accepted' : 'rejected';
    // A full-ECS image's vault is chosen in the accept dialog, which runs the rule with it.
    const input = image.type === 'whole' && kind === 'accept' ? undefined : ({ status, projectId } as const);
    return { answer: kind, label, decision: can('accept', image, viewer, ctx, input) };
  };
  const answers = ANSWERS[row.wire.__member_status ?? 'pending'].map(([kind, label]) => answer(kind, label));
  const actions = SHARED_IMAGE_ACTIONS.filter((a) => available.includes(a));
  return { answers, decisions: decideActions(image, viewer, ctx, actions) };
}

interface AnswerButtonsProps {
  image: Image;
  status: MemberStatus;
  answers: RowActions['answers'];
  onAnswer: (answer: Answer, image: Image, from: MemberStatus) => void;
}

/** Accept / Reject / Remove, named with the image (`Accept <name>`); each denied with its reason. */
const ANSWER_ICONS = { accept: AcceptIcon, reject: RejectIcon } as const satisfies Record<Answer, unknown>;

export function AnswerButtons({ image, status, answers, onAnswer }: AnswerButtonsProps) {
  // On a phone the pinned Actions cell would leave the other columns no room: icons, same names.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {answers.map(({ answer, label, decision }) => {
        const Icon = ANSWER_ICONS[answer];
        const button = (
          <DeniableButton
            key={answer}
            decision={decision}
            size="small"
            variant={answer === 'accept' ? 'contained' : 'outlined'}
            color={answer === 'accept' ? 'primary' : 'inherit'}
            aria-label={`${label} ${image.name}`}
            onClick={() => onAnswer(answer, image, status)}
            sx={phone ? { minWidth: 0, px: 0.75 } : undefined}
          >
            {phone ? <Icon fontSize="small" /> : label}
          </DeniableButton>
        );
        return phone && decision.allowed ? (
          <Tooltip key={answer} title={label}>
            {button}
          </Tooltip>
        ) : (
          button
        );
      })}
    </Stack>
  );
}
