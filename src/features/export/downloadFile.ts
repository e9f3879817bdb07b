/** Hands a Blob to the browser as a download with the given name. */

/** Long enough for every browser to have started reading the object URL. */
const REVOKE_AFTER_MS = 10_000;

export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
