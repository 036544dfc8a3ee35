import { ignoredText } from '../i18n/configMessages';
import { describe, expect, it } from 'vitest';
import { defaultConfig, withModel } from './config';
import { configFromQuery, configToQuery } from './configQuery';

describe('URL configuration', () => {
  it('reads every field of the contract', () => {
    const { config, ignored } = configFromQuery(
      new URLSearchParams(
        'dataset=mnist&normal=7,1&model=dense-ae&layers=64,32&latent=8&lr=0.01&batch=32&epochs=3&seed=5' +
          '&contamination=5&backend=webgl&autostart=1&limit=200',
      ),
    );
    expect(ignored).toEqual([]);
    expect(config).toMatchObject({
      normal: [1, 7],
      layers: [64, 32],
      latent: 8,
      lr: 0.01,
      batch: 32,
      epochs: 3,
      seed: 5,
      contamination: 5,
      backend: 'webgl',
      autostart: true,
      limit: 200,
    });
  });

  it('ignores invalid values with a notice and keeps the default', () => {
    const { config, ignored } = configFromQuery(new URLSearchParams('normal=11&lr=abc&backend=metal&epochs=2.5'));
    expect(config.normal).toEqual(defaultConfig().normal);
    expect(config.lr).toBe(defaultConfig().lr);
    expect(config.backend).toBe('auto');
    expect(ignored).toHaveLength(4);
    expect(ignored).toEqual(
      expect.arrayContaining([
        { name: 'normal', raw: '11', problem: { id: 'whole-list', min: 0, max: 9 } },
        { name: 'lr', raw: 'abc', problem: { id: 'nan' } },
        { name: 'epochs', raw: '2.5', problem: { id: 'whole' } },
        { name: 'backend', raw: 'metal', problem: { id: 'one-of', values: 'auto, webgpu, webgl, wasm, cpu' } },
      ]),
    );
    // Worded by the page in its language.
    const notices = ignored.map((field) => ignoredText('en', field));
    expect(notices).toContain('Ignored backend=metal: expected one of auto, webgpu, webgl, wasm, cpu.');
    expect(notices).toContain('Ignored lr=abc: not a number.');
    expect(
      ignoredText(
        'zh',
        ignored.find((i) => i.name === 'epochs')!,
      ),
    ).toBe('已忽略 epochs=2.5：应为整数。');
  });

  it('opens the CSV view from the URL', () => {
    const { config, ignored } = configFromQuery(new URLSearchParams('dataset=csv'));
    expect(config.dataset).toBe('csv');
    expect(ignored).toEqual([]);
  });

  it('round-trips through the query, writing only what differs from the default', () => {
    expect(configToQuery(defaultConfig())).toBe('');
    const changed = { ...defaultConfig(), normal: [0, 6], lr: 0.005, autostart: true };
    const query = configToQuery(changed);
    expect(query).toBe('normal=0%2C6&autostart=1&lr=0.005');
    expect(configFromQuery(new URLSearchParams(query)).config).toEqual(changed);
  });

  it('carries the operating point: threshold method, manual value and method parameters', () => {
    const { config, ignored } = configFromQuery(
      new URLSearchParams('thresholdmethod=manual&threshold=0.0123456789&thresholdk=3'),
    );
    expect(ignored).toEqual([]);
    expect(config).toMatchObject({ thresholdmethod: 'manual', threshold: 0.0123456789, thresholdk: 3 });
    expect(configFromQuery(new URLSearchParams(configToQuery(config))).config).toEqual(config);
  });

  it('gives a notice for a parameter the lab does not know, as for a bad value', () => {
    const { config, ignored } = configFromQuery(new URLSearchParams('epoch=5&normal=3'));
    expect(config.normal).toEqual([3]);
    expect(ignored.map((field) => ignoredText('en', field))).toEqual([
      'Ignored epoch=5: the lab has no setting called "epoch".',
    ]);
  });

  it("gives a link without a field the detector's own default, and writes only what differs from it", () => {
    const conv = configFromQuery(new URLSearchParams('model=conv-ae')).config;
    expect(conv.epochs).toBe(defaultConfig('conv-ae').epochs);
    expect(conv.epochs).not.toBe(defaultConfig().epochs);
    expect(configToQuery(conv)).toBe('model=conv-ae');
    const dense = configFromQuery(new URLSearchParams('epochs=50&model=conv-ae')).config;
    expect(dense.epochs).toBe(50);
    expect(configToQuery(dense)).toBe('model=conv-ae&epochs=50');
  });

  it('moves fields left at the old default to the new detector, keeping what the user chose', () => {
    const untouched = withModel(defaultConfig(), 'conv-ae');
    expect(untouched).toEqual(defaultConfig('conv-ae'));
    const chosen = withModel({ ...defaultConfig(), epochs: 7 }, 'conv-ae');
    expect(chosen.epochs).toBe(7);
    expect(chosen.latent).toBe(defaultConfig('conv-ae').latent);
    expect(withModel(chosen, 'dense-ae').latent).toBe(defaultConfig().latent);
  });
});
