/**
 * What could not be loaded, announced at once (role="alert"), with a retry button when trying
 * again can help (not for a message that does not exist).
 */
export interface LoadErrorProps {
  message: string;
  /** Shown as the button's text; no button without it. */
  retryLabel?: string | undefined;
  onRetry?(): void;
}

export function LoadError({ message, retryLabel, onRetry }: LoadErrorProps) {
  return (
    <div role="alert" className="notice notice--error">
      <p>{message}</p>
      {retryLabel && onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
