import type { enApp } from '../en/app';

/** 界面外框：标题栏、训练控制、检测器及其设置、GAN 工作室、训练过程的图表。 */
export const zhApp: Record<keyof typeof enApp, string> = {
  'app.title': '异常检测实验室',
  'app.tagline':
    '用你认定为"正常"的数据训练自编码器——MNIST 手写数字、Fashion-MNIST 或你自己的表格——看看它认为什么是异常。' +
    '一切都在这个标签页里运行。',
  'app.datasets': '数据集',

  'header.switchTo': 'English',
  'header.switchToLabel': '将界面切换为英文',
  'header.copyLink': '复制链接',
  'header.copyLinkTitle': '复制一个能重现当前视图的链接（设置、课程和语言）',
  'header.copied': '链接已复制',
  'header.copyFailed': '浏览器拒绝访问剪贴板，请从地址栏复制',
  'header.present': '演示模式',
  'header.presentOff': '退出演示模式',
  'header.lessons': '课程',
  'header.tour': '导览',

  'train.train': '▶ 训练',
  'train.retry': '↻ 重试',
  'train.pause': '❚❚ 暂停',
  'train.resume': '▶ 继续',
  'train.step': '⏭ 单步',
  'train.stepTitle': '判别器与生成器各训练一轮，然后再次暂停',
  'train.stop': '■ 停止',
  'train.reset': '↺ 重置',
  'train.region': '训练',

  'status.idle': '就绪',
  'status.loading': '加载中',
  'status.training': '训练中',
  'status.paused': '已暂停',
  'status.done': '完成',
  'status.error': '因错误而停止',

  'train.fitted': '已拟合 {percent}%',
  'train.progress.epoch': '第 {done}/{total} 轮',
  'train.progress.step': '第 {done}/{total} 步',
  'train.loss': '损失 {value}',
  'train.loading': '正在加载 {name}',
  'train.progressLabel.step': '已完成的步数',
  'train.progressLabel.epoch': '已完成的轮数',
  'train.progressLabel.percent': '拟合完成的比例',

  'model.title': '模型',
  'model.notAccepted':
    '{detector}只能处理正方形图像（MNIST、Fashion-MNIST，或每行是一张图像的表格）；这个表格请使用全连接自编码器。',
  'model.sized':
    '标有"按表格调整"的字段保留了 MNIST 的默认值，因此由这个表格来设定：隐藏层 [{layers}]，潜在维度 {latent}，批大小 {batch}，{epochs} 轮。输入一个值即可自行选择。',
  'model.backendReloads': '更换计算后端会重新加载页面（该选择保存在 URL 中）。',

  'config.sizedMark': '按表格调整',
  'config.sizedTitle': '已按此表格调整；输入一个值即可自行选择',
  'config.listTitle': '以逗号分隔，每个取值 {range}',
  'config.range': '{min} 到 {max}',

  'loss.title': '损失',
  'loss.region': '损失曲线',
  'loss.perEpoch': '每轮',
  'loss.perStep': '每步',
  'loss.stepLoss': '单步损失',
  'loss.xEpoch': '轮',
  'loss.xStep': '步',
  'loss.kl': 'KL 散度',
  'loss.train': '训练',
  'loss.validation': '验证',
  'loss.summary': '第 {epoch} 轮之后：{parts}。',
  'loss.summaryEmpty': '还没有完成任何一轮。',

  'badge.skipped': '已跳过 {name}：{reason}',
  'badge.first': '{name} 是首选，并且在这里可用。',
  'badge.choosing': '正在选择计算后端…',
  'badge.starting': '启动中…',
  'badge.measured': '已为{detector}实测：{name} 在这台设备上训练最快（每秒训练样本数）。',
  'badge.remembered': '上次访问时已为{detector}实测：{name} 在这台设备上训练最快。',
  'badge.rate': '每秒 {rate} 个样本',
  'badge.software': '（软件适配器：用 CPU 模拟的 GPU）',
  'badge.threads': 'WASM 使用 {count} 个线程计算（页面已跨源隔离）。',
  'badge.oneThread': 'WASM 只用一个线程计算：页面未跨源隔离（实验室安装后重新加载即可）。',
  'badge.remeasure': '重新测量',

  'alert.dismissError': '关闭错误提示',
  'alert.dismissNotice': '关闭通知',

  'decoded.afterFirstEpoch': '第一轮结束后出现。',

  'feedbackButtons.anomaly': '确认是异常',
  'feedbackButtons.normal': '其实是正常的',

  'gan.region': 'GAN 训练曲线',
  'gan.title': '对抗训练',
  'gan.dLoss': 'D 损失',
  'gan.gLoss': 'G 损失',
  'gan.dReal': 'D(x) 真实',
  'gan.dFake': 'D(G(z)) 生成',
  'gan.lossCaption': '每步的损失',
  'gan.beliefCaption': '真实数字上的平均 D(x) 与生成数字上的平均 D(G(z))',
  'gan.healthy':
    '健康的训练会在平衡点附近徘徊：D(x) 略高于 ½，D(G(z)) 略低于 ½，两个损失都不会失控。判别器把真实数字的标签设为 1 − 平滑系数，防止它变得过于自信。',
  'gan.summary': '第 {step} 步：D 损失 {d}，G 损失 {g}，D(x) {real}，D(G(z)) {fake}。',

  'grid.region': '生成的数字',
  'grid.title': '生成的数字',
  'grid.step': '第 {step} 步',
  'grid.empty': '按"训练"：生成器从噪声开始，这个 8×8 网格（始终是同样的 64 个噪声向量）显示它画出的内容。',
  'grid.pickTitle': '选择两个数字，在它们之间插值',
  'grid.sample': '生成样本 {n}',
  'grid.history': '历史：第 {n} 张快照，共 {total} 张',
  'grid.scoreTitle':
    '用实验室的 MNIST 分类器计算 exp(mean KL(p(y|x) || p(y)))：1 = 全都一样或无法辨认，10 = 清晰且均匀分布；真实数字约为 8',
  'grid.score': '分类器得分',
  'grid.reads': '分类器在网格中读出的数字（置信度 {percent}%）',
  'grid.classesLabel': '生成数字的预测类别',
  'grid.classTitle': '{total} 个中有 {count} 个看起来像 {digit}',

  'overlay.region': 'ROC 曲线',
  'overlay.caption': '{n} 个检测器的 ROC 曲线',

  'models.title': '我的模型',
  'models.refuseUntrained': '请先训练一个检测器；训练完成的运行才能保存。',
  'models.refuseShown': '要保存，请先（在排行榜中）重新显示训练好的检测器。',
  'models.nameLabel': '要保存的模型名称',
  'models.namePlaceholder': '模型名称',
  'models.save': '保存',
  'models.exportTitle':
    '一个可在实验室之外为记录打分的 zip：项目文件、打分模块、预处理，以及自编码器或 GAN 的 TensorFlow.js 网络',
  'models.export': '导出',
  'models.openFile': '打开项目文件…',
  'models.opened': '已打开 {name}（保存于 {date}）：',
  'models.identical': '在这里重新计算的分数与保存的完全相同。',
  'models.differ': '在这里重新计算的分数与保存的最多相差 {value}（不同的计算后端舍入方式不同）。',
  'models.none': '保存的模型只留在这个浏览器里；什么都不会离开它。',
  'models.renameLabel': '{name} 的新名称',
  'models.open': '打开',
  'models.download': '下载',
  'models.rename': '重命名',
  'models.delete': '删除',
  'models.deleteLabel': '删除 {name}',

  'modelOnly.region': '已打开的模型',
  'modelOnly.notKnown': '未知',
  'modelOnly.about': '{detector}，保存于 {date}，阈值',
  'modelOnly.measured': '保存时测得 AUROC {auroc}，AUPRC {auprc}，最佳 F1 {f1}。',
  'modelOnly.withoutData':
    '在没有数据的情况下打开：它是在 {file}（{rows} 行）上训练的。可以在下面用它给新文件打分；若要再次看到它在该文件上的分数、直方图和指标，请把该文件拖到此视图中，然后再打开一次模型。',

  'box.summary':
    '{name}，训练行：中位数 {median}，四分位数 {q1} 到 {q3}，须线 {low} 到 {high}，{outliers} 个在围栏之外',

  'list.or': '或',

  'models.suggested': '{data}上的{detector}',
  'models.aTable': '一个表格',
  'models.imageData': '{set}，正常类别 {classes}',

  'gan.hint.discriminator-wins':
    '判别器完全占了上风（D 损失接近 0，D(G(z)) 接近 0）：生成器得不到有用的梯度。请降低 D 的学习率、提高标签平滑，或让生成器多训练几步。',
  'gan.hint.generator-explodes':
    '生成器损失在爆炸：它完全骗不过判别器。试试降低 D 的学习率，或减少每步 G 对应的 D 步数。',
  'gan.hint.mode-collapse': '样本看起来都一样（模式崩溃）。换一个随机种子、降低学习率或增加标签平滑后重新开始。',
  'gan.phase.scoringDisc': '正在用判别器打分…',
  'gan.phase.encoder': '正在训练编码器（f-AnoGAN）：第 {step}/{total} 步…',
  'gan.phase.scoringEncoder': '正在用编码器打分…',

  'size.warning':
    '模型有 {weights} 个权重，却只从 {rows}（{values} ' +
    '个值）中学习，因此它能把它们全部记住：训练误差会接近零，而分数对新行说明不了什么。几百行数据才能得到值得信任的检测器；更小的模型（更少的隐藏单元、更窄的潜在维度）记住的更少。',
  'size.trainingRow': '{n} 个训练行',
  'size.trainingRows': '{n} 个训练行',

  'train.diverged':
    '损失变成了 NaN 或无穷大，因此训练已停止，并保留了最后一组正常的权重。请尝试降低学习率或减小批大小。',
  'train.ganDiverged': 'GAN 的损失变成了 NaN 或无穷大，因此训练已停止，两个网络都回到了上一个快照。请尝试降低学习率。',
  'train.encoderDiverged': '编码器的损失变成了 NaN 或无穷大；编码器保留其最后一组正常的权重。',

  'project.not-project': '这不是异常检测实验室的项目文件（它的开头与项目文件不同）。',
  'project.newer':
    '这个项目是由较新版本的实验室保存的（格式 {version}）；当前版本只能读取格式 {supported}。请在新版实验室中打开。',
  'project.incomplete': '项目文件不完整或已损坏（{length} 个字符无法读取为项目）；是不是下载被中断了？请重新保存。',
  'project.checksum': '项目文件已损坏：内容与校验和不符。请重新保存。',
  'project.invalid': '项目文件已损坏：{detail}',
};
