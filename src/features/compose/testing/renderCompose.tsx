/**
 * Test helper: the composer page (renderWithProviders, whose data router lets the leave guard's
 * useBlocker work) with the pages it leads to: the drafts list for real, the others as stubs
 * that say where we are.
 */
import { FlashNotice } from '../../../ui/layout/FlashNotice';
import { routePatterns } from '../../../routes/paths';
import { renderWithProviders, type RenderWithProvidersOptions, type RenderWithProvidersResult } from '../../../testing/renderWithProviders';
import { ComposePage } from '../ComposePage';
import { DraftsPage } from '../DraftsPage';

export type RenderComposeOptions = Omit<RenderWithProvidersOptions, 'path' | 'routes'> & { route: string };

export function renderCompose(options: RenderComposeOptions): RenderWithProvidersResult {
  return renderWithProviders(<ComposePage />, {
    ...options,
    path: routePatterns.compose,
    routes: [
      { path: routePatterns.drafts, element: <DraftsPage /> },
      {
        path: routePatterns.sent,
        element: (
          <>
            <FlashNotice />
            <h1>Skickat</h1>
          </>
        ),
      },
      { path: routePatterns.inbox, element: <h1>Inkorg</h1> },
      { path: routePatterns.message, element: <h1>Meddelandesidan</h1> },
    ],
  });
}
