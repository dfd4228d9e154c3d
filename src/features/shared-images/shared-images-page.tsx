import { PageHeader } from '../../components/page-header';

export function SharedImagesPage() {
  return <PageHeader title="Images Shared with Me" />;
}
