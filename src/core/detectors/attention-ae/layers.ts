import * as tf from '@tensorflow/tfjs';

/**
 * The two layers a transformer needs that tfjs-layers lacks, written on tfjs ops so they train on
 * every backend: sinusoidal positional encoding, and an encoder block (multi-head self-attention
 * and a feed-forward network, each with a residual connection and layer normalisation).
 */
type Shape = (number | null)[];

function single(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return Array.isArray(inputs) ? inputs[0] : inputs;
}

/** Adds sin/cos of the step at geometrically spaced frequencies (Vaswani et al. 2017), so order matters. */
export class PositionalEncoding extends tf.layers.Layer {
  static className = 'LabPositionalEncoding';

  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }

  call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = single(inputs);
      const [, steps, width] = x.shape as number[];
      const table = new Float32Array(steps * width);
      for (let t = 0; t < steps; t += 1) {
        for (let i = 0; i < width; i += 1) {
          const angle = t / 10000 ** ((2 * Math.floor(i / 2)) / width);
          table[t * width + i] = i % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
        }
      }
      return x.add(tf.tensor2d(table, [steps, width]));
    });
  }
}

interface BlockConfig {
  heads: number;
  hidden: number;
  seed: number;
}

/** Normalises each step's features to zero mean and unit variance, then scales and shifts them. */
function layerNorm(x: tf.Tensor2D, gamma: tf.Tensor, beta: tf.Tensor): tf.Tensor2D {
  const { mean, variance } = tf.moments(x, -1, true);
  return x
    .sub(mean)
    .mul(tf.rsqrt(variance.add(1e-5)))
    .mul(gamma)
    .add(beta);
}

export class TransformerBlock extends tf.layers.Layer {
  static className = 'LabTransformerBlock';
  private readonly settings: BlockConfig;
  private parts: Record<string, tf.LayerVariable> = {};

  constructor(settings: BlockConfig & { name?: string }) {
    super({ name: settings.name });
    this.settings = { heads: settings.heads, hidden: settings.hidden, seed: settings.seed };
  }

  build(inputShape: Shape | Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as Shape;
    const width = shape[shape.length - 1] as number;
    const { hidden, seed, heads } = this.settings;
    if (width % heads !== 0) throw new Error(`The model width ${width} does not split into ${heads} attention heads.`);
    let k = 0;
    const matrix = (name: string, rows: number, cols: number) =>
      (this.parts[name] = this.addWeight(
        name,
        [rows, cols],
        'float32',
        tf.initializers.glorotUniform({ seed: seed + k++ }),
      ));
    const vector = (name: string, size: number, value: number) =>
      (this.parts[name] = this.addWeight(name, [size], 'float32', tf.initializers.constant({ value })));
    for (const name of ['query', 'key', 'value', 'out']) {
      matrix(name, width, width);
      vector(`${name}Bias`, width, 0);
    }
    matrix('ff1', width, hidden);
    vector('ff1Bias', hidden, 0);
    matrix('ff2', hidden, width);
    vector('ff2Bias', width, 0);
    for (const norm of ['norm1', 'norm2']) {
      vector(`${norm}Gamma`, width, 1);
      vector(`${norm}Beta`, width, 0);
    }
    this.built = true;
  }

  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }

  call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = single(inputs);
      const [batch, steps, width] = x.shape as number[];
      const { heads } = this.settings;
      const size = width / heads;
      const w = (name: string) => this.parts[name].read();
      const flat = x.reshape([batch * steps, width]) as tf.Tensor2D;
      // [batch * steps, width] -> [batch * heads, steps, size]: each head attends on its own slice.
      const project = (name: string) =>
        flat
          .matMul(w(name) as tf.Tensor2D)
          .add(w(`${name}Bias`))
          .reshape([batch, steps, heads, size])
          .transpose([0, 2, 1, 3])
          .reshape([batch * heads, steps, size]) as tf.Tensor3D;
      const query = project('query');
      const key = project('key');
      const value = project('value');
      const weights = tf.softmax(tf.matMul(query, key, false, true).mul(1 / Math.sqrt(size)));
      const attended = tf
        .matMul(weights, value)
        .reshape([batch, heads, steps, size])
        .transpose([0, 2, 1, 3])
        .reshape([batch * steps, width]) as tf.Tensor2D;
      const mixed = attended.matMul(w('out') as tf.Tensor2D).add(w('outBias')) as tf.Tensor2D;
      const first = layerNorm(flat.add(mixed), w('norm1Gamma'), w('norm1Beta'));
      const fed = tf
        .relu(first.matMul(w('ff1') as tf.Tensor2D).add(w('ff1Bias')))
        .matMul(w('ff2') as tf.Tensor2D)
        .add(w('ff2Bias')) as tf.Tensor2D;
      return layerNorm(first.add(fed), w('norm2Gamma'), w('norm2Beta')).reshape([batch, steps, width]);
    });
  }

  getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), ...this.settings };
  }
}

tf.serialization.registerClass(PositionalEncoding);
tf.serialization.registerClass(TransformerBlock);
