import yauzl from 'yauzl';
import { AppError } from './app-error.js';

/** Limits on what an uploaded workbook may inflate to: a zip bomb is refused before it is parsed. */
const maximumUncompressedBytes = 200 * 1024 * 1024;
const maximumEntries = 2000;
const maximumRatio = 200;

function invalid(reason: { zh: string; en: string }): AppError {
  return new AppError('IMPORT_INVALID_FILE', { reason: reason.zh }, [], undefined, reason);
}

/**
 * Checks an upload by its content, not its name: it must be a zip (xlsx is one) holding a workbook,
 * and its entries must not inflate beyond the limits. yauzl checks that each entry's real size
 * matches the size it declares, so a lying header is caught while streaming.
 */
export async function assertSafeXlsx(buffer: Buffer): Promise<void> {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    throw invalid({
      zh: '文件不是 Excel 工作簿（.xlsx）：请用模板填写后上传，不要上传 CSV、图片或改过扩展名的文件',
      en: 'The file is not an Excel workbook (.xlsx): use the template; CSV files, images or renamed files are refused',
    });
  }
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, file) =>
      error || !file ? reject(error ?? new Error('no zip')) : resolve(file),
    ),
  ).catch(() => {
    throw invalid({
      zh: '文件已损坏，无法读取（zip 结构无效）',
      en: 'The file is damaged and cannot be read (invalid zip)',
    });
  });
  let entries = 0;
  let declared = 0;
  let inflated = 0;
  let hasWorkbook = false;
  const bomb = invalid({
    zh: '文件解压后过大，疑似压缩炸弹，已拒绝',
    en: 'The file inflates to an excessive size (a zip bomb?) and was refused',
  });
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        declared += entry.uncompressedSize;
        if (entry.fileName === 'xl/workbook.xml') hasWorkbook = true;
        const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : 0;
        if (
          entries > maximumEntries ||
          declared > maximumUncompressedBytes ||
          (ratio > maximumRatio && entry.uncompressedSize > 1024 * 1024)
        ) {
          reject(bomb);
          return;
        }
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) {
            reject(error ?? new Error('no stream'));
            return;
          }
          stream.on('data', (chunk: Buffer) => {
            inflated += chunk.length;
            if (inflated > maximumUncompressedBytes) {
              stream.destroy();
              reject(bomb);
            }
          });
          stream.on('error', reject);
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid({
      zh: '文件已损坏，无法读取（压缩数据无效）',
      en: 'The file is damaged and cannot be read (invalid data)',
    });
  } finally {
    zip.close();
  }
  if (!hasWorkbook) {
    throw invalid({
      zh: '压缩包中没有 Excel 工作簿，请上传 .xlsx 文件',
      en: 'The archive holds no Excel workbook; upload an .xlsx file',
    });
  }
}
