// An optional photograph per person. Only JPEG and PNG, recognised by their first bytes rather
// than by what the client claims, and at most 512 KB.
import type { UseCaseContext } from '../../core/use-case.ts';
import { AppError, notFound } from '../../core/errors.ts';
import * as repo from './persons.repository.ts';
import { loadPersonInScope } from './persons.service.ts';

export const MAX_PHOTO_BYTES = 512 * 1024;

export function imageType(bytes: Uint8Array): 'image/jpeg' | 'image/png' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

export async function setPhoto(ctx: UseCaseContext, personId: string, base64: string): Promise<void> {
  await loadPersonInScope(ctx, personId, 'person.photo.set');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw new AppError('VALIDATION', undefined, [
      { field: 'imageBase64', message: `larger than ${MAX_PHOTO_BYTES / 1024} KB`, code: 'too_big' },
    ]);
  }
  const contentType = imageType(bytes);
  if (!contentType) {
    throw new AppError('VALIDATION', undefined, [
      { field: 'imageBase64', message: 'must be a JPEG or PNG image', code: 'not_an_image' },
    ]);
  }
  await repo.savePhoto(ctx.trx, personId, contentType, bytes);
  ctx.audit({
    action: 'person.photo.set',
    entityType: 'person',
    entityId: personId,
    personId,
    details: { contentType, bytes: bytes.length },
  });
}

export async function getPhoto(
  ctx: UseCaseContext,
  personId: string,
): Promise<{ contentType: string; data: Uint8Array }> {
  await loadPersonInScope(ctx, personId, 'person.photo.read');
  const photo = await repo.findPhoto(ctx.trx, personId);
  if (!photo) throw notFound('Photo');
  ctx.audit({ action: 'person.photo.read', entityType: 'person', entityId: personId, personId });
  return { contentType: photo.content_type, data: photo.data };
}
