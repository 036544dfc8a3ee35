/**
 * Up to this many features the classical detectors do their matrix work in float64 JavaScript
 * (exact, scikit-learn's scores to 1e-6); past it (MNIST's 784 pixels) the large products run on
 * the active backend in float32, where a GPU makes them fast and the ranking is what matters.
 */
export const exactWidth = 256;
