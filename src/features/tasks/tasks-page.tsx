import { PageHeader } from '../../components/page-header';

export function TasksPage() {
  return <PageHeader title="Tasks" />;
}
