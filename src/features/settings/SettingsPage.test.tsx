import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FA } from '../../../mocks/personas';
import { paths } from '../../routes/paths';
import { withInProcessGateway } from '../../testing/inProcessGateway';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ListTestApp, useCleanBrowserState } from '../../testing/listTestApp';
import { PREFERENCES_STORAGE_KEY, usePreferences } from '../preferences';

const gateway = withInProcessGateway();
useCleanBrowserState();

describe('SettingsPage', () => {
  it('takes focus on its heading and switches the list to compact rows', async () => {
    const { user } = renderWithProviders(<ListTestApp />, { ...gateway.as('anna'), route: paths.settings() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inställningar' })).toHaveFocus();
    const density = screen.getByRole('group', { name: 'Radavstånd i meddelandelistan' });
    expect(within(density).getByRole('radio', { name: 'Normalt' })).toBeChecked();
    await user.click(within(density).getByRole('radio', { name: 'Kompakt' }));
    expect(usePreferences.getState().density).toBe('compact');
    expect(JSON.parse(window.localStorage.getItem(PREFERENCES_STORAGE_KEY) ?? '').state).toEqual({ shortcutsEnabled: true, density: 'compact' });

    await user.click(screen.getByRole('link', { name: 'Tillbaka till brevlådan' }));
    expect(await screen.findByRole('table')).toHaveClass('message-list--compact');
  });

  it('reads only known preference values back from storage', async () => {
    window.localStorage.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify({ state: { shortcutsEnabled: 'nej', density: 'tight', label: 'x' }, version: 1 }));
    await usePreferences.persist.rehydrate();
    expect(usePreferences.getState()).toMatchObject({ shortcutsEnabled: true, density: 'comfortable' });
    expect(usePreferences.getState()).not.toHaveProperty('label');
    renderWithProviders(<ListTestApp />, { ...gateway.as('anna'), route: paths.mailbox(FA.malmoBarnUnga, 'inbox') });
    expect(await screen.findByRole('table')).toHaveClass('message-list--comfortable');
  });
});
