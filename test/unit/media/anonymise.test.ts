// One detector for this file: the model singleton loads once in this test worker.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { anonymiseImage } from '../../../services/adapters/media/anonymise.ts';
import { blurAreaForFace } from '../../../services/adapters/media/blur.ts';
import { type Box, containedShare } from '../../../services/adapters/media/geometry.ts';
import { meanAbsoluteDifference, sharedImage } from './hostile-inputs.ts';

// Four faces, well apart (594×383): quick to search and easy to check by hand.
const PHOTO = 'fjs-bbt3.jpg';

async function pixelsIn(jpeg: Buffer, box: Box): Promise<Buffer> {
  return sharp(jpeg).extract({ left: box.x, top: box.y, width: box.w, height: box.h }).raw().toBuffer();
}

/** Mean squared difference between horizontal neighbours: detail that blurring removes. */
function detail(pixels: Buffer, width: number): number {
  let sum = 0;
  for (let i = 3; i < pixels.length; i++) if ((i / 3) % width >= 1) sum += (pixels[i]! - pixels[i - 3]!) ** 2;
  return sum / pixels.length;
}

const inner = (box: Box): Box => ({
  x: Math.round(box.x + box.w / 4),
  y: Math.round(box.y + box.h / 4),
  w: Math.round(box.w / 2),
  h: Math.round(box.h / 2),
});

describe('anonymiseImage', () => {
  it('finds the faces and blurs them beyond recognition', async () => {
    const original = sharedImage(PHOTO);
    const result = await anonymiseImage(original);
    expect(result.faces.length).toBeGreaterThanOrEqual(5);
    expect(result.faces.every((face) => face.action === 'blurred')).toBe(true);
    const source = await sharp(original).jpeg().toBuffer();
    for (const face of result.faces.filter((f) => f.score >= 0.5)) {
      const before = await pixelsIn(source, face.box);
      const after = await pixelsIn(result.image, face.box);
      expect(detail(after, face.box.w)).toBeLessThan(detail(before, face.box.w) / 5);
    }
  });

  it('leaves a kept face as it was and gives faces the same ids every time', async () => {
    const original = sharedImage(PHOTO);
    const first = await anonymiseImage(original);
    // A face whose middle no other face's blurred area reaches.
    const target = first.faces.find((face) =>
      first.faces.every(
        (other) =>
          other === face ||
          containedShare(inner(face.box), blurAreaForFace(other.box, first.width, first.height)) === 0,
      ),
    );
    expect(target).toBeDefined();
    const result = await anonymiseImage(original, { keep: (face) => face.id === target!.id });
    expect(result.faces.map((f) => f.id)).toEqual(first.faces.map((f) => f.id));
    expect(result.faces.find((f) => f.id === target!.id)?.action).toBe('kept');
    expect(result.faces.filter((f) => f.action === 'kept')).toHaveLength(1);
    const middle = inner(target!.box);
    const source = await sharp(original).jpeg({ quality: 88 }).toBuffer();
    const before = await pixelsIn(source, middle);
    const after = await pixelsIn(result.image, middle);
    // Only JPEG re-encoding separates the kept face from the original.
    expect(meanAbsoluteDifference(after, before)).toBeLessThan(4);
    expect(detail(after, middle.w)).toBeGreaterThan(detail(before, middle.w) * 0.7);
  });

  it('blurs areas the officer marks by hand', async () => {
    const region = { x: 10, y: 300, w: 120, h: 60 };
    const result = await anonymiseImage(sharedImage('hu-background.jpg'), { regions: [region] });
    expect(result.blurred).toContainEqual(region);
    const source = await sharp(sharedImage('hu-background.jpg')).jpeg().toBuffer();
    expect(detail(await pixelsIn(result.image, region), region.w)).toBeLessThan(
      detail(await pixelsIn(source, region), region.w) / 3,
    );
  });

  it('finds no face in a landscape and does not ask for review', async () => {
    const result = await anonymiseImage(sharedImage('hu-background.jpg'));
    expect(result.faces).toEqual([]);
    expect(result.review).toEqual({ required: false, reasons: [] });
  });

  it('finds faces in a sideways photo tagged with EXIF orientation 6 and outputs it upright', async () => {
    const original = sharedImage(PHOTO);
    const { width, height } = await sharp(original).metadata();
    // Stored sideways, as a phone held on its side does; orientation 6 says "turn 90° clockwise".
    const turned = await sharp(original).rotate(270).jpeg().toBuffer();
    const sideways = await sharp(turned).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const result = await anonymiseImage(sideways);
    expect([result.width, result.height]).toEqual([width, height]);
    expect((await sharp(result.image).metadata()).orientation).toBeUndefined();
    const upright = await anonymiseImage(original);
    for (const face of upright.faces.filter((f) => f.score >= 0.5)) {
      expect(result.faces.some((other) => containedShare(face.box, other.box) > 0.5)).toBe(true);
    }
  });

  it('removes GPS, EXIF, XMP and ICC metadata from the output', async () => {
    const tagged = await sharp(sharedImage('hu-background.jpg'))
      .withExif({
        IFD0: { Artist: 'Mrs Example', Copyright: 'Example Primary' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '51/1 30/1 0/1',
          GPSLongitudeRef: 'W',
          GPSLongitude: '0/1 7/1 0/1',
        },
      })
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>',
      )
      .withIccProfile('p3')
      .jpeg()
      .toBuffer();
    const before = await sharp(tagged).metadata();
    expect(before.exif && before.xmp && before.icc).toBeTruthy();
    const { image } = await anonymiseImage(tagged);
    const after = await sharp(image).metadata();
    expect([after.exif, after.xmp, after.icc, after.iptc]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const text = image.toString('latin1');
    for (const marker of ['Exif', 'GPS', 'Mrs Example', 'xmpmeta', 'ICC_PROFILE'])
      expect(text).not.toContain(marker);
  });

  it('fails closed on a very dark photo: faces blurred and review required', async () => {
    const dark = await sharp(sharedImage(PHOTO)).linear(0.12, 0).jpeg().toBuffer();
    const result = await anonymiseImage(dark);
    expect(result.review.required).toBe(true);
    expect(result.review.reasons.join(' ')).toMatch(/very dark/);
    expect(result.faces.every((face) => face.action === 'blurred')).toBe(true);
  });

  it('fails closed when detection runs out of time: the whole photo is blurred', async () => {
    const original = sharedImage(PHOTO);
    const result = await anonymiseImage(original, { timeoutMs: 1 });
    expect(result.review.required).toBe(true);
    expect(result.review.reasons.join(' ')).toMatch(/could not be checked/);
    expect(result.blurred).toEqual([{ x: 0, y: 0, w: result.width, h: result.height }]);
    const whole = { x: 0, y: 0, w: result.width, h: result.height };
    const source = await sharp(original).jpeg().toBuffer();
    expect(detail(await pixelsIn(result.image, whole), whole.w)).toBeLessThan(
      detail(await pixelsIn(source, whole), whole.w) / 10,
    );
  });
});
