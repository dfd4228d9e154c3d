import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import type { RouteTrail } from '../components/page-header';
import { routes } from './routes';

const pages: RouteObject[] = routes.flatMap((r) => r.children ?? []).filter((r) => !r.index);
const paths = new Set(pages.map((r) => `/${r.path ?? ''}`));

describe('the breadcrumb trail of every page', () => {
  it.each(pages.map((r) => [r.path ?? '', r] as const))('%s declares its trail', (_path, route) => {
    const trail = (route.handle as RouteTrail | undefined)?.trail;
    expect(trail, 'a trail for PageHeader').toBeDefined();
    expect(trail!.length).toBeGreaterThan(0);
  });

  it.each(pages.map((r) => [r.path ?? '', r] as const))('%s links only to pages that exist', (_path, route) => {
    const links = ((route.handle as RouteTrail).trail ?? []).flatMap((c) => (c.to ? [c.to] : []));
    for (const to of links) expect(to === '/' || paths.has(to), `${to} is a route`).toBe(true);
  });

  it('a detail page sits under its list, and every list under the Images group', () => {
    const trailOf = (path: string) =>
      (pages.find((r) => r.path === path)?.handle as RouteTrail).trail.map((c) => c.label);
    expect(trailOf('images/private/:imageId')).toEqual(['Images', 'Private Images']);
    expect(trailOf('images/create')).toEqual(['Images', 'Private Images']);
    expect(trailOf('images/public/:imageId')).toEqual(['Images', 'Public Images']);
    expect(trailOf('images/shared')).toEqual(['Images']);
    expect(trailOf('tasks')).toEqual(['Operations']);
  });
});
