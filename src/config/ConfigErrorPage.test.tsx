import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../testing/allTexts';
import { ConfigErrorPage } from './ConfigErrorPage';
import { parseConfig } from './config';

describe('ConfigErrorPage', () => {
  it('lists every bad field by its path, in Swedish', () => {
    const parsed = parseConfig({ environment: 'QA', apiBaseUrl: '/api', oidc: { authority: 'x', clientId: 'mk', scopes: 'openid' }, pollIntervalSeconds: 1 });
    if (parsed.ok) throw new Error('expected errors');
    render(
      <I18nextProvider i18n={createTestI18n('sv')}>
        <ConfigErrorPage problem="invalid" errors={parsed.errors} environment="QA" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Konfigurationen är felaktig' })).toHaveFocus();
    const items = within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['oidc.authority: måste vara en URL (http eller https)', 'pollIntervalSeconds: måste vara minst 5']);
    expect(screen.getByText('QA')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ladda om sidan' })).toBeInTheDocument();
  });

  it('explains a missing file', () => {
    render(
      <I18nextProvider i18n={createTestI18n('sv')}>
        <ConfigErrorPage problem="missing" errors={[{ field: 'config.json', message: 'saknas på servern (HTTP 404)' }]} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Filen config.json saknas.' })).toBeInTheDocument();
    expect(screen.getByText('saknas på servern (HTTP 404)')).toBeInTheDocument();
  });
});
