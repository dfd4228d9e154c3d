import { PageHeader } from '../../components/page-header';

export function ImageDetailPage() {
  return <PageHeader title="Image details" />;
}
