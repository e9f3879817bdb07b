import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { findPersona } from '../../../mocks/personas';
import { paths, routePatterns } from '../../routes/paths';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ConsolePage } from './ConsolePage';

const sara = findPersona('sara');

describe('ConsolePage', () => {
  it('tells a caseworker she has no access, and shows no section', async () => {
    renderWithProviders(<ConsolePage />, { route: paths.console(), path: routePatterns.console });
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte tillgång till konsolen' })).toHaveFocus();
    expect(screen.queryByRole('navigation', { name: 'Konsolens delar' })).not.toBeInTheDocument();
  });

  it('gives a superuser the sections and opens the first one', async () => {
    const { location } = renderWithProviders(<ConsolePage />, {
      route: paths.console(),
      path: routePatterns.console,
      user: { subject: 'sara', name: sara?.name ?? '', roles: ['superuser', 'caseworker'], organization: { id: '0203:malmo.se', name: 'Malmö stad' } },
    });
    const nav = await screen.findByRole('navigation', { name: 'Konsolens delar' });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual(['Funktionsbrevlådor', 'Behörigheter', 'Logg', 'Adressbok', 'Anslutningstest', 'Driftstatus', 'Gallring', 'Införande']);
    expect(await screen.findByRole('heading', { level: 2, name: 'Funktionsbrevlådor' })).toBeInTheDocument();
    expect(location().pathname).toBe('/konsol/funktionsbrevlador');
  });
});
