// Sending a file as a multipart form. XMLHttpRequest rather than fetch, because only it reports
// upload progress, and a photo on school wifi can take a while.
import type { z } from 'zod';
import { errorSchema } from '../../../api/schemas.ts';
import { ApiError } from './client.ts';

export function sendForm<S extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
  onProgress?: (fraction: number) => void,
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.responseType = 'json';
    if (onProgress) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
    }
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = schema.safeParse(xhr.response);
        if (parsed.success) resolve(parsed.data);
        else reject(new ApiError(xhr.status, 'unexpected', 'Gatepost did not answer as expected.'));
        return;
      }
      const error = errorSchema.safeParse(xhr.response);
      reject(
        error.success
          ? new ApiError(xhr.status, error.data.error.code, error.data.error.message)
          : new ApiError(xhr.status, 'unexpected', 'The upload failed. Try again in a moment.'),
      );
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'network', 'The upload was interrupted. Check your connection and try again.'));
    xhr.send(form);
  });
}
