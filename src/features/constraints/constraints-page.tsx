import { PageHeader } from '../../components/page-header';

export function ConstraintsPage() {
  return <PageHeader title="Constraints" />;
}
