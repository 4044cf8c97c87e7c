// The labelled photos in ../shared/faces, used in place (never copied into the repository),
// found beside this checkout wherever it was cloned.
import path from 'node:path';

export const sharedPhoto = (name: string) =>
  path.resolve(import.meta.dirname, '../../../shared/faces/images', name);
