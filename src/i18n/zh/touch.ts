import type { enTouch } from '../en/touch';

/** 学习者可以动手的视图：手绘探针、分类别检测。 */
export const zhTouch: Record<keyof typeof enTouch, string> = {
  'probe.title': '手绘并打分',
  'probe.open': '手绘一个样本并打分',
  'probe.about':
    '画一个样本（或在样本画廊、潜在空间散点图中点一个，从它开始改），检测器边画边打分。画的东西不会用于训练。',
  'probe.canvas': '画布，{side} × {side} 像素。方向键移动光标，空格键用当前工具涂画。',
  'probe.pen': '画笔',
  'probe.eraser': '橡皮',
  'probe.clear': '清空',
  'probe.close': '关闭',
  'probe.from': '从测试样本 {n}（{label}）开始。',
  'probe.fromScratch': '从空白画布开始。',
  'probe.startFrom': '从这个样本开始画',
  'probe.score': '分数',
  'probe.flagged': '在阈值 {threshold} 下判为异常',
  'probe.passes': '在阈值 {threshold} 下判为正常',
  'probe.waiting': '先训练或打开一个检测器，才能给画的样本打分。',
  'probe.busy': '训练结束后会重新打分。',
  'probe.scoring': '打分中…',
  'probe.input': '手绘',
  'probe.output': '重构',
  'probe.error': '误差',
  'probe.marker': '手绘样本',
  'perClass.title': '能找出哪些类别',
  'perClass.about': '每个异常类别：在阈值 {threshold} 下被判为异常的比例（条形），以及它相对正常样本的 AUROC。',
  'perClass.bar': '{label}：{count} 个中 {recall} 被判为异常，AUROC {auroc}。',
  'perClass.figures': '{recall} · AUROC {auroc}',
  'perClass.filter': '在样本画廊中只看这一类。',
  'gallery.onlyClass': '只看 {label}',
  'gallery.allClasses': '显示全部类别',
};
