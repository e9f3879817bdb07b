import { useEffect, useState } from 'react';
import { screen } from '@testing-library/react';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FA } from '../../mocks/personas';
import { useMockService } from '../../mocks/testing';
import { useApiClient } from '../api/ApiClientContext';
import { useSession } from '../auth/SessionContext';
import { useConfig } from '../config/ConfigContext';
import { paths, routePatterns } from '../routes/paths';
import { renderWithProviders } from './renderWithProviders';

useMockService();

function Probe() {
  const api = useApiClient();
  const { user } = useSession();
  const { pollIntervalSeconds } = useConfig();
  const { mailbox } = useParams();
  const navigate = useNavigate();
  const [status, setStatus] = useState<number | null>(null);
  useEffect(() => {
    void api.GET('/addressbook/organizations').then(({ response }) => setStatus(response.status));
  }, [api]);
  return (
    <div>
      <p>Användare: {user.name}</p>
      <p>Brevlåda: {mailbox}</p>
      <p>Intervall: {pollIntervalSeconds}</p>
      <p>Svar: {status ?? 'väntar'}</p>
      <button type="button" onClick={() => void navigate(paths.mailbox(FA.malmoAldreomsorg, 'sent'))}>
        Gå
      </button>
    </div>
  );
}

describe('renderWithProviders', () => {
  it('gives components a signed-in Anna whose token the mock API accepts, route params and config overrides', async () => {
    const { user, location } = renderWithProviders(<Probe />, {
      route: paths.mailbox(FA.malmoBarnUnga),
      path: routePatterns.inbox,
      config: { pollIntervalSeconds: 30 },
    });
    expect(screen.getByText('Användare: Anna Lindqvist')).toBeInTheDocument();
    expect(screen.getByText(`Brevlåda: ${FA.malmoBarnUnga}`)).toBeInTheDocument();
    expect(screen.getByText('Intervall: 30')).toBeInTheDocument();
    expect(await screen.findByText('Svar: 200')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gå' }));
    expect(location().pathname).toBe(paths.mailbox(FA.malmoAldreomsorg, 'sent'));
  });

  it('lets a test choose another user', async () => {
    renderWithProviders(<Probe />, { user: { name: 'Erik Johansson', functionAddresses: [FA.lundSocialtjanst] } });
    expect(screen.getByText('Användare: Erik Johansson')).toBeInTheDocument();
    // Let the request finish before the mock server is reset.
    expect(await screen.findByText('Svar: 200')).toBeInTheDocument();
  });

  it('is a data router like the app’s: useBlocker works, and `routes` adds pages a navigation can reach', async () => {
    const { user, location } = renderWithProviders(<LeaveAsks />, {
      route: '/har',
      path: '/har',
      routes: [{ path: '/dar', element: <h1>Annan sida</h1> }],
    });
    await user.click(screen.getByRole('link', { name: 'Lämna' }));
    const proceed = await screen.findByRole('button', { name: 'Lämna ändå' });
    expect(location().pathname).toBe('/har');

    await user.click(proceed);
    expect(await screen.findByRole('heading', { name: 'Annan sida' })).toBeInTheDocument();
    expect(location().pathname).toBe('/dar');
  });
});

function LeaveAsks() {
  const blocker = useBlocker(true);
  return (
    <>
      <Link to="/dar">Lämna</Link>
      {blocker.state === 'blocked' ? (
        <button type="button" onClick={() => blocker.proceed()}>
          Lämna ändå
        </button>
      ) : null}
    </>
  );
}
