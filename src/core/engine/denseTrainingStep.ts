import * as tf from '@tensorflow/tfjs';

/**
 * A stack of dense layers trained on the mean squared error with its gradients written out
 * (backpropagation by hand) instead of recorded on TensorFlow.js's tape. The same arithmetic as the
 * tape's: each layer's gradient from its output (relu, sigmoid, tanh, elu, selu all have one), so
 * nothing but the layers' outputs is kept. What it saves is engine work between kernels: the tape
 * ran ~96 kernels a step of the default dense autoencoder (29 Identity, 20 Reshape, a full-size
 * array of ones made in JavaScript for the mean's gradient), this runs 46. On WASM that work is
 * serial; it was a third of a step, and what kept a second thread from paying.
 */

/** SELU's scale and scale x alpha (TensorFlow.js's constants). */
const selu = { scale: 1.0507009873554805, scaleAlpha: 1.7580993408473766 };

/** Activations whose derivative follows from the activation's own output (linear: none to apply). */
const derivatives: Record<string, ((output: tf.Tensor) => tf.Tensor) | null> = {
  linear: null,
  relu: (y) => tf.step(y),
  sigmoid: (y) => tf.mul(y, tf.sub(1, y)),
  tanh: (y) => tf.sub(1, tf.square(y)),
  // elu: y + 1 = exp(x) where x <= 0; selu: y + scale alpha = scale alpha exp(x) there.
  elu: (y) => tf.where(tf.greater(y, 0), 1, tf.add(y, 1)),
  selu: (y) => tf.where(tf.greater(y, 0), selu.scale, tf.add(y, selu.scaleAlpha)),
};

/** Activations a fused product applies itself in the forward pass (TensorFlow.js's list). */
const fused = new Set(['linear', 'relu', 'sigmoid', 'elu']);

interface DenseLayer {
  kernel: tf.Variable;
  bias: tf.Variable | null;
  activation: string;
}

/** A network this step can train: dense layers only, no regularizer or constraint, activations above. */
export type DenseStack = DenseLayer[];

interface DenseInternals {
  kernel?: { read(): tf.Variable };
  bias?: { read(): tf.Variable } | null;
  getConfig(): Record<string, unknown>;
}

/** The network's dense layers, or null where the tape must train it (any other layer or setting). */
export function denseStack(network: tf.Sequential): DenseStack | null {
  const stack: DenseStack = [];
  for (const layer of network.layers) {
    if (layer.getClassName() !== 'Dense') return null;
    const internals = layer as unknown as DenseInternals;
    const config = internals.getConfig();
    const activation = String(config.activation);
    const extras = [
      'kernelRegularizer',
      'biasRegularizer',
      'activityRegularizer',
      'kernelConstraint',
      'biasConstraint',
    ];
    if (!(activation in derivatives) || extras.some((key) => config[key] != null) || !internals.kernel) return null;
    if (!layer.trainable || internals.kernel.read().shape.length !== 2) return null;
    stack.push({ kernel: internals.kernel.read(), bias: internals.bias?.read() ?? null, activation });
  }
  return stack.length > 0 ? stack : null;
}

function forward(layer: DenseLayer, x: tf.Tensor2D): tf.Tensor2D {
  const { kernel, bias, activation } = layer;
  const b = bias ?? undefined;
  if (fused.has(activation)) {
    return tf.fused.matMul({
      a: x,
      b: kernel as tf.Tensor2D,
      bias: b,
      activation: activation as 'relu',
    }) as tf.Tensor2D;
  }
  const linear = tf.fused.matMul({ a: x, b: kernel as tf.Tensor2D, bias: b });
  return (activation === 'tanh' ? tf.tanh(linear) : tf.selu(linear)) as tf.Tensor2D;
}

/**
 * One step: forward through the stack, the mean squared error between its output and `target`,
 * every weight's gradient, then `optimizer` applies them. Returns the loss before the update (as
 * `optimizer.minimize` does); every other tensor it makes is freed.
 */
export function denseTrainingStep(
  stack: DenseStack,
  optimizer: tf.Optimizer,
  input: tf.Tensor2D,
  target: tf.Tensor2D,
): tf.Scalar {
  return tf.tidy(() => {
    const outputs: tf.Tensor2D[] = [];
    for (const layer of stack) outputs.push(forward(layer, outputs[outputs.length - 1] ?? input));
    const difference = tf.sub(outputs[outputs.length - 1], target);
    const loss = tf.mean(tf.square(difference)) as tf.Scalar;
    // d loss / d output of the last layer, then back through each layer.
    let gradient = tf.mul(difference, 2 / difference.size) as tf.Tensor2D;
    const gradients: tf.NamedTensorMap = {};
    for (let i = stack.length - 1; i >= 0; i -= 1) {
      const { kernel, bias, activation } = stack[i];
      const derivative = derivatives[activation];
      if (derivative) gradient = tf.mul(gradient, derivative(outputs[i]));
      gradients[kernel.name] = tf.matMul(i === 0 ? input : outputs[i - 1], gradient, true, false);
      if (bias) gradients[bias.name] = tf.sum(gradient, 0);
      if (i > 0) gradient = tf.matMul(gradient, kernel as tf.Tensor2D, false, true);
    }
    optimizer.applyGradients(gradients);
    return loss;
  });
}
