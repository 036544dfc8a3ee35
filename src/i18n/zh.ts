import type { MessageKey } from './en';
import { zhApp } from './zh/app';
import { zhData } from './zh/data';
import { zhErrors } from './zh/errors';
import { zhResults } from './zh/results';
import { zhTeaching } from './zh/teaching';
import { zhTouch } from './zh/touch';

/**
 * 简体中文目录，按实验室的各部分分文件（zh/）。术语与 ../shared/seeds 中的文章一致：自编码器、重构误差、
 * 阈值、精确率、召回率、ROC 曲线、潜在空间、判别器、生成器、模式崩溃。
 */
export const zh: Record<MessageKey, string> = {
  ...zhApp,
  ...zhData,
  ...zhResults,
  ...zhTeaching,
  ...zhTouch,
  ...zhErrors,
};
