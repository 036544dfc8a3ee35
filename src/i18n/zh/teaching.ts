import type { enTeaching } from '../en/teaching';

/** 教学：课程、导览、术语表、帮助文字和预训练起点。 */
export const zhTeaching: Record<keyof typeof enTeaching, string> = {
  'pretrained.title': '预训练的起点',
  'pretrained.body':
    '这个{detector}在你到来之前就已训练好：由 scripts/build-pretrained.mjs 训练（随机种子 42，在 {backend} 上用时 ' +
    '{minutes} 分钟），随实验室一同发布，所以图表立即可用。下面的一切都是真实的：拖动阈值、查看数字、做比较。',
  'pretrained.auroc': '它在这次划分上的 AUROC：{value}。',
  'pretrained.classifierScore': '它生成的网格在数字分类器上的得分为 {value}（真实数字约为 8.9）。',
  'pretrained.trainYourOwn': '自己训练一个',
  'pretrained.trainYourOwnTitle': '用当前显示的设置训练一个新的检测器（会替换屏幕上的这个）',
  'pretrained.unavailable': '无法打开预训练的起点（{reason}）；请按"训练"自己训练一个。',

  'lessons.title': '课程',
  'lessons.intro': '每节课都会为一个概念设置好实验室：一个目标、要观察什么，以及一个需要回答的问题。',
  'lessons.close': '关闭列表',

  'lesson.panelLabel': '课程',
  'lesson.goal': '目标',
  'lesson.watch': '观察什么',
  'lesson.question': '问题',
  'lesson.loadSample': '加载示例数据：{name}',
  'lesson.next': '下一课：{title}',
  'lesson.exit': '离开课程',
  'lesson.count': '第 {n} 课，共 {total} 课',
  'lesson.reconstruction-error.title': '把重构误差当作异常分数',
  'lesson.reconstruction-error.goal': '理解为什么只用数字 1 训练的自编码器，会给其他数字很大的重构误差。',
  'lesson.reconstruction-error.watch':
    '看直方图：正常的 1 堆在左边，其他数字散布在右边。在图库中打开得分最高的数字，把每个输入与它的重构结果对比。',
  'lesson.reconstruction-error.question': '哪些数字的误差最大？一个 7 的重构结果看起来像什么？为什么？',
  'lesson.thresholds.title': '如何选阈值：均值 + k·标准差、百分位数还是最佳 F1',
  'lesson.thresholds.goal': '比较把分数变成"是/否"判断的三种方法，以及每种方法在精确率和召回率上的代价。',
  'lesson.thresholds.watch':
    '在均值 + k·标准差、百分位数和最佳 F1 之间切换阈值方法，观察直方图上的阈值线和混淆矩阵。然后自己拖动阈值。',
  'lesson.thresholds.question': '哪种方法需要标签？如果异常只占千分之一、而且没有人标注过，你会用哪一种？',
  'lesson.contamination.title': '被污染的训练数据',
  'lesson.contamination.goal': '用暗中混入了 10% 异常的"正常"数据训练，看看检测效果会变差多少。',
  'lesson.contamination.watch':
    '按"训练"。在排行榜中把 AUROC 与干净数据的结果比较（先打开预训练的起点，或用污染率 0 训练一次），' +
    '并观察训练集直方图中的异常样本。',
  'lesson.contamination.question': '为什么见过几个 7 的自编码器能把 7 重构得更好？你会怎样清洗训练集？',
  'lesson.bottleneck.title': '瓶颈：潜在空间可以多小？',
  'lesson.bottleneck.goal': '先用 2 维的潜在空间训练，再用 32 维训练，然后比较。',
  'lesson.bottleneck.watch':
    '看重构结果（模糊还是清晰？）、排行榜中每次运行的 AUROC；潜在维度为 2 时还可以看潜在空间散点图：异常落在哪里？',
  'lesson.bottleneck.question': '瓶颈越大，重构得越好。它的检测也更好吗？什么时候会大得过头？',
  'lesson.compare-detectors.title': '自编码器、GAN 还是经典检测器？',
  'lesson.compare-detectors.goal': '在同一划分上把深度检测器和经典检测器放在一起：PCA、孤立森林、自编码器、GAN。',
  'lesson.compare-detectors.watch':
    '先训练 PCA（已预设），再依次选择孤立森林、全连接自编码器和 MLP GAN 并分别训练；' +
    '排行榜会在同一划分上给它们排名，并叠加它们的 ROC 曲线。',
  'lesson.compare-detectors.question': '在这里哪个最好、哪个最快？最好的那个值得花那么长的训练时间吗？',
  'lesson.known-unknown.title': '已知与未知的异常：它只能找到见过的那种吗？',
  'lesson.known-unknown.goal': '先用 20 个带标签的 7 训练深度 SAD（预设），再在同一划分上训练有监督分类器，然后比较。',
  'lesson.known-unknown.watch':
    '在检测面板中，对比“已知类别”（7）上的 AUROC 和“未知类别”（其他所有数字）上的 AUROC。然后清空“已知的异常类别”，让 20 个标签来自所有类别，再把两个检测器各训练一次。',
  'lesson.known-unknown.question':
    '分类器只见过 7：它找 4 找得怎么样？深度 SAD 同时学习了正常样本的样子，为什么在没有标签展示过的类别上损失更小？',
  'lesson.draw-anomaly.title': '画一个检测器漏掉的异常',
  'lesson.draw-anomaly.goal':
    '用数字 1 的自编码器（预设），在“手绘并打分”中先画一个 1，再画一个不是 1 却仍低于阈值、被判为正常的图形。',
  'lesson.draw-anomaly.watch': '边画边看分数和判定、直方图上的菱形标记，以及误差图：重构没能还原你的笔画的地方。',
  'lesson.draw-anomaly.question':
    '哪些不是 1 的图形能蒙混过关？它们和 1 有什么共同点？这说明重构误差能看到什么、看不到什么？',
  'lesson.per-class.title': '哪些数字看起来像 1？',
  'lesson.per-class.goal': '在“检测”下查看数字 1 自编码器的“能找出哪些类别”，然后拖动阈值。',
  'lesson.per-class.watch':
    '每个条形：该数字在阈值下被判为异常的比例，以及它的 AUROC。点击最短的条形，在样本画廊中只看这个数字。',
  'lesson.per-class.question': '它最容易把哪些数字当成 1？为什么是这些？提高阈值后，顺序会变吗？',
  'lesson.field-shapes.title': '为什么孤立森林的分数场有棱角',
  'lesson.field-shapes.goal':
    '在二维游乐场的“疏密两簇”点上，孤立森林会立即训练（预设）；然后点击“在这些点上比较所有检测器”。',
  'lesson.field-shapes.watch':
    '看每个分数场及其阈值轮廓的形状：方框和棱角（孤立森林、HBOS、IQR 围栏）、椭圆（马氏距离）、贴着点分布的形状（k 近邻、LOF）。在两簇之间放一个异常点，看谁能把它找出来。',
  'lesson.field-shapes.question':
    '孤立森林每次只沿一个坐标轴切分：为什么这会产生棱角？哪些检测器对紧簇和松簇一视同仁，哪些会把松簇的边缘判为异常？',
  'lesson.gan-collapse.title': 'GAN 何时会模式崩溃',
  'lesson.gan-collapse.goal': '在游乐场的两团点上训练 MLP GAN（预设），然后暂停，手动单步训练。',
  'lesson.gan-collapse.watch':
    '绿色叉号是生成器生成的样本；颜色是判别器的分数场。只更新 D：分数场会变，叉号不动。只更新 G：叉号会朝分数场认为“真实”的地方移动。用慢动作看叉号是覆盖两团点，还是挤到其中一团上。',
  'lesson.gan-collapse.question':
    '如果所有叉号都落在一团点上，判别器仍然能把它们分辨出来：为什么这没能把生成器拉回另一团？那时判别器的分数场是什么样子？',
  'lesson.gan-dynamics.title': 'GAN 的训练动态与模式崩溃',
  'lesson.gan-dynamics.goal': '把 GAN 看作一场双人博弈：判别器 D 负责鉴别，生成器 G 负责伪造数字。',
  'lesson.gan-dynamics.watch':
    '先看预训练生成器的网格和类别直方图。然后把 D 的学习率设为 0.002 并训练，' +
    '观察 D(x)、D(G(z)) 以及类别直方图：十个数字都还在吗？',
  'lesson.gan-dynamics.question': '模式崩溃在网格和类别直方图里是什么样子？D(G(z)) 接近 0 意味着什么？',
  'lesson.series.title': '时间序列中的异常：点异常、上下文异常、集体异常',
  'lesson.series.goal': '用滑动窗口扫描西雅图四年的天气，找出不合常理的日子。',
  'lesson.series.watch':
    '加载示例数据，保留日期作为排序列，然后训练。序列图会标出被标记的窗口；排名表列出它们以及导致各自得分的列。',
  'lesson.series.question':
    '找出一个点异常（某一天很怪）、一个上下文异常（在七月正常、在一月就反常）和一个集体异常（连续几天）。' +
    '长度为 7 的窗口最擅长发现哪一种？',
  'lesson.your-table.title': '你自己的表格',
  'lesson.your-table.goal': '拖入一个 CSV（或先用企鹅数据），指定哪一列是标签、哪些取值算正常，然后训练。',
  'lesson.your-table.watch':
    '看列的处理方案（每一列变成了什么）、异常行的排名表，以及每一行的解释。数据不会离开这个标签页。',
  'lesson.your-table.question': '哪些列决定了排在最前面的行？你会信任这个检测器去处理明天的文件吗？给新文件打分看看。',

  'help.show': '我在看什么？',
  'help.hide': '隐藏说明',
  'help.whatLabel': '你看到的是',
  'help.tryLabel': '试试这样做',
  'help.terms': '术语',
  'help.train.what':
    '"训练"会在后台线程中按批次把模型拟合到你选的正常数据上，页面因此保持流畅。状态行显示当前轮次（完整遍历一遍数据）和当前损失。',
  'help.train.try': '在训练中途按"暂停"，看看图表，再按"继续"。"重置"会清除本次运行，但保留设置。',
  'help.data.what':
    '正常类别就是模型学习的对象。给测试数字打分时，其他所有类别都算作异常。污染率会把一些异常混入训练数据，真实数据往往就是这样。',
  'help.data.try': '把 1 和 7 都设为正常类别，看看哪些数字变成了最难发现的异常。',
  'help.model.what':
    '检测器及其结构。自编码器把每个输入压缩到一个很小的潜在空间，再重建出来；它从没见过的东西会被重建得很差。潜在维度越小，压缩越强。',
  'help.model.try': '把潜在维度设为 2 再训练：重构会变模糊，并出现潜在空间散点图。',
  'help.loss.what':
    '损失是训练批次（以及留出的验证数据）上的平均重构误差。下降说明模型在学习；两条线之间出现差距说明它在死记硬背。',
  'help.loss.try': '把学习率调到 0.05 再训练：曲线会来回跳动或停滞不前。',
  'help.detect.what':
    '每个测试样本都会得到一个分数（它的重构误差）。直方图把正常样本和异常样本分开显示；阈值线把"标记为异常"和"放行"分开，下面的数字说明这样划分有多好。',
  'help.detect.try': '把阈值向左拖：召回率上升，精确率下降。看混淆矩阵如何计算这笔交换。',
  'help.samples.what': '上面是测试输入，下面是模型重建出的结果。正常样本重建得很清晰，异常样本则被重建得像正常类别。',
  'help.samples.try': '找一个重构结果看起来像正常数字的异常样本：这正是它得分高的原因。',
  'help.gan.what':
    '两个网络相互竞争：生成器从噪声中画出数字，判别器分辨真假。D(x) 是它对真实数字的置信度，D(G(z)) 是对生成数字的置信度；网格显示 G 用固定噪声画出的内容。',
  'help.gan.try': '把网格的历史滑块从第一张快照拖到最后一张。类别直方图一直保持均匀吗？',
  'help.csv.what':
    '你的表格只留在这个标签页里：在这里解析，每一列变成数字（缩放、独热编码或舍弃），一行的分数就是检测器解释它的困难程度。',
  'help.csv.try': '选择标签列和正常取值；没有标签时，实验室仍会为异常行排序。',
  'help.models.what':
    '"保存"会把训练好的检测器保存在此浏览器中，并下载为项目文件；"打开"会连同阈值和分数一起恢复它。"导出"会生成一个可在实验室之外为记录打分的 zip。',
  'help.models.try': '保存，刷新页面，再从"我的模型"中重新打开。',
  'help.leaderboard.what': '同一划分上的每次运行都会按 AUROC 在这里排名，并附上用时，让检测器之间的比较公平。',
  'help.leaderboard.try': '勾选两次运行，叠加它们的 ROC 曲线。',

  'glossary.reconstruction-error.term': '重构误差',
  'glossary.reconstruction-error.text':
    '自编码器的输出与输入之间的差距，在像素或特征上取平均（均方误差）。只用正常数据训练的模型能很好地重建正常样本，' +
    '而对其他样本重建得很差，因此这个误差可以作为异常分数。',
  'glossary.threshold.term': '阈值',
  'glossary.threshold.text':
    '分数高于它的样本被判为异常。阈值可以来自训练分数（均值加 k 倍标准差、某个百分位数）、来自预期的异常比例，' +
    '或来自标签（最佳 F1）。移动阈值就是在漏报和误报之间做取舍。',
  'glossary.precision.term': '精确率',
  'glossary.precision.text': '在被标记的样本中，真正是异常的比例：TP / (TP + FP)。精确率低意味着误报多。',
  'glossary.recall.term': '召回率',
  'glossary.recall.text': '在真正的异常中，被标记出来的比例：TP / (TP + FN)。召回率低意味着有异常漏网。',
  'glossary.roc.term': 'ROC 曲线',
  'glossary.roc.text':
    '对每一个可能的阈值，画出真阳性率与假阳性率的关系。曲线下面积（AUROC）是随机取一个异常样本、其分数高于随机取一个正常样本的概率：' +
    '1 表示完美，0.5 相当于抛硬币。',
  'glossary.latent-space.term': '潜在空间',
  'glossary.latent-space.text':
    '编码器把每个输入压缩成的一小组数字（编码），解码器再由它重建输入。相似的输入落在相近的位置；它的大小就是瓶颈。',
  'glossary.discriminator.term': '判别器',
  'glossary.discriminator.text':
    'GAN 中的裁判：一个输出"图像是真实的而不是生成器画的"概率的网络。它对某张图像的怀疑本身也可以作为异常分数。',
  'glossary.mode-collapse.term': '模式崩溃',
  'glossary.mode-collapse.text':
    'GAN 的一种失败：生成器只画少数几种输出（比如只画 1 和 7），因为它们能骗过判别器；网格失去多样性，类别直方图集中在少数几类上。',
  'glossary.close': '关闭',

  'tour.start': '开始导览',
  'tour.skip': '跳过导览',
  'tour.next': '下一步',
  'tour.back': '上一步',
  'tour.done': '完成',
  'tour.progress': '第 {n} 步，共 {total} 步',
  'tour.1.title': '欢迎来到实验室',
  'tour.1.text':
    '在这里，模型先学习"正常"是什么样子，再按有多奇怪给其他一切打分。全部在这个浏览器标签页中运行：数据不会离开你的电脑。',
  'tour.2.title': '选择数据',
  'tour.2.text': 'MNIST 手写数字、Fashion-MNIST 服装图片，或你自己的 CSV 表格。选出哪些类别算作正常。',
  'tour.3.title': '选择检测器',
  'tour.3.text': '默认是自编码器；卷积自编码器、变分自编码器、GAN 和经典检测器都在"模型"列表中。',
  'tour.4.title': '训练',
  'tour.4.text': '训练在后台 worker 中运行；随时可以暂停、单步或停止。',
  'tour.5.title': '解读分数',
  'tour.5.text': '直方图显示正常与异常测试样本的分数。拖动阈值线：各项指标和混淆矩阵会随之变化。',
  'tour.6.title': '边做边学',
  'tour.6.text': '课程每次为一个概念设置好实验室。每个"?"都会解释它旁边的面板。',
};
