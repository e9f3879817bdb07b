import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextField } from './Field';

describe('TextField', () => {
  it('is labelled, described by its hint, and by its error once it has one', () => {
    const { rerender } = render(<TextField id="dnr" label="Diarienummer" hint="Som i ert diarium" input={{ defaultValue: '' }} />);
    const input = screen.getByRole('textbox', { name: 'Diarienummer' });
    expect(input).toHaveAccessibleDescription('Som i ert diarium');
    expect(input).not.toHaveAttribute('aria-invalid');

    rerender(<TextField id="dnr" label="Diarienummer" hint="Som i ert diarium" error="Ange ett diarienummer" errorPrefix="Fel:" input={{ defaultValue: '' }} />);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/^Som i ert diarium Fel:\s?Ange ett diarienummer$/);
  });

  it('has no description at all when there is nothing to say', () => {
    render(<TextField id="etikett" label="Etikett" input={{ defaultValue: '' }} />);
    expect(screen.getByRole('textbox', { name: 'Etikett' })).not.toHaveAttribute('aria-describedby');
  });
});
