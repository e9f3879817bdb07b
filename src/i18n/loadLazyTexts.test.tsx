import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n, loadLazyTexts } from './index';

const later = { sv: { title: 'Senare' }, en: { title: 'Later' } };

describe('loadLazyTexts', () => {
  it('finds the loaders through the instance react-i18next hands to components (a wrapper, not the instance)', async () => {
    let fetched = 0;
    const i18n = createI18n('sv', {
      bundled: { common: { sv: {}, en: {} } },
      onDemand: { shortcuts: async () => (fetched++, later) },
    });
    const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
    const { result } = renderHook(() => useTranslation().i18n, { wrapper });
    await Promise.all([loadLazyTexts(result.current, ['shortcuts']), loadLazyTexts(i18n, ['shortcuts'])]);
    await waitFor(() => expect(i18n.getFixedT('en', 'shortcuts')('title')).toBe('Later'));
    expect(fetched).toBe(1);
  });
});
