import type { enErrors } from '../en/errors';

/** 错误与恢复提示（每个面向用户的失败都说明原因和做法）。 */
export const zhErrors: Record<keyof typeof enErrors, string> = {
  'err.export': '无法导出：{reason}',
  'err.scorerMissing': '此构建中缺少打分模块（HTTP {status}）。',
  'err.feedbackThreshold': '至少把一个样本标记为"确认是异常"，才能根据反馈设置阈值。',
  'err.interpolation': '插值失败：{reason}',
  'err.dropCsvTrain': '训练之前请先拖入一个 CSV 文件（或选择一个示例）。',
  'err.dropCsv': '请先拖入一个 CSV 文件（或选择一个示例）。',
  'err.wrongKind': '{detector}处理的是{accepts}，而不是{kind}。请选择能处理它的模型（全连接自编码器都能处理）。',
  'err.training': '训练失败：{reason}',
  'err.classical': '运行所有经典检测器时中止：{reason}',
  'err.ensembleNeedsTwo': '集成至少需要此划分上的两个检测器：请先运行一些。',
  'err.saveUntrained': '保存之前请先训练一个检测器（并等它训练完）。',
  'err.savedDownloadOnly': '只保存为下载文件：此浏览器拒绝保存它（{reason}）。',
  'err.save': '无法保存：{reason}',
  'err.modelGone': '这个保存的模型已不在此浏览器中。',
  'err.delete': '无法删除：{reason}',
  'err.rename': '无法重命名：{reason}',
  'err.fileUnreadable': '无法读取 {file}：{reason}',
  'err.stopFirst': '打开已保存的模型之前，请先停止当前的运行。',
  'err.open': '{from}无法打开该模型：{reason}',
  'err.noPreprocessing':
    '这个项目没有可用于给新文件打分的预处理：请在 CSV 视图中拖入 {file}（{rows} 行），然后再打开一次。',
  'err.classifier': '无法加载数字分类器（{reason}）；GAN 样本将没有"像不像数字"的读数。',
  'err.start': '实验室无法启动：{reason}',
  'err.monitor': '监视器已停止：{reason}',
  'err.sample': '无法加载示例 {file}：{reason}',
  'err.scoreFirst': '请先在表格上训练或打开一个模型。',
  'err.scoreFile': '无法给 {file} 打分：{reason}',
  'err.exportFailed': '导出失败：{reason}',

  'notice.loadCancelled': '已取消加载 {file}；保留之前的表格。',

  'err.loadedWithWarnings': '{file} 已加载，但有警告：{warnings}',
  'err.tableLoad': '无法加载 {file}：{reason}',

  'notice.unknownSetting': '已忽略 {name}={raw}：实验室没有名为"{name}"的设置。',
  'notice.badValue': '已忽略 {name}={raw}：{problem}。',
  'notice.backendFallback': '请求的 {requested} 计算后端不可用（{reason}）；改用 {active}。',

  'refusal.non-finite':
    '{total} 个分数中有 {count} 个不是有限数（NaN 或无穷大），因此排名是任意的，不报告任何检测指标。模型可能发散了：请降低学习率，或检查数据中的极端值。',
  'refusal.trained-on-test':
    '这个检测器是在测试样本本身上训练的（GAN 学习了所有数字），检测指标会在它见过的数据上计算，因此不予报告。若要衡量检测效果，请只用正常数字训练 GAN。',

  'err.deviceLost': 'GPU 设备丢失了（{reason}）。',
  'err.memory.batch':
    '这次运行大约需要 {need} 内存（数据 {data}，模型 {model}，一个批次 {activations}），超过了 {backend} 在这里能安全使用的约 {budget}。请减小批大小：占用最多的是批次。',
  'err.memory.layers':
    '这次运行大约需要 {need} 内存（数据 {data}，模型 {model}，一个批次 {activations}），超过了 {backend} 在这里能安全使用的约 ' +
    '{budget}。请使用更窄或更少的隐藏层：占用最多的是模型。',
  'err.memory.rows':
    '这次运行大约需要 {need} 内存（数据 {data}，模型 {model}，一个批次 {activations}），超过了 {backend} 在这里能安全使用的约 ' +
    '{budget}。请减少行数（训练上限 limit）或列数：占用最多的是数据。',

  'recovery.restarted':
    '已恢复：{what} 实验室在 {backend} 上重新启动了计算引擎，重新加载了数据，并用相同的设置重新开始训练。已保存的模型和项目不受影响。',
  'recovery.resumed':
    '已恢复：{what} 实验室在 {backend} 上重新启动了计算引擎，重新加载了数据，并从第 {epoch} 轮结束时的检查点继续训练。已保存的模型和项目不受影响。',
  'recovery.ready':
    '已恢复：{what} 实验室在 {backend} 上重新启动了计算引擎，并重新加载了数据。已保存的模型和项目不受影响。',
  'recovery.crashed': '实验室的工作线程出错了（{reason}）。',
  'recovery.silent': '实验室的工作线程已经 {seconds} 秒没有响应。',
  'recovery.gaveUp':
    '{what} 这个问题反复出现，实验室不再重启计算引擎。请重新加载页面，或换一个计算后端（?backend=wasm）。',
  'recovery.failed': '{what} 重启计算引擎也失败了：{reason}。请重新加载页面。',

  'err.allMarked': '每个训练样本都被标记为异常：请少标记一些，或把一些样本标记为正常。',
  'err.fileShorterThanWindow': '这个模型读取 {window} 行的窗口；而文件只有 {rows} 行。',
  'err.assetLoad': '无法加载 {name} 数据文件（HTTP {status}）。',
  'err.core.saveUntrained': '请先训练一个检测器，再保存它。',
  'err.core.weightsMismatch': '保存的权重与当前配置的检测器不匹配（层数或数据宽度不同）。',
  'err.core.unknownMember': '保存的集成包含一个未知的检测器（{id}）。',
  'err.core.cannotRestore': '项目中的检测器（{id}）无法恢复为{detector}。',
  'err.core.lacksColumn': '文件缺少模型读取的某一列。',
  'err.core.scoreFirst': '给文件打分之前，请先训练或打开一个检测器。',
  'err.core.whatIfRows': '“假如”只能编辑单行；序列模型读取的是若干行组成的窗口。',
  'err.core.noField': '分数场只在二维游乐场的平面上绘制：请先选择游乐场。',
  'err.core.probeShape': '这个样本有 {got} 个值，检测器需要 {width} 个。',
  'err.core.monitorFirst': '请先在序列或表格上训练一个检测器：监视器会把它的行依次送入检测器。',
  'err.core.waitRun': '保存之前，请等待本次运行结束（或停止它）。',
  'err.core.featureMismatch': '保存的检测器读取 {saved} 个特征；而它的预处理产生 {made} 个。',
  'err.core.ganImages': 'GAN 生成的是 [0, 1] 之间的值：请在 MNIST、每行是正方形图像的表格或二维游乐场上使用它们。',
  'err.labels.pickAware': '“用标签重新训练”需要能从标签中学习的检测器：请选择{detectors}。',
  'err.search': '搜索已停止：{reason}',
  'err.search.noValidation': '搜索在验证样本上评判设置：这个划分的训练样本太少，留不出验证样本。',
  'err.search.needsLabels': '这个检测器不报告验证损失，没有标签的搜索无法评判它：请先设置标签预算（带标签的异常数）。',
  'err.core.needsLabels': '{detector}要从带标签的异常中学习，而这个划分里没有：请先设置标签预算（带标签的异常数）。',
  'err.core.explainTables': '解释针对的是表格行：请先加载表格并训练。',
  'err.core.explainDetector': '请在表格上训练一个检测器（不是 GAN），才能解释它的分数。',
  'err.core.notLoaded': '数据集还没有加载。',
  'err.core.itemsImagesOnly': '只有图像数据集（MNIST、Fashion-MNIST）才显示训练样本。',
  'err.core.scoreTableFirst': '给新文件打分之前，请先在表格上训练或打开一个模型。',
  'err.core.scoreFileFirst': '请先给一个文件打分。',
  'err.core.exportUntrained': '导出分数之前，请先在表格上训练一个模型。',
  'err.core.ganMismatch': '保存的生成器和判别器与当前配置的 GAN 不匹配（尺寸不同）。',
  'err.core.encoderMismatch': '保存的编码器与当前配置的 GAN 不匹配（尺寸不同）。',
};
