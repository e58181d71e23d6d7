// Handing a text to the browser as a download (the safety plan's and the incident log's text
// exports). Called only after the person confirmed the plaintext warning.

export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The download has its own copy; drop ours at once.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
