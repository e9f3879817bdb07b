import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createStrictContext } from './strictContext';

const Greeting = createStrictContext<string | null>('Greeting');

function Show() {
  return <p>{Greeting.use() ?? 'nobody'}</p>;
}

describe('createStrictContext', () => {
  it('gives the provided value, null included', () => {
    render(
      <>
        <Greeting.Provider value="hej">
          <Show />
        </Greeting.Provider>
        <Greeting.Provider value={null}>
          <Show />
        </Greeting.Provider>
      </>,
    );
    expect(screen.getByText('hej')).toBeInTheDocument();
    expect(screen.getByText('nobody')).toBeInTheDocument();
  });

  it('throws, naming the provider, when there is none', () => {
    // React reports the error it rethrows; the test expects exactly that.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Show />)).toThrow('useGreeting() must be used inside <GreetingProvider>');
  });
});
