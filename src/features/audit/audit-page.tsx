import { PageHeader } from '../../components/page-header';

export function AuditPage() {
  return <PageHeader title="Audit log" />;
}
