/**
 * Saves bytes or text as a file from an extension page: a blob URL and a
 * download link, so no `downloads` permission is needed.
 */
export function saveFile(fileName: string, data: Uint8Array | string, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type: `${type};charset=utf-8` }) : new Blob([data.slice()], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke only after the browser has read the URL, or the download is cancelled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
