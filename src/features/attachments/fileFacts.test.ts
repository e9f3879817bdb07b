import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../../test/allTexts';
import { formatFileSize } from './fileFacts';

describe('formatFileSize', () => {
  it('writes sizes the way each language writes numbers, also when the language changes back and forth', async () => {
    const i18n = createTestI18n('sv');
    const size = () => formatFileSize(1_258_292, i18n.getFixedT(null, 'attachments'), i18n.language);
    expect(size()).toBe('1,2\u00a0MB');
    await i18n.changeLanguage('en');
    expect(size()).toBe('1.2\u00a0MB');
    await i18n.changeLanguage('sv');
    expect(size()).toBe('1,2\u00a0MB');
  });
});
