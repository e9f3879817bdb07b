/**
 * A React context that must be provided: its hook throws, naming the missing provider, instead
 * of handing out a null that would fail somewhere later. One helper for the app's contexts
 * (configuration, auth client, session, API client).
 */
import { createContext, useContext, type ReactNode } from 'react';

const MISSING: unique symbol = Symbol('no provider');

export interface StrictContext<T> {
  Provider(props: { value: T; children?: ReactNode }): ReactNode;
  use(): T;
}

/** `name` is used in the error: "useConfig() must be used inside <ConfigProvider>". */
export function createStrictContext<T>(name: string): StrictContext<T> {
  const Context = createContext<T | typeof MISSING>(MISSING);
  return {
    Provider: ({ value, children }) => <Context.Provider value={value}>{children}</Context.Provider>,
    use() {
      const value = useContext(Context);
      if (value === MISSING) throw new Error(`use${name}() must be used inside <${name}Provider>`);
      return value;
    },
  };
}
