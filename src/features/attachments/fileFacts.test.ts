import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n';
import { ALL_TEXTS } from '../../testing/allTexts';
import { formatFileSize } from './fileFacts';

describe('formatFileSize', () => {
  it('writes sizes the way each language writes numbers, also when the language changes back and forth', async () => {
    const i18n = createAppI18n('sv', ALL_TEXTS);
    const size = () => formatFileSize(1_258_292, i18n.getFixedT(null, 'attachments'), i18n.language);
    expect(size()).toBe('1,2\u00a0MB');
    await i18n.changeLanguage('en');
    expect(size()).toBe('1.2\u00a0MB');
    await i18n.changeLanguage('sv');
    expect(size()).toBe('1,2\u00a0MB');
  });
});
