/**
 * Chinese text of the enterprise import run as a job (progress, cancel, resume). Kept beside the
 * feature and looked up by `useImportJobText` until the app dictionary merges it.
 */
export const importJobZh = {
  'importJob.phaseReading': '正在读取文件…',
  'importJob.phaseChecking': '正在检查：{done} / {total} 行',
  'importJob.phaseWriting': '正在写入：{done} / {total} 家企业',
  'importJob.waiting': '已上传，等待服务器开始处理…',
  'importJob.cancel': '取消导入',
  'importJob.cancelling': '正在取消…',
  'importJob.cancelConfirm': '取消后本次导入整体撤销，不会写入任何数据。确定取消吗？',
  'importJob.cancelled': '导入已取消，未写入任何数据',
  'importJob.resumed': '找到您正在进行的导入“{filename}”，进度如下',
  'importJob.runsOn': '关闭此窗口不会中断导入，稍后重新打开可继续查看进度',
};

export type ImportJobMessageKey = keyof typeof importJobZh;
