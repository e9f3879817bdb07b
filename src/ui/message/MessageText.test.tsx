import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MessageText } from './MessageText';

function renderText(text: string) {
  return render(<MessageText text={text} />).container;
}

describe('MessageText', () => {
  it('renders the B1.3.3 Markdown subset', () => {
    const container = renderText(
      [
        '# Rubrik ett',
        '###### Rubrik sex',
        '',
        'Det här är **fet** och __också fet__, *kursiv* och _också kursiv_.',
        '',
        '* punkt ett',
        '* punkt två',
        '',
        '1. först',
        '2. sedan',
        '',
        '---',
        '',
        'Rad ett  ',
        'Rad två',
      ].join('\n'),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Rubrik ett' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 6, name: 'Rubrik sex' })).toBeInTheDocument();
    expect(container.querySelectorAll('strong')).toHaveLength(2);
    expect(container.querySelectorAll('em')).toHaveLength(2);
    const items = (selector: string) =>
      [...container.querySelectorAll(`${selector} > li`)].map((li) => li.textContent?.trim());
    expect(items('ul')).toEqual(['punkt ett', 'punkt två']);
    expect(items('ol')).toEqual(['först', 'sedan']);
    expect(container.querySelector('hr')).not.toBeNull();
    expect(container.querySelector('br')).not.toBeNull();
  });

  it('shows raw HTML as literal text and never creates script, img or iframe elements', () => {
    const container = renderText(
      [
        'Hej <b>där</b>',
        '',
        '<script>alert(1)</script>',
        '',
        '<img src=x onerror=alert(2)>',
        '',
        'Inline <iframe src="https://evil.example"></iframe> slut',
      ].join('\n'),
    );
    expect(container.querySelector('script, img, iframe, b')).toBeNull();
    expect(container).toHaveTextContent('<script>alert(1)</script>');
    expect(container).toHaveTextContent('<img src=x onerror=alert(2)>');
    expect(container).toHaveTextContent('Hej <b>där</b>');
    expect(container).toHaveTextContent('Inline <iframe src="https://evil.example"></iframe> slut');
  });

  it('shows links as text plus URL, never as anchors', () => {
    const container = renderText(
      [
        '[klicka](javascript:alert(1)) och [Malmö](https://malmo.se "titel") och <https://lund.se>',
        '',
        '[ref][1]',
        '',
        '[1]: https://example.org',
      ].join('\n'),
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container).toHaveTextContent('klicka (javascript:alert(1))');
    expect(container).toHaveTextContent('Malmö (https://malmo.se)');
    expect(container).toHaveTextContent('https://lund.se');
    expect(container).not.toHaveTextContent('https://lund.se (https://lund.se)');
    expect(container).toHaveTextContent('[1]: https://example.org');
  });

  it('shows images as their alt text only', () => {
    const container = renderText('Se ![karta över Malmö](https://evil.example/track.png) här');
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('Se karta över Malmö här');
    expect(container).not.toHaveTextContent('track.png');
  });

  it('unwraps elements outside the subset but keeps their text', () => {
    const container = renderText(['> citat', '', '`kod`', '', '    indragen kod'].join('\n'));
    expect(container.querySelector('blockquote, code, pre')).toBeNull();
    expect(container).toHaveTextContent('citat');
    expect(container).toHaveTextContent('kod');
    expect(container).toHaveTextContent('indragen kod');
  });
});
