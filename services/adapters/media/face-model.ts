// face-api's SSD MobileNetV1 on the tfjs WASM backend, entirely offline: the .wasm binaries and
// the model weights both come from node_modules. Loaded once per process, on first use.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TNetInput } from '@vladmandic/face-api';

const require = createRequire(import.meta.url);

// The package's main build needs @tensorflow/tfjs-node (which downloads libtensorflow at install);
// the node-wasm build runs on @tensorflow/tfjs + tfjs-backend-wasm instead.
type FaceApi = typeof import('@vladmandic/face-api');

export interface RawDetection {
  /** In the pixels of the tensor given to the model. */
  box: { x: number; y: number; w: number; h: number };
  score: number;
}

export interface FaceModel {
  /** Runs SSD on one RGB image (8-bit, 3 channels). */
  detect(rgb: Uint8Array, width: number, height: number, minScore: number): Promise<RawDetection[]>;
}

let loading: Promise<FaceModel> | undefined;

async function load(): Promise<FaceModel> {
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
  const wasm = require('@tensorflow/tfjs-backend-wasm') as typeof import('@tensorflow/tfjs-backend-wasm');
  const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
  // The upstream demo points at a CDN; the same files ship in the package. The trailing slash matters.
  wasm.setWasmPaths(`${path.join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist')}${path.sep}`);
  // The node-wasm build uses this same @tensorflow/tfjs instance; its bundled typings are partial.
  const tf = faceapi.tf as unknown as typeof import('@tensorflow/tfjs');
  await tf.setBackend('wasm');
  await tf.ready();
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(path.join(packageDir('@vladmandic/face-api'), 'model'));

  return {
    async detect(rgb, width, height, minScore) {
      const tensor = tf.tensor3d(rgb, [height, width, 3], 'int32');
      try {
        // 200 leaves room for a whole-school photo; the default 100 would silently drop faces.
        const options = new faceapi.SsdMobilenetv1Options({ minConfidence: minScore, maxResults: 200 });
        const found = await faceapi.detectAllFaces(tensor as unknown as TNetInput, options);
        return found.map(({ box, score }) => ({
          box: { x: box.x, y: box.y, w: box.width, h: box.height },
          score,
        }));
      } finally {
        tensor.dispose();
      }
    },
  };
}

/** The process-wide model; concurrent first callers share one load, a failed load is retried. */
export function faceModel(): Promise<FaceModel> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
