// Reading one uploaded file from a multipart form, inside a route handler (after sign-in and
// the same-origin check, so nobody unauthenticated gets a file buffered).
import type { Request, Response } from 'express';
import multer from 'multer';
import { AppError } from '../domain/errors.ts';

export interface UploadedFile {
  bytes: Buffer;
  filename: string;
  fields: Record<string, string>;
}

export async function readUpload(
  req: Request,
  res: Response,
  field: string,
  maxBytes: number,
): Promise<UploadedFile> {
  if (!req.is('multipart/form-data')) {
    throw new AppError('unsupported_media_type', `Send the file as the multipart form field "${field}".`);
  }
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 20 },
  }).single(field);
  try {
    await new Promise<void>((resolve, reject) =>
      parse(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
    );
  } catch (error) {
    if (error instanceof multer.MulterError) {
      if (error.code === 'LIMIT_FILE_SIZE') {
        throw new AppError(
          'payload_too_large',
          `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`,
        );
      }
      throw new AppError('bad_request', `The upload could not be read: ${error.message}.`);
    }
    throw new AppError('bad_request', 'The upload was cut off or is not a valid multipart form.');
  }
  if (!req.file) throw new AppError('validation_failed', `Attach the file as the form field "${field}".`);
  return {
    bytes: req.file.buffer,
    filename: req.file.originalname,
    fields: (req.body ?? {}) as Record<string, string>,
  };
}
