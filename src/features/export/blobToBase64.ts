/**
 * A Blob's bytes as base64, encoded by the browser (FileReader.readAsDataURL): the reading and
 * encoding happen outside our JavaScript, so a large attachment does not block the main thread
 * while it is encoded. Cost to keep in mind: the result is a string a third larger than the file,
 * held in memory until the XML is built.
 */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      // data:<type>;base64,<data> — the data follows the first comma.
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(blob);
  });
}
