/**
 * Saves a decoded attachment through the browser's download, under a name made safe by the
 * caller (safeFileName). The object URL is typed application/octet-stream whatever the file
 * claims to be, so even if a browser navigated to it instead of downloading, it would not render
 * (a blob: URL runs in the app's origin). It is revoked once the download has started.
 */
const REVOKE_AFTER_MS = 10_000;

export function downloadFile(blob: Blob, safeName: string): void {
  const url = URL.createObjectURL(new Blob([blob], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = safeName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking synchronously can cancel the download in some browsers; soon after is enough.
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
