/**
 * A button for an action that leaves the page (sign out, try signing in again): disabled once
 * pressed, so a second press cannot start it twice while the browser navigates away.
 */
import { useState, type ReactNode } from 'react';

export interface OnceButtonProps {
  className: string;
  onPress(): void;
  children: ReactNode;
  /** Shown instead of `children` once pressed. */
  pressedChildren?: ReactNode;
}

export function OnceButton({ className, onPress, children, pressedChildren }: OnceButtonProps) {
  const [pressed, setPressed] = useState(false);
  return (
    <button
      type="button"
      className={className}
      disabled={pressed}
      onClick={() => {
        setPressed(true);
        onPress();
      }}
    >
      {pressed && pressedChildren !== undefined ? pressedChildren : children}
    </button>
  );
}
