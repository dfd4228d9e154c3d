import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { Image, KmsKey, RuleContext } from '../../domain';
import { DescriptionList, DetailSection } from '../../components/detail-section';

const KEY_STATE_LABELS: Record<KmsKey['state'], string> = {
  enabled: 'Enabled',
  disabled: 'Disabled',
  'pending-deletion': 'Pending deletion',
};

/** The KMS key an encrypted image uses; the key itself can never change (encrypt.key-fixed). */
export function EncryptionSection({ image, ctx }: { image: Image; ctx: RuleContext }) {
  const key = image.kmsKeyId ? ctx.keys.find((k) => k.id === image.kmsKeyId) : undefined;
  return (
    <DetailSection title="Encryption">
      {image.kmsKeyId === null ? (
        <Typography variant="body2">Not encrypted</Typography>
      ) : (
        <DescriptionList
          items={[
            { label: 'Encryption', value: 'Encrypted (KMS)' },
            { label: 'KMS key', value: key?.alias ?? 'Key not found in this project' },
            { label: 'Key ID', value: image.kmsKeyId },
            {
              label: 'Key state',
              value: key ? (
                <Chip
                  size="small"
                  label={KEY_STATE_LABELS[key.state]}
                  color={key.state === 'enabled' ? 'success' : 'default'}
                />
              ) : (
                'Unknown'
              ),
            },
          ]}
        />
      )}
    </DetailSection>
  );
}
