/** Flags verified in ../shared/NOTES.md; without the Vulkan ones, WebGPU reads return zeros. */
export const webgpuFlags = ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-vulkan=swiftshader'];

/** Flags for any headless run on a machine with a closed network. */
export const baseFlags = [
  '--use-angle=swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
